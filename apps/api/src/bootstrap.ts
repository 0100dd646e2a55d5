import { INestApplication, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig, configureHttpApp, ensureFirstAdmin, UsersService } from '@tradewind/platform';
import { ApiModule } from './app.module';

/** Builds the API application (used by main and by the tests, so both run the same wiring). */
export async function createApiApp(config: AppConfig, logger?: LoggerService | false): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.create(config), { logger: logger ?? undefined, bodyParser: false });
  configureHttpApp(app, { webDistDir: config.webDistDir });
  await app.init();
  await ensureFirstAdmin(app.get(UsersService), config);
  return app;
}
