import { DataSource } from 'typeorm';
import { SCHEMAS } from '@tradewind/composition';
import { createDataSource, entityColumnList } from '@tradewind/platform';
import { createTestDatabase } from '../../../test/harness/databases';

describe('entityColumnList (real PostgreSQL)', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = createDataSource(await createTestDatabase(), SCHEMAS, 1);
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
  });

  it('reads rows equal to the entities TypeORM hydrates: dates as text, timestamps as Dates, arrays, decimals, nulls', async () => {
    const customers = dataSource.getRepository('Customer');
    const saved = (await customers.save(customers.create({
      name: 'Anniversary Trading Ltd', normalizedName: 'anniversary trading', country: 'GB', companyAnniversary: '2011-02-28',
      aliases: ['anniversary trading co'], productsOfInterest: ['vices', 'clamps'], notes: null,
    }))) as { id: string };
    const metadata = dataSource.getMetadata('Customer');
    const [raw] = await dataSource.query(`SELECT ${entityColumnList(metadata, 'c')} FROM customer c WHERE c.id = $1`, [saved.id]);
    const hydrated = await customers.findOneByOrFail({ id: saved.id });
    expect(raw).toEqual({ ...hydrated });
    expect(raw).toMatchObject({ companyAnniversary: '2011-02-28', aliases: ['anniversary trading co'], notes: null });
    expect(raw.createdAt).toBeInstanceOf(Date);
  });

  it('refuses an entity with a column whose value it would not reproduce, naming the column', () => {
    expect(() => entityColumnList(dataSource.getMetadata('CustomerImport'), 'i')).toThrow(/CustomerImport\.file \(bytea\) needs TypeORM's hydration/);
  });
});
