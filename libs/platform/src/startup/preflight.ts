import Redis from 'ioredis';
import { Client } from 'pg';
import { AppConfig, ConfigError, loadConfig } from '../config/config';
import { describeConnectionFailure } from '../database/connection-errors';
import { redisOptionsFromUrl } from '../redis/redis-options';

/** Stops the process with one line on stderr: no stack trace for problems an operator must fix. */
export function exitWith(line: string): never {
  process.stderr.write(`${line}\n`);
  process.exit(1);
}

/** Loads the configuration, or exits naming the setting that is wrong. */
export function loadConfigOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) exitWith(`Configuration error: ${error.message}`);
    throw error;
  }
}

/** Returns a one-line explanation when PostgreSQL cannot be reached, or undefined. */
export async function checkPostgres(databaseUrl: string): Promise<string | undefined> {
  const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return describeConnectionFailure('PostgreSQL', databaseUrl, error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Returns a one-line explanation when Redis cannot be reached, or undefined. */
export async function checkRedis(redisUrl: string): Promise<string | undefined> {
  const redis = new Redis({ ...redisOptionsFromUrl(redisUrl), lazyConnect: true, connectTimeout: 3000, retryStrategy: () => null, maxRetriesPerRequest: 0 });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
    return undefined;
  } catch (error) {
    return describeConnectionFailure('Redis', redisUrl, error);
  } finally {
    redis.disconnect();
  }
}
