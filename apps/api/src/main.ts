import 'reflect-metadata';
import cluster from 'node:cluster';
import { Logger } from '@nestjs/common';
import { checkPostgres, checkRedis, exitWith, loadConfigOrExit } from '@tradewind/platform';
import { superviseApiProcesses } from './api-processes';
import { createApiApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  if (cluster.isPrimary) {
    const postgresProblem = await checkPostgres(config.databaseUrl);
    if (postgresProblem) exitWith(postgresProblem);
    const redisProblem = await checkRedis(config.redisUrl);
    // Without Redis the API still takes writes: events wait in the outbox until it is back.
    if (redisProblem) process.stderr.write(`Warning: ${redisProblem}\n`);
    if (config.apiProcesses > 1) return superviseApiProcesses(config.apiProcesses);
  }
  const app = await createApiApp(config);
  await app.listen(config.port, '0.0.0.0');
  const which = cluster.isWorker ? ` (process ${process.pid})` : '';
  new Logger('Bootstrap').log(`API listening on http://localhost:${config.port} (GraphQL at /graphql)${which}`);
}

void main();
