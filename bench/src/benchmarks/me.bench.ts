import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Benchmark, BenchOutcome, ResultRow } from '../benchmark';
import { benchDatabaseUrl, REDIS_URL } from '../environment';
import { BENCH_ACCOUNTS, BENCH_PASSWORD } from '../generate/users.generator';
import { cpuNote } from '../load/cpu-meter';
import { probe, runHttpLoad, STANDARD_HTTP_LOAD } from '../load/http-load';
import { deleteKeysWithPrefix, uniqueQueuePrefix } from '../redis-keys';
import { ChildServer } from '../servers/child-server';
import { measureCeiling } from './ceiling.bench';

const SERVER = join(__dirname, '../servers/api-server.ts');
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }';

async function run(context: { results: ReadonlyMap<string, BenchOutcome> }): Promise<BenchOutcome> {
  // The overhead is only meaningful against a ceiling measured in the same run, on the same machine state.
  const ceilingOutcome = context.results.get('ceiling') ?? (await measureCeiling());
  const ceiling = ceilingOutcome.rows[0];
  const prefix = uniqueQueuePrefix();
  const server = await ChildServer.start(SERVER, {
    NODE_ENV: 'production',
    DATABASE_URL: benchDatabaseUrl(),
    REDIS_URL,
    QUEUE_PREFIX: prefix,
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'error',
  });
  try {
    const url = `${server.url}/graphql`;
    const login = JSON.parse(
      await probe(url, JSON.stringify({ query: LOGIN, variables: { input: { email: BENCH_ACCOUNTS.sales, password: BENCH_PASSWORD } } })),
    ) as {
      data: { login: { accessToken: string } };
    };
    const headers = { authorization: `Bearer ${login.data.login.accessToken}` };
    const body = JSON.stringify({ query: '{ me { id email role } }' });
    const { row, cpu } = await runHttpLoad({
      ...STANDARD_HTTP_LOAD,
      operation: '`{ me { id email role } }` (sales user)',
      url,
      body,
      headers,
      expectBody: await probe(url, body, headers),
      cpu: [
        { label: 'API', pid: server.pid },
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
    await server.stop();
    await deleteKeysWithPrefix(prefix);
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
    "the API's one JavaScript thread, like the ceiling: it keeps a core busy with GraphQL execution, the guard's JWT verification and TypeORM building and hydrating the query, while PostgreSQL spends a fifth of a core on the primary-key lookups. The rest of the machine sits idle, so a second API process would add throughput.",
  unit: 'req/s',
  needsDataset: true,
  run,
};
