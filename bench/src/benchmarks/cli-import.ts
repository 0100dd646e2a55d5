import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { ResultRow } from '../benchmark';
import { cpuProfileFlags, REDIS_URL, REPO_ROOT } from '../environment';
import { BENCH_ACCOUNTS } from '../generate/users.generator';
import { CpuMeter, CpuUsage } from '../load/cpu-meter';
import { deleteKeysWithPrefix, uniqueQueuePrefix } from '../redis-keys';

export interface CliRun<Report> {
  seconds: number;
  report: Report;
  /** Everything the command logged (LOG_LEVEL=log), for the phases a service reports. */
  stderr: string;
  cpu: CpuUsage;
}

/**
 * Runs an import command (`customers:import`, `orders:import`) as a user would, in its own process,
 * against `databaseUrl`, as the bench admin, and parses its --json report.
 */
export async function runImportCli<Report>(command: string, file: string, databaseUrl: string, options: { dryRun?: boolean } = {}): Promise<CliRun<Report>> {
  const queuePrefix = uniqueQueuePrefix();
  const meter = CpuMeter.start([
    { label: 'CLI', childrenOf: process.pid },
    { label: 'PostgreSQL', command: 'postgres' },
  ], 200);
  const started = performance.now();
  const args = [...cpuProfileFlags(), '-r', '@swc-node/register', 'apps/cli/src/main.ts', command, file, '--json', '--as', BENCH_ACCOUNTS.admin, ...(options.dryRun ? ['--dry-run'] : [])];
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      REDIS_URL,
      QUEUE_PREFIX: queuePrefix,
      JWT_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'log',
      NO_COLOR: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - started) / 1000;
  const cpu = meter.stop();
  await deleteKeysWithPrefix(queuePrefix);
  if (code !== 0) throw new Error(`${command} exited with ${code}: ${stderr.slice(-2000)}`);
  return { seconds, report: JSON.parse(stdout) as Report, stderr, cpu };
}

/** A table row for a one-shot run: `count` rows or lines in `seconds`. */
export function oneShotRow(operation: string, count: number, seconds: number): ResultRow {
  return {
    operation,
    concurrency: 1,
    durationSeconds: seconds,
    requests: count,
    throughput: count / seconds,
    p50: Number.NaN,
    p95: Number.NaN,
    p99: Number.NaN,
    errors: 0,
    non2xx: null,
  };
}
