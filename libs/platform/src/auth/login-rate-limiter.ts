import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import type Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '../config/config';
import { quickRedisClient } from '../redis/redis-options';
import { RateLimitedError } from '../errors';

/**
 * Fixed-window counter of failed and attempted logins per e-mail and per client address, in Redis
 * so that every API process shares it. While Redis is unreachable it counts in memory instead.
 */
@Injectable()
export class LoginRateLimiter implements OnApplicationShutdown {
  private readonly redis: Redis;
  private readonly local = new Map<string, { count: number; resetAt: number }>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.redis = quickRedisClient(config.redisUrl);
    void this.redis.connect().catch(() => undefined);
  }

  /** Counts one attempt and throws when the e-mail or the address has used up its window. */
  async hit(email: string, ip: string | undefined): Promise<void> {
    const { attempts, windowSeconds } = this.config.loginRateLimit;
    const keys = [`${this.config.queuePrefix}:login:email:${email.toLowerCase()}`];
    // The per-address limit is wider: several colleagues may sign in from one office address.
    if (ip) keys.push(`${this.config.queuePrefix}:login:ip:${ip}`);
    for (const [index, key] of keys.entries()) {
      const limit = index === 0 ? attempts : attempts * 5;
      const { count, ttl } = await this.increment(key, windowSeconds);
      if (count > limit) throw new RateLimitedError(Math.max(ttl, 1));
    }
  }

  async reset(email: string): Promise<void> {
    const key = `${this.config.queuePrefix}:login:email:${email.toLowerCase()}`;
    this.local.delete(key);
    await this.redis.del(key).catch(() => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    this.redis.disconnect();
  }

  private async increment(key: string, windowSeconds: number): Promise<{ count: number; ttl: number }> {
    try {
      const result = await this.redis.multi().incr(key).expire(key, windowSeconds, 'NX').ttl(key).exec();
      if (!result) throw new Error('redis transaction aborted');
      return { count: Number(result[0][1]), ttl: Number(result[2][1]) };
    } catch {
      const now = Date.now();
      const entry = this.local.get(key);
      const current = entry && entry.resetAt > now ? entry : { count: 0, resetAt: now + windowSeconds * 1000 };
      current.count += 1;
      this.local.set(key, current);
      return { count: current.count, ttl: Math.ceil((current.resetAt - now) / 1000) };
    }
  }
}
