import { join } from 'node:path';
import { Benchmark, BenchOutcome } from '../benchmark';
import { cpuNote } from '../load/cpu-meter';
import { probe, runHttpLoad, STANDARD_HTTP_LOAD } from '../load/http-load';
import { ChildServer } from '../servers/child-server';

const SERVER = join(__dirname, '../servers/ceiling-server.ts');
/** What the issue observed for this app on the reference 2-core machine. */
const ISSUE_FIGURE = { throughput: 3_800, p99: 27 };

/** Serves `{ ping }` from a bare NestJS + Apollo app in a child process and loads it like every HTTP benchmark. */
export async function measureCeiling(): Promise<BenchOutcome> {
  const server = await ChildServer.start(SERVER, { NODE_ENV: 'production' });
  try {
    const url = `${server.url}/graphql`;
    const body = JSON.stringify({ query: '{ ping }' });
    const { row, cpu } = await runHttpLoad({
      ...STANDARD_HTTP_LOAD,
      operation: '`{ ping }` (constant resolver)',
      url,
      body,
      expectBody: await probe(url, body),
      cpu: [
        { label: 'server', pid: server.pid },
        { label: 'autocannon', pid: process.pid },
      ],
    });
    const versusIssue =
      `Against the issue's figure (about ${ISSUE_FIGURE.throughput.toLocaleString('en-US')} req/s, p99 ${ISSUE_FIGURE.p99} ms): ` +
      `${Math.round((row.throughput / ISSUE_FIGURE.throughput) * 100)}% of the throughput, p99 ${row.p99.toFixed(1)} ms.`;
    return { rows: [row], notes: [versusIssue, cpuNote('while measuring', cpu)], disturbance: cpu.other };
  } finally {
    await server.stop();
  }
}

export const ceilingBenchmark: Benchmark = {
  name: 'ceiling',
  title: 'bare NestJS + Apollo',
  summary: 'the fastest GraphQL request NestJS + Apollo serve here (a constant `{ ping }`); the yardstick for the others.',
  measures:
    'The most any GraphQL request can do here: a NestJS 11 + Apollo app (the `@nestjs/apollo` driver and versions the API uses, no guards, no database) answering `{ ping }` with a constant. The server runs in a child process; autocannon (50 connections, 2 s warm-up, then 10 s) runs in the bench process, as for every HTTP benchmark.',
  target:
    'none of its own; the issue observed about 3,800 req/s with p99 27 ms on this 2-core machine. Other HTTP benchmarks are read against it.',
  boundBy:
    "the server's one JavaScript thread: it keeps one core busy (about 1.0 in the CPU line) while autocannon needs a quarter of the other. Parsing, validating and executing the query through Apollo and Express is the whole cost; more throughput means more server processes, not faster code.",
  unit: 'req/s',
  needsDataset: false,
  run: measureCeiling,
};
