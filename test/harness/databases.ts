import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export const ADMIN_DATABASE_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PREFIX = 'tw_test_';

/**
 * Each Jest run gets an id (set by global-setup, inherited by workers), so runs started side by side
 * by different people or terminals never drop each other's databases.
 */
export function runId(): string {
  const id = process.env.TW_TEST_RUN_ID;
  if (!id) throw new Error('TW_TEST_RUN_ID is not set: integration tests must run through the Jest global setup');
  return id;
}

export function newRunId(): string {
  return randomBytes(4).toString('hex');
}

export function templateDatabase(): string {
  return `${PREFIX}${runId()}_template`;
}

export function databaseUrl(name: string): string {
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withAdminClient<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: ADMIN_DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh database for one test file, cloned from the migrated template (fast: a file copy). */
export async function createTestDatabase(): Promise<string> {
  const name = `${PREFIX}${runId()}_${randomBytes(5).toString('hex')}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${templateDatabase()}`));
  return databaseUrl(name);
}

/** Drops this run's databases, and those of runs older than a day that crashed before cleaning up. */
export async function dropTestDatabases(): Promise<void> {
  await withAdminClient(async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT d.datname FROM pg_database d
       WHERE d.datname LIKE $1
          OR (d.datname LIKE $2 AND (pg_stat_file('base/' || d.oid || '/PG_VERSION')).modification < now() - interval '1 day')`,
      [`${PREFIX}${runId()}\\_%`, `${PREFIX}%`],
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  });
}
