import { Benchmark, BenchOutcome, ResultRow } from '../benchmark';
import { BENCH_ACCOUNTS } from '../generate/users.generator';
import { cpuNote } from '../load/cpu-meter';
import { probe, runHttpLoad, STANDARD_HTTP_LOAD } from '../load/http-load';
import { BenchApi } from '../servers/api';
import { measureCeiling } from './ceiling.bench';

async function run(context: { results: ReadonlyMap<string, BenchOutcome> }): Promise<BenchOutcome> {
  // The overhead is only meaningful against a ceiling measured in the same run, on the same machine state.
  const ceilingOutcome = context.results.get('ceiling') ?? (await measureCeiling());
  const ceiling = ceilingOutcome.rows[0];
  const api = await BenchApi.start();
  try {
    const url = api.graphqlUrl;
    const headers = await api.signIn(BENCH_ACCOUNTS.sales);
    const body = JSON.stringify({ query: '{ me { id email role } }' });
    const { row, cpu } = await runHttpLoad({
      ...STANDARD_HTTP_LOAD,
      operation: '`{ me { id email role } }` (sales user)',
      url,
      body,
      headers,
      expectBody: await probe(url, body, headers),
      cpu: [
        { label: 'API', pid: api.server.pid, andChildren: true },
        { label: 'autocannon', pid: process.pid },
        { label: 'PostgreSQL', command: 'postgres' },
        { label: 'Redis', command: 'redis-server' },
      ],
    });
    return {
      rows: [{ ...ceiling, operation: 'ceiling: `{ ping }` (same run)' }, row],
      notes: [overhead(ceiling, row), cpuNote('while measuring `me`', cpu)],
      disturbance: Math.max(ceilingOutcome.disturbance, cpu.other),
    };
  } finally {
    await api.stop();
  }
}

function overhead(ceiling: ResultRow, me: ResultRow): string {
  const costPercent = (ceiling.throughput / me.throughput - 1) * 100;
  const percentOf = (me.throughput / ceiling.throughput) * 100;
  const delta = (a: number, b: number): string => `${b >= a ? '+' : '−'}${Math.abs(b - a).toFixed(1)} ms`;
  return (
    `Overhead vs the ceiling: \`me\` serves ${percentOf.toFixed(0)}% of the ceiling's throughput, i.e. each request costs ` +
    `${costPercent.toFixed(0)}% more than \`{ ping }\`; p50 ${delta(ceiling.p50, me.p50)}, p95 ${delta(ceiling.p95, me.p95)}, p99 ${delta(ceiling.p99, me.p99)}.`
  );
}

export const meBenchmark: Benchmark = {
  name: 'me',
  title: 'the signed-in user, through the real API',
  summary: "`{ me { id email role } }` through the real API and database, beside the ceiling: the platform's cost per request.",
  measures:
    "The real API (`createApiApp` with the production wiring: request context, JSON body limit, auth guard, validation pipe, depth and complexity limits, error formatting) in a child process against the bench database, answering `{ me { id email role } }` for a signed-in salesperson: JWT verification plus one primary-key lookup of `app_user`. Same load as `ceiling`, measured in the same run, so the difference is the platform's cost per request.",
  target:
    'no number of its own in the issue; reported beside the ceiling (the overhead in %), so platform middleware that costs more than the query itself shows up.',
  boundBy:
    "the API's one JavaScript thread, like the ceiling: it keeps a core busy with GraphQL execution, the guard's JWT verification and TypeORM building and hydrating the query, while PostgreSQL spends a fifth of a core on the primary-key lookups (a prepared statement over the Unix socket since 2026-12-02). The rest of the machine sits idle, so a second API process would add throughput.",
  unit: 'req/s',
  needsDataset: true,
  run,
};
