import { createDataSource } from '@tradewind/platform';
import { SCHEMAS } from '@tradewind/composition';
import { createTestDatabase } from '../../../test/harness/databases';

describe('database schema', () => {
  it('is exactly what the entities describe once the migrations have run', async () => {
    const dataSource = createDataSource(await createTestDatabase(), SCHEMAS, 1);
    await dataSource.initialize();
    try {
      const pending = await dataSource.driver.createSchemaBuilder().log();
      // Any query here means an entity changed without a migration (run "pnpm typeorm migration:generate").
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });
});
