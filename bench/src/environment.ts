import { resolve } from 'node:path';

/** Where `pnpm bench` runs from; child servers and migrations start here. */
export const REPO_ROOT = resolve(__dirname, '../..');

/** A superuser connection to the local server: the bench creates its database and COPYs from files. */
export const ADMIN_DATABASE_URL = process.env.BENCH_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export const BENCH_DATABASE = 'tradewind_bench';

export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export function benchDatabaseUrl(): string {
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${BENCH_DATABASE}`;
  return url.toString();
}
