import { INestApplicationContext, Injectable, Module } from '@nestjs/common';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import {
  DomainEventEnvelope,
  EventHandler,
  EventPublisher,
  HandlesEvent,
  redisOptionsFromUrl,
  TransactionHost,
} from '@tradewind/platform';
import { clearQueues, eventually, startTestWorker, TestApi, testConfig } from '../../../test/harness/test-app';
import { DisposableRedis } from '../../../test/support/redis-server';
import { withAdminClient } from '../../../test/harness/databases';

/** Emails containing this fail in the "testb" consumer until the switch is turned off. */
const POISON = 'poison';
const failures = { enabled: true };

async function record(tx: TransactionHost, event: DomainEventEnvelope, handler: string): Promise<void> {
  await tx.manager.query('INSERT INTO test_delivery (event_id, handler) VALUES ($1, $2)', [event.id, handler]);
}

@Injectable()
@EventHandler({ event: 'platform.user.created', name: 'testa.recordUser' })
class RecordInA implements HandlesEvent<'platform.user.created'> {
  constructor(readonly tx: TransactionHost) {}

  async handle(event: DomainEventEnvelope<'platform.user.created'>): Promise<void> {
    await record(this.tx, event, 'testa.recordUser');
  }
}

@Injectable()
@EventHandler({ event: 'platform.user.created', name: 'testb.recordUser' })
class RecordInB implements HandlesEvent<'platform.user.created'> {
  constructor(readonly tx: TransactionHost) {}

  async handle(event: DomainEventEnvelope<'platform.user.created'>): Promise<void> {
    const [user] = await this.tx.manager.query('SELECT email FROM app_user WHERE id = $1', [event.payload.userId]);
    // Written first, so a failure proves the handler's writes roll back with the inbox row.
    await record(this.tx, event, 'testb.recordUser');
    if (failures.enabled && String(user.email).includes(POISON)) throw new Error('consumer b cannot handle this user yet');
  }
}

@Module({ providers: [RecordInA, RecordInB] })
class RecordersModule {}

