import { BenchApi } from './servers/api';
import { BENCH_ACCOUNTS } from './generate/users.generator';
import { probe } from './load/http-load';
import { ORDER_BOARD, ORDER_PAGE } from './benchmarks/order-queries';
import { withClient } from './database/bench-database';
import { benchDatabaseUrl } from './environment';

async function main() {
  const api = await BenchApi.start();
  const headers = await api.signIn(BENCH_ACCOUNTS.admin);
  const ids: string[] = await withClient(benchDatabaseUrl(), async (db) => (await db.query("SELECT id FROM sales_order WHERE order_date > '2025-06-01' LIMIT 400")).rows.map((r) => r.id));
  const bodies = process.env.Q === 'board' ? [JSON.stringify({ query: ORDER_BOARD, variables: { perColumn: 20, filter: null } })] : ids.map((id) => JSON.stringify({ query: ORDER_PAGE, variables: { id } }));
  for (let i = 0; i < 20; i++) await probe(api.graphqlUrl, bodies[i % bodies.length], headers);
  const t0 = Date.now();
  const n = Number(process.env.N ?? 100);
  for (let i = 0; i < n; i++) await probe(api.graphqlUrl, bodies[i % bodies.length], headers);
  console.error(process.env.Q, 'sequential ms/req', (Date.now() - t0) / n);
  await api.stop();
  process.exit(0);
}
main();
