import Redis, { type RedisOptions } from 'ioredis';

export function redisOptionsFromUrl(redisUrl: string): RedisOptions {
  const url = new URL(redisUrl);
  const db = url.pathname.replace(/^\//, '');
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : 6379,
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db: db ? Number(db) : 0,
    tls: url.protocol === 'rediss:' ? {} : undefined,
    // Reconnect forever with a capped delay: Redis restarts must not need a process restart.
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  };
}

/**
 * A client for a process's own quick calls (rate limits, readiness): connects on first use, fails at once
 * while Redis is down instead of queueing, and lets go at once when closed. ioredis otherwise keeps a
 * 2-second timer after disconnecting from a Redis it never reached, which holds the process open.
 */
export function quickRedisClient(redisUrl: string): Redis {
  const client = new Redis({ ...redisOptionsFromUrl(redisUrl), lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, disconnectTimeout: 100 });
  client.on('error', () => undefined); // callers see failures on their calls
  return client;
}
