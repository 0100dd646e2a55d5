// Child process: the real API, wired exactly as apps/api/src/main.ts does, configured from the environment
// (API_PROCESSES=2 pnpm bench … measures two API processes on one port, as in production).
import 'reflect-metadata';
import cluster from 'node:cluster';
import { loadConfig } from '@tradewind/platform';
import { superviseApiProcesses } from '../../../apps/api/src/api-processes';
import { createApiApp } from '../../../apps/api/src/bootstrap';
import { announceListening } from './server-message';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  if (cluster.isPrimary && config.apiProcesses > 1) {
    let listening = 0;
    cluster.on('listening', (_worker, address) => {
      if (++listening === config.apiProcesses) announceListening(address.port);
    });
    superviseApiProcesses(config.apiProcesses);
    return;
  }
  const app = await createApiApp(config, false);
  await app.listen(0, '127.0.0.1');
  if (cluster.isPrimary) announceListening(Number(new URL(await app.getUrl()).port));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
