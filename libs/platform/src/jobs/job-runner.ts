import { Inject, Injectable, Logger, BeforeApplicationShutdown } from '@nestjs/common';
import { Job, UnrecoverableError, Worker } from 'bullmq';
import { APP_CONFIG, AppConfig } from '../config/config';
import { redisOptionsFromUrl } from '../redis/redis-options';
import { TransactionHost } from '../database/transaction-host';
import { runAsSystem } from '../context';
import { DomainEventEnvelope } from '../events/domain-event';
import { HandlerRegistry, RegisteredHandler } from './handler-registry';
import { settleWithin } from '../async/settle-within';

const GRACEFUL_CLOSE_MS = 10_000;
const FORCED_CLOSE_MS = 2_000;

/** Consumes every module queue in this process and dispatches each job to its one handler. */
@Injectable()
export class JobRunner implements BeforeApplicationShutdown {
  private readonly logger = new Logger(JobRunner.name);
  private workers: Worker[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: HandlerRegistry,
    private readonly tx: TransactionHost,
  ) {}

  start(concurrency = 8): void {
    for (const queue of this.registry.queues()) {
      const worker = new Worker(queue, (job) => this.process(job), {
        prefix: this.config.queuePrefix,
        connection: { ...redisOptionsFromUrl(this.config.redisUrl), maxRetriesPerRequest: null },
        concurrency,
      });
      worker.on('failed', (job, error) => {
        this.logger.warn(`${job?.name ?? '?'} (${job?.id ?? '?'}) failed on attempt ${job?.attemptsMade ?? '?'}: ${error.message}`);
      });
      worker.on('error', (error) => this.logger.debug(`queue ${queue}: ${error.message}`));
      this.workers.push(worker);
    }
  }

  /** Waits for running jobs to finish, then stops taking new ones. */
  async stop(): Promise<void> {
    const workers = this.workers;
    this.workers = [];
    // A graceful close lets running jobs finish; after a Redis restart it can wait forever, so force it then.
    // Even a forced close can hang on a blocking connection that Redis dropped; then cut the connections.
    await Promise.all(
      workers.map((w) => settleWithin(w.close(), GRACEFUL_CLOSE_MS, () => settleWithin(w.close(true), FORCED_CLOSE_MS, () => w.disconnect()))),
    );
  }

  /** Before the database and queues close (onApplicationShutdown), so nothing in flight loses them. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  private async process(job: Job): Promise<void> {
    const handler = this.registry.get(job.name);
    if (!handler) throw new UnrecoverableError(`no handler for job "${job.name}" in this worker`);
    await runAsSystem(job.name, () => this.dispatch(handler, job));
  }

  private async dispatch(handler: RegisteredHandler, job: Job): Promise<void> {
    if (handler.kind === 'job') {
      await handler.instance.run(job.data as never, { jobId: job.id ?? '', attempt: job.attemptsMade + 1 });
      return;
    }
    const event = job.data as DomainEventEnvelope;
    await this.tx.run(async () => {
      // The inbox row commits with the handler's own writes: a redelivered event finds it and stops here.
      const inserted: unknown[] = await this.tx.manager.query(
        'INSERT INTO processed_event (event_id, handler) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING event_id',
        [event.id, handler.name],
      );
      if (inserted.length === 0) return;
      await handler.instance.handle(event);
    });
  }
}
