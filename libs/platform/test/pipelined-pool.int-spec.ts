import { DataSource } from 'typeorm';
import { SCHEMAS } from '@tradewind/composition';
import { createDataSource, Team, TransactionHost } from '@tradewind/platform';
import { PipelinedReadPool, READS_APPLICATION_NAME } from '../src/database/pipelined-pool';
import { createTestDatabase, withAdminClient } from '../../../test/harness/databases';

interface PidRow {
  pid: number;
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

describe('pipelined reads (real PostgreSQL)', () => {
  let url: string;

  beforeAll(async () => {
    url = await createTestDatabase();
  });

  describe('PipelinedReadPool', () => {
    let pool: PipelinedReadPool;
    const errors: Error[] = [];

    beforeEach(() => {
      errors.length = 0;
      pool = new PipelinedReadPool({ connectionString: url, application_name: READS_APPLICATION_NAME }, 2);
      pool.on('error', (err: Error) => errors.push(err));
    });

    afterEach(async () => {
      await pool.end();
    });

    it('answers each of the queries sent in one tick with its own rows, all over one connection', async () => {
      const results = await Promise.all(range(50).map((i) => pool.query('SELECT $1::int AS n, pg_backend_pid() AS pid', [i])));
      expect(results.map((r) => (r.rows[0] as { n: number }).n)).toEqual(range(50));
      expect(new Set(results.map((r) => (r.rows[0] as PidRow).pid)).size).toBe(1);
      expect(pool.totalCount).toBe(1);
    });

    it('fails only the query that failed, not the others written with it', async () => {
      const outcomes = await Promise.allSettled([
        pool.query('SELECT $1::int AS n', [1]),
        pool.query('SELECT 1 / $1::int AS n', [0]),
        pool.query('SELECT $1::int AS n', [3]),
      ]);
      expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect((outcomes[1] as PromiseRejectedResult).reason).toEqual(expect.objectContaining({ message: 'division by zero' }));
      expect((outcomes[2] as PromiseFulfilledResult<{ rows: { n: number }[] }>).value.rows).toEqual([{ n: 3 }]);
    });

    it('prepares again a statement whose first preparation failed, once it can succeed', async () => {
      const sql = 'SELECT $1::int AS n FROM pipelined_later';
      await expect(pool.query(sql, [1])).rejects.toThrow(/pipelined_later/);
      await pool.query('CREATE TABLE pipelined_later (n int)');
      expect((await pool.query(sql, [1])).rows).toEqual([]);
    });

    it('sends a later tick to an idle connection instead of queueing it behind a slow query', async () => {
      let slowDone = false;
      const slow = pool.query('SELECT pg_backend_pid() AS pid, pg_sleep(0.5)').then((r) => {
        slowDone = true;
        return r;
      });
      await new Promise((resolve) => setImmediate(resolve));
      const quick = await pool.query('SELECT pg_backend_pid() AS pid');
      expect(slowDone).toBe(false);
      expect((quick.rows[0] as PidRow).pid).not.toBe(((await slow).rows[0] as PidRow).pid);
      expect(pool.totalCount).toBe(2);
    });

    it('replaces a connection PostgreSQL has ended, and reports the failure as a pool error', async () => {
      const before = ((await pool.query('SELECT pg_backend_pid() AS pid')).rows[0] as PidRow).pid;
      await withAdminClient((admin) => admin.query('SELECT pg_terminate_backend($1)', [before]));
      await waitFor(() => errors.length > 0);
      expect(errors[0].message).toMatch(/terminat/);
      const after = ((await pool.query('SELECT pg_backend_pid() AS pid')).rows[0] as PidRow).pid;
      expect(after).not.toBe(before);
    });

    it('lends TypeORM a connection whose queries go through the shared ones, and whose release keeps them open', async () => {
      const lease = (await pool.connect())!;
      expect((await lease.query('SELECT $1::text AS s', ['a'])).rows).toEqual([{ s: 'a' }]);
      lease.release();
      expect((await pool.query('SELECT $1::text AS s', ['b'])).rows).toEqual([{ s: 'b' }]);
      expect(pool.totalCount).toBe(1);
    });

    it('closes its connections when ended through the callback TypeORM passes, and refuses queries after', async () => {
      const pid = ((await pool.query('SELECT pg_backend_pid() AS pid')).rows[0] as PidRow).pid;
      await new Promise<void>((resolve, reject) => void pool.end((err) => (err ? reject(err) : resolve())));
      // The backend exits right after the socket closes; it is gone within a moment.
      await waitFor(async () => (await withAdminClient((admin) => admin.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [pid]))).rowCount === 0);
      await expect(pool.query('SELECT 1')).rejects.toThrow('The read pool has been closed');
    });
  });

  describe('in the application data source', () => {
    let dataSource: DataSource;

    beforeAll(async () => {
      dataSource = await createDataSource(url, SCHEMAS, 2).initialize();
    });

    afterAll(async () => {
      await dataSource.destroy();
    });

    const applicationName = async (source: DataSource['manager']): Promise<string> =>
      ((await source.createQueryBuilder().select("current_setting('application_name')", 'name').fromDummy().getRawOne()) as { name: string }).name;

    it('reads outside a transaction through the read connections, and inside one through the transaction', async () => {
      expect(await applicationName(dataSource.manager)).toBe(READS_APPLICATION_NAME);
      await dataSource.transaction(async (manager) => {
        expect(await applicationName(manager)).toBe('tradewind');
      });
    });

    it('runs TransactionHost.read on the transaction inside one and on the read connections outside', async () => {
      const host = new TransactionHost(dataSource);
      const sql = "SELECT current_setting('application_name') AS name";
      expect(await host.read(sql)).toEqual([{ name: READS_APPLICATION_NAME }]);
      await host.run(async () => expect(await host.read(sql)).toEqual([{ name: 'tradewind' }]));
    });

    it('lets a transaction read its own uncommitted writes, which the read connections do not see until COMMIT', async () => {
      const name = `pipelined ${Date.now()}`;
      let id = '';
      await dataSource.transaction(async (manager) => {
        id = (await manager.getRepository(Team).save({ name })).id;
        expect(await manager.getRepository(Team).findOneBy({ id })).toEqual(expect.objectContaining({ name }));
        expect(await dataSource.getRepository(Team).findOneBy({ id })).toBeNull();
      });
      expect(await dataSource.getRepository(Team).findOneBy({ id })).toEqual(expect.objectContaining({ name }));
    });
  });
});

async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
