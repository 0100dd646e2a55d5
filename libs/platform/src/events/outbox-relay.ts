import { Inject, Injectable, Logger, BeforeApplicationShutdown } from '@nestjs/common';
import type Redis from 'ioredis';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { withTimeout } from '../async/with-timeout';
import { APP_CONFIG, AppConfig } from '../config/config';
import { HandlerRegistry } from '../jobs/handler-registry';
import { QueueRegistry } from '../jobs/queue-registry';
import { DomainEventEnvelope, DomainEventName } from './domain-event';
import { OUTBOX_CHANNEL } from './event-publisher';

interface OutboxRow {
  id: string;
  name: string;
  payload: Record<string, unknown>;
  actor_user_id: string | null;
  occurred_at: Date;
}

const BATCH_SIZE = 500;
const POLL_INTERVAL_MS = 1000;
const PUBLISH_TIMEOUT_MS = 5000;
const REDIS_CHECK_TIMEOUT_MS = 2000;

/**
 * Moves committed outbox events to the queues of their subscribers. Woken by NOTIFY on commit and
 * by a slow poll (which also catches up after Redis or PostgreSQL come back). An event is marked
 * published only after every subscriber's job is in Redis; job ids make a repeated publish harmless.
 */
@Injectable()
export class OutboxRelay implements BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private listener?: Client;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = true;
  private lastError?: string;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly registry: HandlerRegistry,
    private readonly queues: QueueRegistry,
  ) {}

  async start(): Promise<void> {
    this.stopped = false;
    await this.warnIfRedisForgets();
    await this.listen();
    this.timer = setInterval(() => this.wake(), POLL_INTERVAL_MS);
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
  }

  /** Before the database and queues close (onApplicationShutdown), so nothing in flight loses them. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  /** Runs one drain now (coalescing with one already under way). */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drainUntilEmpty().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.wake();
      }
    });
  }

  private async drainUntilEmpty(): Promise<void> {
    try {
      while (!this.stopped && (await this.publishBatch()) === BATCH_SIZE) {
        // keep going while batches are full
      }
      if (this.lastError) {
        this.logger.log('outbox relay recovered');
        this.lastError = undefined;
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (message !== this.lastError) this.logger.warn(`outbox relay waiting: ${message}`);
      this.lastError = message;
    }
  }

  private async publishBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: OutboxRow[] = await manager.query(
        `SELECT id, name, payload, actor_user_id, occurred_at FROM outbox_event
         WHERE published_at IS NULL ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH_SIZE],
      );
      if (rows.length === 0) return 0;
      const byQueue = new Map<string, { name: string; data: DomainEventEnvelope; opts: { jobId: string } }[]>();
      for (const row of rows) {
        const envelope: DomainEventEnvelope = {
          id: row.id,
          name: row.name as DomainEventName,
          payload: row.payload as unknown as DomainEventEnvelope['payload'],
          occurredAt: new Date(row.occurred_at).toISOString(),
          actorUserId: row.actor_user_id,
        };
        for (const subscriber of this.registry.subscribersOf(row.name)) {
          const jobs = byQueue.get(subscriber.queue) ?? [];
          jobs.push({ name: subscriber.name, data: envelope, opts: { jobId: `${row.id}-${subscriber.name}` } });
          byQueue.set(subscriber.queue, jobs);
        }
      }
      // A Redis that is half-way through reconnecting can leave a call pending; give up and retry later.
      await withTimeout(
        Promise.all([...byQueue].map(([queue, jobs]) => this.queues.get(queue).addBulk(jobs))),
        PUBLISH_TIMEOUT_MS,
        'Redis did not accept the events in time',
      );
      await manager.query('UPDATE outbox_event SET published_at = now() WHERE id = ANY($1::uuid[])', [rows.map((r) => r.id)]);
      return rows.length;
    });
  }

  /**
   * An event is the queue's once Redis has its jobs, so a Redis that keeps no append-only file loses
   * the jobs still waiting when it crashes. Said once at start; a Redis that refuses CONFIG is not judged.
   */
  private async warnIfRedisForgets(): Promise<void> {
    try {
      // Bounded: a Redis that went away since the preflight check must not hold up the worker's start.
      const appendonly = await withTimeout(
        (async () => {
          const client = (await this.queues.get('platform').client) as unknown as Redis;
          return ((await client.config('GET', 'appendonly')) as string[])[1];
        })(),
        REDIS_CHECK_TIMEOUT_MS,
        'Redis did not answer CONFIG GET in time',
      );
      if (appendonly === 'no') {
        this.logger.warn('Redis keeps no append-only file (appendonly no): jobs waiting in it are lost if it crashes');
      }
    } catch {
      // CONFIG disabled (managed Redis), or Redis not answering: nothing to say.
    }
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.config.databaseUrl });
    client.on('notification', () => this.wake());
    client.on('error', (error) => {
      // A cut connection can report more than one error (PostgreSQL's FATAL, then the socket's end):
      // only the first, of the listener in use, reconnects, or each would leave a listener behind.
      if (this.listener !== client) return;
      this.logger.warn(`outbox listener lost its connection (${error.message}); polling until it is back`);
      this.listener = undefined;
      void client.end().catch(() => undefined);
      this.listenLater();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      // stop() may have run while this connected (a reconnection, say): it found no listener to end.
      if (this.stopped) await client.end();
      else this.listener = client;
    } catch (error) {
      await client.end().catch(() => undefined);
      this.listenLater();
      this.logger.warn(`outbox listener cannot connect (${(error as Error).message}); polling meanwhile`);
    }
  }

  /** A reconnection attempt; it does not by itself keep a stopping process alive (the relay's poll does while it runs). */
  private listenLater(): void {
    setTimeout(() => void this.listen().catch(() => undefined), POLL_INTERVAL_MS).unref();
  }
}
