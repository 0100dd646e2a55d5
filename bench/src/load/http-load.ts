import autocannon from 'autocannon';
import { ResultRow } from '../benchmark';
import { CpuMeter, CpuUsage, ProcessGroup } from './cpu-meter';
import { percentile, sortedSamples } from './stats';

/** The load every HTTP benchmark applies, so their figures compare: 50 connections, 2 s warm-up, 10 s measured. */
export const STANDARD_HTTP_LOAD = { connections: 50, warmupSeconds: 2, durationSeconds: 10 } as const;

export interface HttpLoad {
  operation: string;
  url: string;
  /** The request body, or a function giving each request its own (a different customer each time). */
  body: string | (() => string);
  headers?: Record<string, string>;
  connections: number;
  durationSeconds: number;
  /** Discarded first run: JIT, connection pools and caches settle before anything counts. */
  warmupSeconds: number;
  /** The one correct answer, or a check of each answer; a wrong one counts as an error (GraphQL errors come back as 200). */
  expectBody: string | ((body: string) => boolean);
  /** Processes whose CPU use during the measured run is reported. */
  cpu: ProcessGroup[];
}

export interface HttpLoadResult {
  row: ResultRow;
  /** Cores each process group used while measuring. */
  cpu: CpuUsage;
}

/** Hammers one POST endpoint with autocannon from this process; latencies are every response's, not a histogram's. */
export async function runHttpLoad(load: HttpLoad): Promise<HttpLoadResult> {
  const { body, expectBody } = load;
  const options: autocannon.Options = {
    url: load.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...load.headers },
    connections: load.connections,
    ...(typeof body === 'string' ? { body } : { requests: [{ setupRequest: (request) => ({ ...request, body: body() }) }] }),
    ...(typeof expectBody === 'string' ? { expectBody } : { verifyBody: expectBody }),
  };
  await fire({ ...options, duration: load.warmupSeconds });
  const latencies: number[] = [];
  const meter = CpuMeter.start(load.cpu);
  const result = await fire({ ...options, duration: load.durationSeconds }, (ms) => latencies.push(ms));
  const cpu = meter.stop();
  const sorted = sortedSamples(latencies);
  const row: ResultRow = {
    operation: load.operation,
    concurrency: load.connections,
    durationSeconds: result.duration,
    requests: result.requests.total,
    throughput: result.requests.total / result.duration,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    errors: result.errors + result.timeouts + result.mismatches,
    non2xx: result.non2xx,
  };
  return { row, cpu };
}

function fire(options: autocannon.Options, onLatency?: (ms: number) => void): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
    if (onLatency) instance.on('response', (_client, _status, _bytes, ms) => onLatency(ms));
  });
}

/** One request outside the load, to check the endpoint answers correctly and learn the exact body to expect. */
export async function probe(url: string, body: string, headers: Record<string, string> = {}): Promise<string> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await response.text();
  if (!response.ok || text.includes('"errors"')) throw new Error(`${url} answered ${response.status}: ${text}`);
  return text;
}
