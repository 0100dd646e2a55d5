// Runs in its own process (spawned by global-setup) so that no application module is loaded into Jest's parent process.
import 'reflect-metadata';
import { createDataSource } from '@tradewind/platform';
import { SCHEMAS } from '@tradewind/composition';

async function main(): Promise<void> {
  const dataSource = createDataSource(process.argv[2], SCHEMAS, 1);
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
