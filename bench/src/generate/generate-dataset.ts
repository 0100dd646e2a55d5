import { performance } from 'node:perf_hooks';
import { identityOf, recreateBenchDatabase, stampIdentity, storedIdentity, withClient } from '../database/bench-database';
import { BENCH_DATABASE, benchDatabaseUrl } from '../environment';
import { CopyLoader } from './copy-loader';
import { GENERATORS } from './generators';
import { Random } from './random';
import { DatasetSpec, datasetNow } from './table-generator';

export type Log = (message: string) => void;

/** Recreates the bench database from scratch and fills it as `spec` says. */
export async function generateDataset(spec: DatasetSpec, log: Log): Promise<void> {
  const started = performance.now();
  log(`creating and migrating ${BENCH_DATABASE}`);
  await recreateBenchDatabase();
  await withClient(benchDatabaseUrl(), async (db) => {
    const copy = new CopyLoader(db, (message) => log(`  ${message}`));
    try {
      for (const generator of GENERATORS) {
        const count = spec.counts[generator.key] ?? 0;
        if (count <= 0) continue;
        const step = performance.now();
        await generator.generate(count, {
          db,
          copy,
          random: new Random(`${spec.seed}:${generator.key}`),
          now: datasetNow(spec),
          log: (message) => log(`  ${generator.key}: ${message}`),
        });
        // The next generator may read what this one wrote.
        await copy.flush();
        log(`  ${generator.key}: done in ${seconds(step)} s`);
      }
    } finally {
      copy.dispose();
    }
    // Fresh statistics and visibility map, as a long-running database would have.
    const vacuum = performance.now();
    await db.query('VACUUM (ANALYZE)');
    log(`  VACUUM (ANALYZE) in ${seconds(vacuum)} s`);
  });
  await stampIdentity(identityOf(spec));
  log(`dataset ready in ${seconds(started)} s`);
}

/** Reuses the bench database when it already holds exactly this dataset on the current schema. */
export async function ensureDataset(spec: DatasetSpec, log: Log): Promise<void> {
  const stored = await storedIdentity();
  if (stored && JSON.stringify(stored) === JSON.stringify(identityOf(spec))) {
    log(`reusing ${BENCH_DATABASE} (${describeCounts(spec)})`);
    return;
  }
  await generateDataset(spec, log);
}

export function describeCounts(spec: DatasetSpec): string {
  return GENERATORS.map((g) => `${g.key} ${(spec.counts[g.key] ?? 0).toLocaleString('en-US')}`).join(', ');
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(1);
}
