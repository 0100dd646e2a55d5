import { Pool } from 'pg';
import { createTestDatabase } from '../../../test/harness/databases';

/**
 * pg is patched (patches/pg@8.23.1.patch) to build each result's empty row as a plain object
 * instead of spreading an Object.create(null) one, which V8 copies through its slow path on every
 * query. The rows must come out exactly as before: every column an own property, the last of
 * repeated names winning, a column called __proto__ kept as data, the usual prototype.
 */
describe('rows from pg (patched result template, real PostgreSQL)', () => {
  let pool: Pool;

  beforeAll(async () => {
    pool = new Pool({ connectionString: await createTestDatabase(), max: 1 });
  });

  afterAll(async () => {
    await pool.end();
  });

  it('keeps every column as an own property, including __proto__ and repeated names', async () => {
    const { rows } = await pool.query('SELECT 1::int AS "__proto__", 2::int AS a, 3::int AS a, NULL::text AS b, $1::text AS c', ['x']);
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    expect(Object.keys(row)).toEqual(['__proto__', 'a', 'b', 'c']);
    expect(Object.getOwnPropertyDescriptor(row, '__proto__')?.value).toBe(1);
    expect(row.a).toBe(3);
    expect(row.b).toBeNull();
    expect(row.c).toBe('x');
  });

  it('gives each row its own object and each query its own columns', async () => {
    const first = await pool.query('SELECT n, n * 2 AS twice FROM generate_series(1, 3) AS n');
    const second = await pool.query('SELECT 5 AS other');
    first.rows[0].twice = 100;
    expect(first.rows).toEqual([{ n: 1, twice: 100 }, { n: 2, twice: 4 }, { n: 3, twice: 6 }]);
    expect(second.rows).toEqual([{ other: 5 }]);
  });
});
