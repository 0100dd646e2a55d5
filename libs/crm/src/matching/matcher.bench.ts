/**
 * Times CustomerMatcher: index `existing` synthetic customers, then match `incoming` rows against them
 * (a quarter are planted duplicates). Not a test. Prints wall and CPU time; on a busy machine CPU time
 * is the steadier figure.
 *
 *   node -r @swc-node/register libs/crm/src/matching/matcher.bench.ts [existing=100000] [incoming=100000]
 */
import { performance } from 'node:perf_hooks';
import { CustomerMatcher } from './customer.matcher';
import { buildSyntheticCustomers, buildSyntheticRows } from './synthetic-customers.factory';

const existingCount = Number(process.argv[2] ?? 100_000);
const incomingCount = Number(process.argv[3] ?? 100_000);

const existing = buildSyntheticCustomers(existingCount, 1);
const { rows, planted } = buildSyntheticRows(existing, incomingCount, 2);

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

const wallStart = performance.now();
const cpuStart = cpuMs();
const matcher = new CustomerMatcher(existing);
const wallIndexed = performance.now();
const cpuIndexed = cpuMs();
const outcomes = rows.map((keys, index) => matcher.matchRow(index + 2, keys));
const wallEnd = performance.now();
const cpuEnd = cpuMs();

const merged = outcomes.filter((outcome) => !outcome.created).length;
const found = planted.filter(({ rowIndex, customerId, rule }) => {
  const match = outcomes[rowIndex].match;
  return match?.target.kind === 'customer' && match.target.customerId === customerId && match.matchedOn === rule;
}).length;
const seconds = (wallEnd - wallStart) / 1000;
console.log(
  `index ${existingCount} customers: ${(wallIndexed - wallStart).toFixed(0)} ms wall, ${(cpuIndexed - cpuStart).toFixed(0)} ms CPU`,
);
console.log(
  `match ${incomingCount} rows: ${(wallEnd - wallIndexed).toFixed(0)} ms wall, ${(cpuEnd - cpuIndexed).toFixed(0)} ms CPU (${merged} merged)`,
);
console.log(`planted duplicates found with the expected rule: ${found} of ${planted.length}`);
console.log(
  `total ${seconds.toFixed(2)} s wall, ${((cpuEnd - cpuStart) / 1000).toFixed(2)} s CPU: ${Math.round(incomingCount / seconds)} rows/s`,
);
