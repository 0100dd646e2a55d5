import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import type { AppConfig } from '@tradewind/platform';
import { clearQueues, testConfig } from './test-app';

/** `pnpm cli <args>` in its own process against the given database, as a user runs it. */
export function runCli(config: AppConfig, args: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/cli/src/main.ts', ...args], {
      cwd: join(__dirname, '../..'),
      env: { ...process.env, DATABASE_URL: config.databaseUrl, REDIS_URL: config.redisUrl, QUEUE_PREFIX: config.queuePrefix, NODE_ENV: 'test', LOG_LEVEL: 'error' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * A database of its own for a describe block that runs the CLI (hooks registered here), with a pg
 * client to look at what the CLI wrote. Read `config` and `db` inside tests, once beforeAll has run.
 */
export function cliTestDatabase(): { readonly config: AppConfig; readonly db: Client; rows<T>(sql: string, values?: unknown[]): Promise<T[]> } {
  let config: AppConfig | undefined;
  let db: Client | undefined;
  beforeAll(async () => {
    config = await testConfig();
    db = new Client({ connectionString: config.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    if (config) await clearQueues(config);
  });
  return {
    get config() {
      return config!;
    },
    get db() {
      return db!;
    },
    rows: async <T>(sql: string, values?: unknown[]) => (await db!.query(sql, values)).rows as T[],
  };
}
