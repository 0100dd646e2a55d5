import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { planForEachValue, sqlPlannedForEachValue, StatementCachingClient } from '../src/database/statement-cache';
import { createTestDatabase } from '../../../test/harness/databases';

/** Statements this session holds prepared (PostgreSQL's own view of the connection). */
async function preparedTexts(pool: Pool): Promise<string[]> {
  const { rows } = await pool.query<{ statement: string }>('SELECT statement FROM pg_prepared_statements ORDER BY statement');
  return rows.map((r) => r.statement);
}

describe('StatementCachingClient (real PostgreSQL)', () => {
  let pool: Pool;

  beforeEach(async () => {
    // One connection, so every query below runs in the same session and sees its prepared statements.
    pool = new Pool({ connectionString: await createTestDatabase(), max: 1, Client: StatementCachingClient });
  });

  afterEach(async () => {
    await pool.end();
  });

  it('prepares a parameterised statement once and reuses it, with each call its own values', async () => {
    const sql = 'SELECT $1::int + 1 AS n';
    const answers = [];
    for (const value of [1, 2, 3]) answers.push((await pool.query<{ n: number }>(sql, [value])).rows[0].n);
    expect(answers).toEqual([2, 3, 4]);
    expect(await preparedTexts(pool)).toEqual([sql]);
  });

  it('leaves statements without parameters unnamed (BEGIN, multi-statement scripts)', async () => {
    await pool.query('SELECT 1; SELECT 2');
    expect(await preparedTexts(pool)).toEqual([]);
  });

  it('keeps working after a statement fails to parse, and never prepares it', async () => {
    await expect(pool.query('SELEKT $1::int', [1])).rejects.toThrow(/syntax error/);
    expect((await pool.query<{ n: number }>('SELECT $1::int AS n', [7])).rows[0].n).toBe(7);
    expect(await preparedTexts(pool)).toEqual(['SELECT $1::int AS n']);
  });

  it('stops preparing new texts at its limit per connection and runs the rest unnamed', async () => {
    for (let i = 0; i < 210; i += 1) await pool.query(`SELECT $1::int + ${i} AS n`, [1]);
    const { rows } = await pool.query<{ n: number }>('SELECT $1::int + 1000 AS n', [1]);
    expect(rows[0].n).toBe(1001);
    expect((await preparedTexts(pool)).length).toBe(200);
  });

  it('leaves a TypeORM query marked planForEachValue unnamed, so each run is planned for its values', async () => {
    const dataSource = await new DataSource({ type: 'postgres', url: await createTestDatabase(), extra: { max: 1, Client: StatementCachingClient } }).initialize();
    try {
      const above = (min: number) => dataSource.createQueryBuilder().select('t.n', 'n').from('(SELECT generate_series(1, 5) AS n)', 't').where('t.n > :min', { min });
      const prepared = async () => (await dataSource.query<{ statement: string }[]>('SELECT statement FROM pg_prepared_statements')).map((r) => r.statement);
      for (const min of [1, 2, 3]) expect(await planForEachValue(above(min)).getRawMany()).toHaveLength(5 - min);
      expect(await prepared()).toEqual([]);
      // The same query unmarked is prepared: the mark is what made the difference.
      expect(await above(4).getRawMany()).toEqual([{ n: 5 }]);
      expect(await prepared()).toEqual([above(4).getQueryAndParameters()[0]]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('leaves SQL marked sqlPlannedForEachValue unnamed too', async () => {
    const sql = 'SELECT n FROM generate_series(1, 5) AS n WHERE n > $1';
    for (const min of [1, 2]) expect((await pool.query(sqlPlannedForEachValue(sql), [min])).rows).toHaveLength(5 - min);
    expect(await preparedTexts(pool)).toEqual([]);
    await pool.query(sql, [3]);
    expect(await preparedTexts(pool)).toEqual([sql]);
  });
});
