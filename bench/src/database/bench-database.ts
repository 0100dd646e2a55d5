import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { SCHEMAS } from '@tradewind/composition';
import { ADMIN_DATABASE_URL, BENCH_DATABASE, benchDatabaseUrl, REPO_ROOT } from '../environment';
import { DatasetSpec } from '../generate/table-generator';

/** Bump when a generator changes what it writes, so existing bench databases are regenerated. */
export const DATASET_FORMAT = 2;

/** What the bench database holds: the spec, the generators' format and the schema it was migrated to. */
export interface DatasetIdentity extends DatasetSpec {
  format: number;
  migrations: string[];
}

export function identityOf(spec: DatasetSpec): DatasetIdentity {
  const counts = Object.fromEntries(Object.entries(spec.counts).sort(([a], [b]) => a.localeCompare(b)));
  return { format: DATASET_FORMAT, seed: spec.seed, today: spec.today, counts, migrations: SCHEMAS.flatMap((s) => s.migrations.map((m) => m.name)) };
}

export async function withClient<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The identity stamped on the bench database, or undefined when it does not exist or was never completed. */
export async function storedIdentity(): Promise<DatasetIdentity | undefined> {
  return withClient(ADMIN_DATABASE_URL, async (client) => {
    const { rows } = await client.query<{ comment: string | null }>(
      "SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1",
      [BENCH_DATABASE],
    );
    const comment = rows[0]?.comment;
    return comment ? (JSON.parse(comment) as DatasetIdentity) : undefined;
  });
}

/** Drops and recreates the bench database, then runs every module's migrations the way the test template does. */
export async function recreateBenchDatabase(): Promise<void> {
  await withClient(ADMIN_DATABASE_URL, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${BENCH_DATABASE}`);
  });
  await promisify(execFile)(
    process.execPath,
    ['-r', '@swc-node/register', join(REPO_ROOT, 'test/harness/migrate-template.ts'), benchDatabaseUrl()],
    {
      cwd: REPO_ROOT,
    },
  );
}

/** Stamped last: a generation that failed half-way leaves no stamp and is redone next time. */
export async function stampIdentity(identity: DatasetIdentity): Promise<void> {
  await withClient(ADMIN_DATABASE_URL, (client) =>
    client.query(`COMMENT ON DATABASE ${BENCH_DATABASE} IS ${client.escapeLiteral(JSON.stringify(identity))}`),
  );
}

/** A database URL on the bench's server. */
export function databaseUrl(name: string): string {
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A throw-away copy of the bench database (`tradewind_bench_<suffix>`) for a benchmark that writes, so
 * every run starts from the generated data and nothing accumulates. A file-level copy: seconds for
 * the full dataset. Nothing may be connected to the bench database meanwhile.
 */
export async function copyBenchDatabase(suffix: string): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `${BENCH_DATABASE}_${suffix}`;
  await withClient(ADMIN_DATABASE_URL, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name} TEMPLATE ${BENCH_DATABASE} STRATEGY FILE_COPY`);
  });
  return {
    name,
    url: databaseUrl(name),
    drop: () => withClient(ADMIN_DATABASE_URL, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
