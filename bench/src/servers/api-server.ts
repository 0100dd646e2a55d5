// Child process: the real API, wired exactly as apps/api/src/main.ts does, configured from the environment.
import 'reflect-metadata';
import { loadConfig } from '@tradewind/platform';
import { createApiApp } from '../../../apps/api/src/bootstrap';
import { announceListening } from './server-message';

async function main(): Promise<void> {
  const app = await createApiApp(loadConfig(process.env), false);
  await app.listen(0, '127.0.0.1');
  announceListening(Number(new URL(await app.getUrl()).port));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
