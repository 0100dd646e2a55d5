import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { checkPostgres, checkRedis, exitWith, HandlerRegistryError, loadConfigOrExit } from '@tradewind/platform';
import { createWorker } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const problem = (await checkPostgres(config.databaseUrl)) ?? (await checkRedis(config.redisUrl));
  if (problem) exitWith(problem);
  try {
    await createWorker(config);
  } catch (error) {
    if (error instanceof HandlerRegistryError) exitWith(`Worker refused to start: ${error.message}`);
    throw error;
  }
  new Logger('Bootstrap').log('worker running');
}

void main();