describe('transactional outbox', () => {
  let redis: DisposableRedis;
  let api: TestApi;
  let worker: INestApplicationContext | undefined;
  let adminToken: string;

  const deliveries = async (): Promise<{ event_id: string; handler: string; n: number }[]> =>
    api.dataSource.query('SELECT event_id, handler, count(*)::int AS n FROM test_delivery GROUP BY 1, 2');

  beforeAll(async () => {
    redis = await DisposableRedis.start();
    const config = await testConfig({ REDIS_URL: redis.url });
    api = await TestApi.start(config);
    await api.dataSource.query('CREATE TABLE test_delivery (event_id uuid NOT NULL, handler text NOT NULL)');
    adminToken = (await api.signedIn('admin')).token;
    worker = await startTestWorker(config, { modules: [RecordersModule] });
  });

  afterAll(async () => {
    await worker?.close();
    await api.close();
    await clearQueues(api.config);
    await redis.destroy();
  });

  async function createUsersOverGraphql(count: number, tag: string): Promise<void> {
    for (let i = 0; i < count; i++) {
      await api.ok('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
        input: { email: `${tag}-${i}@example.test`, password: 'correct-horse', role: 'sales' },
      }, adminToken);
    }
  }

  const consumerQueues = (): Queue[] =>
    ['testa', 'testb'].map((name) => new Queue(name, { prefix: api.config.queuePrefix, connection: redisOptionsFromUrl(api.config.redisUrl) }));
  const unpublishedCount = async (): Promise<number> =>
    Number((await api.dataSource.query('SELECT count(*) AS n FROM outbox_event WHERE published_at IS NULL'))[0].n);

  it('delivers every event exactly once to each consumer across a Redis crash and a worker restart', async () => {
    await createUsersOverGraphql(10, 'before');

    // Jobs that Redis holds when it crashes: published (the outbox marks them so) but not yet consumed.
    const paused = consumerQueues();
    await Promise.all(paused.map((q) => q.pause()));
    await createUsersOverGraphql(5, 'queued');
    await eventually(async () => (await unpublishedCount()) === 0, 15_000, 'the queued events to reach Redis');
    await Promise.all(paused.map((q) => q.close()));

    await redis.crash();
    // With Redis down the API still accepts writes; their events wait in the outbox.
    await createUsersOverGraphql(5, 'redis-down');
    expect(await unpublishedCount()).toBeGreaterThan(0);
    await redis.start();
    const resumed = consumerQueues();
    await Promise.all(resumed.map((q) => q.resume()));
    await Promise.all(resumed.map((q) => q.close()));
    await createUsersOverGraphql(5, 'redis-back');

    await worker!.close();
    worker = undefined;
    await createUsersOverGraphql(5, 'no-worker');
    worker = await startTestWorker(api.config, { modules: [RecordersModule] });

    const events: { id: string }[] = await api.dataSource.query("SELECT id FROM outbox_event WHERE name = 'platform.user.created'");
    expect(events).toHaveLength(31); // 30 users here + the admin
    const expected = events.flatMap((e) => ['testa.recordUser', 'testb.recordUser'].map((handler) => `${e.id} ${handler}`)).sort();
    const delivered = async (): Promise<string[]> => (await deliveries()).map((r) => `${r.event_id} ${r.handler}`).sort();
    await eventually(async () => (await delivered()).length >= expected.length, 30_000, 'all deliveries').catch(() => undefined);
    // Compared whole, so a failure names the missing deliveries.
    expect(await delivered()).toEqual(expected);
    expect((await deliveries()).filter((r) => r.n !== 1)).toEqual([]);
    expect(await unpublishedCount()).toBe(0);
  });

  it('listens again after its PostgreSQL connection is cut, and leaves no listening connection when the worker stops', async () => {
    const database = new URL(api.config.databaseUrl).pathname.slice(1);
    const listeners = async (): Promise<number[]> =>
      (await withAdminClient((admin) => admin.query("SELECT pid FROM pg_stat_activity WHERE datname = $1 AND query LIKE 'LISTEN %'", [database]))).rows.map((r) => r.pid as number);
    const [before, ...others] = await listeners();
    expect(others).toEqual([]);
    expect(before).toEqual(expect.any(Number));
    await withAdminClient((admin) => admin.query('SELECT pg_terminate_backend($1)', [before]));
    await eventually(async () => (await listeners()).some((pid) => pid !== before), 10_000, 'the relay to listen again');
    // And it still publishes.
    await createUsersOverGraphql(1, 'relistened');
    await eventually(async () => (await unpublishedCount()) === 0, 10_000, 'the event to be published');

    await worker!.close();
    worker = undefined;
    await eventually(async () => (await listeners()).length === 0, 5_000, 'the listening connection to close');
    worker = await startTestWorker(api.config, { modules: [RecordersModule] });
  });

  it('dates the events of one transaction in the order they were published', async () => {
    // Handlers that keep the newest of absolute figures compare occurred_at; the transaction's start
    // time gave every event of a transaction the same one, so an earlier event could win.
    const tx = api.app.get(TransactionHost);
    const publisher = api.app.get(EventPublisher);
    const ids = await tx.run(async () => {
      const first = await publisher.publish('platform.user.activated', { userId: '00000000-0000-7000-8000-000000000001' });
      const batch = await publisher.publishMany([
        { name: 'platform.user.activated', payload: { userId: '00000000-0000-7000-8000-000000000002' } },
        { name: 'platform.user.activated', payload: { userId: '00000000-0000-7000-8000-000000000003' } },
      ]);
      return [first, ...batch];
    });
    const rows: { id: string; at: string }[] = await api.dataSource.query(
      'SELECT id, occurred_at::text AS at FROM outbox_event WHERE id = ANY($1::uuid[]) ORDER BY occurred_at, id', [ids]);
    expect(rows.map((r) => r.id)).toEqual(ids);
    expect(new Set(rows.map((r) => r.at)).size).toBe(3);
  });

  it('warns at start when Redis keeps no append-only file', async () => {
    const warningsOfWorkerStartedWith = async (appendonly: 'yes' | 'no'): Promise<string[]> => {
      const client = new Redis(api.config.redisUrl);
      await client.config('SET', 'appendonly', appendonly);
      client.disconnect();
      const warnings: string[] = [];
      const quiet = (): void => undefined;
      const logger = { log: quiet, error: quiet, debug: quiet, verbose: quiet, warn: (message: unknown) => void warnings.push(String(message)) };
      const another = await startTestWorker(api.config, { logger });
      await another.close();
      return warnings.filter((w) => w.includes('append-only'));
    };
    expect(await warningsOfWorkerStartedWith('no')).toEqual([
      'Redis keeps no append-only file (appendonly no): jobs waiting in it are lost if it crashes',
    ]);
    expect(await warningsOfWorkerStartedWith('yes')).toEqual([]);
  });

  it('skips a redelivered event instead of handling it twice', async () => {
    const user = await api.createUser({ role: 'sales', email: 'redelivered@example.test' });
    await eventually(async () => {
      const rows: unknown[] = await api.dataSource.query(
        "SELECT 1 FROM test_delivery d JOIN outbox_event e ON e.id = d.event_id WHERE e.payload->>'userId' = $1", [user.id]);
      return rows.length === 2;
    }, 15_000, 'first delivery');
    const [event] = await api.dataSource.query("SELECT id, name, payload FROM outbox_event WHERE payload->>'userId' = $1", [user.id]);
    // Simulate at-least-once delivery: the same event arrives again under another job id.
    const queue = new Queue('testa', { prefix: api.config.queuePrefix, connection: redisOptionsFromUrl(api.config.redisUrl) });
    const job = await queue.add('testa.recordUser', { id: event.id, name: event.name, payload: event.payload, occurredAt: new Date().toISOString(), actorUserId: null }, { jobId: `${event.id}-again` });
    await eventually(async () => (await job.getState()) === 'completed', 15_000, 'redelivery processed');
    await queue.close();
    const [{ n }] = await api.dataSource.query('SELECT count(*)::int AS n FROM test_delivery WHERE event_id = $1 AND handler = $2', [event.id, 'testa.recordUser']);
    expect(n).toBe(1);
  });

  it('keeps events that keep failing visible to admins and delivers them on retry', async () => {
    failures.enabled = true;
    const user = await api.createUser({ role: 'sales', email: `${POISON}@example.test` });
    const FAILED = '{ failedJobs(first: 20) { totalCount nodes { queue id name failedReason attemptsMade data } } }';
    type Failed = { failedJobs: { totalCount: number; nodes: { queue: string; id: string; name: string; failedReason: string; attemptsMade: number; data: { payload: { userId: string } } }[] } };
    let failed: Failed['failedJobs']['nodes'] = [];
    await eventually(async () => {
      failed = (await api.ok<Failed>(FAILED, {}, adminToken)).failedJobs.nodes.filter((j) => j.data.payload.userId === user.id);
      return failed.length === 1;
    }, 20_000, 'the failed job');
    expect(failed[0]).toMatchObject({ queue: 'testb', name: 'testb.recordUser', failedReason: 'consumer b cannot handle this user yet', attemptsMade: 3 });
    // The handler's own writes rolled back with each failed attempt.
    const eventId = (await api.dataSource.query("SELECT id FROM outbox_event WHERE payload->>'userId' = $1", [user.id]))[0].id;
    const countB = async (): Promise<number> =>
      (await api.dataSource.query("SELECT count(*)::int AS n FROM test_delivery WHERE event_id = $1 AND handler = 'testb.recordUser'", [eventId]))[0].n;
    expect(await countB()).toBe(0);

    const { token: salesToken } = await api.signedIn('sales');
    expect((await api.graphql(FAILED, {}, salesToken)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    failures.enabled = false;
    await api.ok('mutation($q: String!, $id: ID!) { retryFailedJob(queue: $q, id: $id) }', { q: failed[0].queue, id: failed[0].id }, adminToken);
    await eventually(async () => (await countB()) === 1, 15_000, 'the retried delivery');
  });
});
