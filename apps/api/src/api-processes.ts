import cluster from 'node:cluster';
import { Logger } from '@nestjs/common';

const RESTART_DELAY_MS = 1000;

/**
 * Runs `count` API processes on one port (node:cluster hands each connection to one of them). Every
 * request runs on one JavaScript thread, so one process cannot use a second core; the API keeps no
 * state between requests (sessions are tokens, rate limits live in Redis), so any process may answer.
 * This primary only supervises: it replaces a process that dies and passes a stop signal on to all.
 */
export function superviseApiProcesses(count: number): void {
  const logger = new Logger('ApiProcesses');
  let stopping = false;
  const running = (): number => Object.keys(cluster.workers ?? {}).length;

  for (let i = 0; i < count; i++) cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (running() === 0) process.exit(0);
      return;
    }
    logger.error(`API process ${worker.process.pid} stopped (${signal ?? `exit code ${code}`}); starting another`);
    // Not at once: a process that cannot start would otherwise be restarted in a tight loop.
    setTimeout(() => {
      if (!stopping) cluster.fork();
    }, RESTART_DELAY_MS);
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      stopping = true;
      if (running() === 0) process.exit(0);
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    });
  }
  logger.log(`started ${count} API processes`);
}
