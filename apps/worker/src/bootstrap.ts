import { DynamicModule, INestApplicationContext, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, startWorker } from '@tradewind/platform';
import { DECLARED_JOBS, SCHEDULES } from '@tradewind/composition';
import { WorkerModule } from './worker.module';

/** Builds and starts a worker (main and tests share it). */
export async function createWorker(
  config: AppConfig,
  options: { logger?: LoggerService | false; extraModules?: DynamicModule['imports']; extraJobs?: string[] } = {},
): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.create(config, options.extraModules), { logger: options.logger ?? undefined });
  app.enableShutdownHooks();
  await startWorker(app, { declaredJobs: [...DECLARED_JOBS, ...(options.extraJobs ?? [])], schedules: SCHEDULES });
  return app;
}
