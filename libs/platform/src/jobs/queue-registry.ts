import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { JobsOptions, Queue } from 'bullmq';
import { APP_CONFIG, AppConfig } from '../config/config';
import { redisOptionsFromUrl } from '../redis/redis-options';

/** Defaults for every job: retried with exponential backoff; failures kept for the failed-jobs view. */
export function defaultJobOptions(config: AppConfig): JobsOptions {
  return {
    attempts: config.jobs.attempts,
    backoff: { type: 'exponential', delay: config.jobs.backoffMs },
    removeOnComplete: { age: 24 * 3600, count: 5000 },
    removeOnFail: false,
  };
}

/** One BullMQ queue per domain module, created on first use and shared by the process. */
@Injectable()
export class QueueRegistry implements OnApplicationShutdown {
  private readonly queues = new Map<string, Queue>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, {
        prefix: this.config.queuePrefix,
        // Producers fail fast while Redis is down (the outbox keeps the events); they reconnect on their own.
        connection: { ...redisOptionsFromUrl(this.config.redisUrl), enableOfflineQueue: false, maxRetriesPerRequest: 1 },
        defaultJobOptions: defaultJobOptions(this.config),
      });
      queue.on('error', () => undefined); // connection errors surface on the calls that need Redis
      this.queues.set(name, queue);
    }
    return queue;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close().catch(() => undefined)));
    this.queues.clear();
  }
}
