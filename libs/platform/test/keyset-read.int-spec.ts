import { DataSource } from 'typeorm';
import { SCHEMAS } from '@tradewind/composition';
import { createDataSource, keysetRead, KeysetSort, Page, sqlPlannedForEachValue, TransactionHost } from '@tradewind/platform';
import { createTestDatabase } from '../../../test/harness/databases';

interface CustomerRow {
  id: string;
  name: string;
}

describe('keysetRead with fewMatches (real PostgreSQL)', () => {
  let dataSource: DataSource;
  let tx: TransactionHost;
  const mark = 'Wombat';
  // Names whose order depends on the collation and the tie-breaker: equal names, case, punctuation.
  const names = ['Wombat Tools Ltd', 'Aardvark Wombat GmbH', 'wombat paints', 'Zebra & Wombat SARL', 'Bear Wombat Oy', 'Wombat Tools Ltd', 'Mongoose Wombat Co'];

  beforeAll(async () => {
    dataSource = createDataSource(await createTestDatabase(), SCHEMAS, 1);
    await dataSource.initialize();
    tx = new TransactionHost(dataSource);
    const customers = dataSource.getRepository('Customer');
    for (const name of [...names, 'Unrelated Trading', 'Another Importer']) await customers.save(customers.create({ name, normalizedName: name.toLowerCase() }));
  });

  afterAll(async () => {
    await dataSource.destroy();
  });

  const byName = (direction: 'ASC' | 'DESC'): KeysetSort<CustomerRow> => ({ expression: 'c.name', direction, valueOf: (c) => c.name, idExpression: 'c.id', idOf: (c) => c.id });
  const source = { entity: 'Customer', alias: 'c', where: 'c.name ILIKE $1', parameters: [`%${mark}%`] };

  /** Every page of the search, 3 rows at a time, with the statements each page took. */
  async function allPages(direction: 'ASC' | 'DESC', atMost: number): Promise<{ pages: Page<CustomerRow>[]; statements: number[] }> {
    const sort = byName(direction);
    const read = jest.spyOn(tx, 'read');
    const pages: Page<CustomerRow>[] = [];
    const statements: number[] = [];
    try {
      let after: string | undefined;
      do {
        read.mockClear();
        const page = await keysetRead<CustomerRow>(tx, source, { first: 3, after }, sort, { fewMatches: { atMost, sort: { ...sort, expression: "(c.name || '')" } } });
        statements.push(read.mock.calls.length);
        pages.push(page);
        after = page.hasNextPage ? page.cursors[page.cursors.length - 1] : undefined;
      } while (after);
    } finally {
      read.mockRestore();
    }
    return { pages, statements };
  }

  it.each(['ASC', 'DESC'] as const)('gives the same pages, totals and cursors whether it gathers the matches or walks the index (%s)', async (direction) => {
    const expected: { id: string }[] = await dataSource.query(`SELECT id FROM customer WHERE name ILIKE $1 ORDER BY name ${direction}, id ${direction}`, [`%${mark}%`]);
    expect(expected).toHaveLength(names.length);
    const gathered = await allPages(direction, names.length);
    const walked = await allPages(direction, names.length - 1);
    for (const { pages } of [gathered, walked]) {
      expect(pages.flatMap((p) => p.nodes.map((n) => n.id))).toEqual(expected.map((r) => r.id));
      expect(pages.map((p) => p.totalCount)).toEqual([7, 7, 7]);
      expect(pages.map((p) => p.hasNextPage)).toEqual([true, true, false]);
    }
    expect(gathered.pages.map((p) => p.cursors)).toEqual(walked.pages.map((p) => p.cursors));
    // Up to atMost matches, one statement answers a page; above it, the gathering statement finds too
    // many and the count and the walking page follow.
    expect(gathered.statements).toEqual([1, 1, 1]);
    expect(walked.statements).toEqual([3, 3, 3]);
    // Rows are the table's columns only: the count travels beside them, not in them.
    expect(Object.keys(gathered.pages[0].nodes[0])).not.toContain('__matches');
    expect(gathered.pages[0].nodes[0]).toMatchObject({ name: expect.any(String), createdAt: expect.any(Date) });
  });

  it('answers a page after the last match, or a search with none, with the count and no rows', async () => {
    const sort = byName('ASC');
    const few = { fewMatches: { atMost: 100, sort: { ...sort, expression: "(c.name || '')" } } };
    const [last] = await dataSource.query<{ id: string; name: string }[]>('SELECT id, name FROM customer WHERE name ILIKE $1 ORDER BY name DESC, id DESC LIMIT 1', [`%${mark}%`]);
    const { cursors } = await keysetRead<CustomerRow>(tx, { ...source, where: 'c.id = $1', parameters: [last.id] }, { first: 1 }, sort, few);
    const beyond = await keysetRead<CustomerRow>(tx, source, { first: 3, after: cursors[0] }, sort, few);
    expect(beyond).toMatchObject({ nodes: [], totalCount: 7, hasNextPage: false, cursors: [] });
    const none = await keysetRead<CustomerRow>(tx, { ...source, parameters: ['%no such name%'] }, { first: 3 }, sort, few);
    expect(none).toMatchObject({ nodes: [], totalCount: 0, hasNextPage: false });
  });

  it('prepares the gathering statement when told a generic plan is safe, and keeps the count and the walk planned for their values', async () => {
    const sort = byName('ASC');
    const planned = { ...source, planForEachValue: true };
    const read = jest.spyOn(tx, 'read');
    const statements = async (atMost: number, genericPlanSafe: boolean) => {
      read.mockClear();
      await keysetRead<CustomerRow>(tx, planned, { first: 3 }, sort, { fewMatches: { atMost, sort: { ...sort, expression: "(c.name || '')" }, genericPlanSafe } });
      return read.mock.calls.map(([sql]) => (sql.startsWith(sqlPlannedForEachValue('')) ? 'planned for its values' : 'prepared'));
    };
    try {
      expect(await statements(100, true)).toEqual(['prepared']);
      expect(await statements(100, false)).toEqual(['planned for its values']);
      // Too many matches: the count and the walk, whose best plans depend on how many match.
      expect(await statements(2, true)).toEqual(['prepared', 'planned for its values', 'planned for its values']);
    } finally {
      read.mockRestore();
    }
  });
});
