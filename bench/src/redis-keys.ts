import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { REDIS_URL } from './environment';

/** A BullMQ key prefix of its own per run, so a benchmark never touches anyone else's queues. */
export function uniqueQueuePrefix(): string {
  return `twbench${randomBytes(4).toString('hex')}`;
}

export async function deleteKeysWithPrefix(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
