import { Column, DataSource, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { SCHEMAS } from '@tradewind/composition';
import { createDataSource, entityColumnList } from '@tradewind/platform';
import { createTestDatabase } from '../../../test/harness/databases';

/** Columns entityColumnList cannot read as TypeORM would: a `time`, and a value transformer. Never migrated; only its metadata is used. */
@Entity('entity_columns_probe')
class Probe {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'time' }) opensAt!: string;
  @Column({ type: 'text', transformer: { to: (v: string[]) => v.join(','), from: (v: string) => v.split(',') } }) codes!: string[];
}

describe('entityColumnList (real PostgreSQL)', () => {
  let url: string;
  let dataSource: DataSource;

  beforeAll(async () => {
    url = await createTestDatabase();
    dataSource = createDataSource(url, SCHEMAS, 1);
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
    // Only the properties asked for, with the same values; unknown names are ignored.
    const few = new Set(['id', 'companyAnniversary', 'productsOfInterest', 'notAColumn']);
    const [some] = await dataSource.query(`SELECT ${entityColumnList(metadata, 'c', few)} FROM customer c WHERE c.id = $1`, [saved.id]);
    expect(some).toEqual({ id: saved.id, companyAnniversary: '2011-02-28', productsOfInterest: ['vices', 'clamps'] });
    // Another subset under the same alias is another list, not the one remembered first.
    const [other] = await dataSource.query(`SELECT ${entityColumnList(metadata, 'c', new Set(['name']))} FROM customer c WHERE c.id = $1`, [saved.id]);
    expect(other).toEqual({ name: 'Anniversary Trading Ltd' });
  });

  it('refuses an entity with a column whose value it would not reproduce, naming the column', async () => {
    const probe = new DataSource({ type: 'postgres', url, entities: [Probe] });
    await probe.initialize();
    try {
      expect(() => entityColumnList(probe.getMetadata(Probe), 'p')).toThrow("Probe.opensAt (time) needs TypeORM's hydration");
    } finally {
      await probe.destroy();
    }
  });

  it('leaves out columns TypeORM does not select either (select: false, like a stored file)', () => {
    const list = entityColumnList(dataSource.getMetadata('CustomerImport'), 'i');
    expect(list).toContain('i."file_name" AS "fileName"');
    expect(list).not.toContain('"file"');
  });
});
