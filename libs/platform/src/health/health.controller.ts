import { Controller, Get, HttpStatus, Inject, OnApplicationShutdown, Res } from '@nestjs/common';
import type { Response } from 'express';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { Public } from '../auth/access.decorators';
import { withTimeout } from '../async/with-timeout';
import { APP_CONFIG, AppConfig } from '../config/config';
import { quickRedisClient } from '../redis/redis-options';

async function probe(check: () => Promise<unknown>): Promise<'up' | 'down'> {
  try {
    await withTimeout(check(), 2000, 'no answer within 2 s');
    return 'up';
  } catch {
    return 'down';
  }
}

@Controller()
export class HealthController implements OnApplicationShutdown {
  private readonly redis: Redis;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.redis = quickRedisClient(config.redisUrl);
  }

  /** Liveness: the process answers. */
  @Public()
  @Get('health')
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: PostgreSQL and Redis answer. 503 otherwise, naming which one is down. */
  @Public()
  @Get('ready')
  async ready(@Res() res: Response): Promise<void> {
    const [postgres, redis] = await Promise.all([
      probe(() => this.dataSource.query('SELECT 1')),
      probe(async () => {
        if (this.redis.status !== 'ready') await this.redis.connect().catch(() => undefined);
        return this.redis.ping();
      }),
    ]);
    const ok = postgres === 'up' && redis === 'up';
    res.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json({ status: ok ? 'ready' : 'not ready', postgres, redis });
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
