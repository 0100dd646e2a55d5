import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import Redis from 'ioredis';
import { loadConfig } from '@tradewind/platform';
import { ADMIN_DATABASE_URL, databaseTransport, REDIS_URL } from '../environment';
import { withClient } from '../database/bench-database';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  postgres: string;
  /** How the servers under test connect to PostgreSQL. */
  postgresTransport: string;
  redis: string;
  /** API processes of the servers under test (API_PROCESSES). */
  apiProcesses: number;
}

export async function describeMachine(): Promise<Machine> {
  return {
    cpu: cpuModel(),
    cores: cpus().length,
    memoryGiB: totalmem() / 1024 ** 3,
    node: process.version,
    postgres: await withClient(
      ADMIN_DATABASE_URL,
      async (c) => (await c.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0].v.split(' ')[0],
    ),
    postgresTransport: databaseTransport(),
    redis: await redisVersion(),
    // Read as the child servers read it, so a bad value fails here as it would there.
    apiProcesses: loadConfig(process.env).apiProcesses,
  };
}

export function formatMachine(machine: Machine): string {
  return `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB.toFixed(1)} GiB RAM · Node ${machine.node} · PostgreSQL ${machine.postgres} (over ${machine.postgresTransport}) · Redis ${machine.redis}${machine.apiProcesses > 1 ? ` · ${machine.apiProcesses} API processes` : ''}`;
}

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    if (line) return line.slice(line.indexOf(':') + 1).trim();
  } catch {
    // not Linux
  }
  return cpus()[0]?.model ?? 'unknown CPU';
}

async function redisVersion(): Promise<string> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    return /redis_version:(\S+)/.exec(await redis.info('server'))?.[1] ?? 'unknown';
  } finally {
    redis.disconnect();
  }
}
