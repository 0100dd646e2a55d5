import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where `pnpm bench` runs from; child servers and migrations start here. */
export const REPO_ROOT = resolve(__dirname, '../..');

const POSTGRES_SOCKET_DIR = '/var/run/postgresql';

/**
 * A superuser connection to the local server: the bench creates its database and COPYs from files.
 * Through PostgreSQL's Unix socket when there is one, as an API on the database's own machine would
 * connect: a round trip over loopback TCP costs the API thread a good deal more kernel time.
 */
export const ADMIN_DATABASE_URL =
  process.env.BENCH_DATABASE_ADMIN_URL ??
  (existsSync(`${POSTGRES_SOCKET_DIR}/.s.PGSQL.5432`) ? `postgres://postgres@${encodeURIComponent(POSTGRES_SOCKET_DIR)}/postgres` : 'postgres://postgres@127.0.0.1:5432/postgres');

/** How the servers under test reach PostgreSQL, for the report. */
export function databaseTransport(): string {
  // A socket directory stands where the host name would, percent-encoded ("%2Fvar%2Frun%2Fpostgresql").
  return decodeURIComponent(new URL(ADMIN_DATABASE_URL).hostname).startsWith('/') ? 'Unix socket' : 'TCP';
}

export const BENCH_DATABASE = 'tradewind_bench';

export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export function benchDatabaseUrl(): string {
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${BENCH_DATABASE}`;
  return url.toString();
}

/**
 * V8 flags the API runs with in production (scripts/start.sh, docker/api.Dockerfile): 64 MB semi-spaces
 * instead of 16, so the short-lived objects of GraphQL responses die in fewer scavenges. Child servers
 * get them too, so the bench measures the API as it is deployed.
 */
export const API_V8_FLAGS = ['--max-semi-space-size=64'];

/**
 * Node flags for a process the bench starts (child servers, import CLIs): with BENCH_CPU_PROF=<dir>,
 * each writes a V8 CPU profile there when it exits.
 */
export function cpuProfileFlags(): string[] {
  const dir = process.env.BENCH_CPU_PROF;
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
}
