import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { JobsOptions, Queue } from 'bullmq';
import type Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '../config/config';
import { redisOptionsFromUrl } from '../redis/redis-options';
import { settleWithin } from '../async/settle-within';

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

  /** Every queue that exists in Redis under this installation's prefix (found by BullMQ's meta keys). */
  async existingQueueNames(): Promise<string[]> {
    // A single-node connection (we never configure a cluster), so SCAN is available.
    const client = (await this.get('platform').client) as unknown as Redis;
    const names = new Set<string>();
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${this.config.queuePrefix}:*:meta`, 'COUNT', 500);
      cursor = next;
      for (const key of keys) names.add(key.slice(this.config.queuePrefix.length + 1, -':meta'.length));
    } while (cursor !== '0');
    return [...names].sort();
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => settleWithin(q.close(), 2000, () => q.disconnect())));
    this.queues.clear();
  }
}
