import { ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * A private, real Redis server a test may crash and start again without disturbing other test files.
 * It keeps an append-only file like the Redis of docker/compose.yaml, so what it acknowledged before a
 * crash is there after the restart.
 */
export class DisposableRedis {
  private process?: ChildProcess;

  private constructor(readonly port: number, private readonly dataDir: string) {}

  static async start(): Promise<DisposableRedis> {
    const redis = new DisposableRedis(await freePort(), await mkdtemp(join(tmpdir(), 'tradewind-redis-')));
    await redis.start();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.process = spawn('redis-server', [
      '--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'yes', '--dir', this.dataDir,
    ], { stdio: 'ignore' });
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      const client = new Redis({ port: this.port, host: '127.0.0.1', lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
      client.on('error', () => undefined);
      try {
        await client.connect();
        await client.ping();
        client.disconnect();
        return;
      } catch {
        client.disconnect();
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    throw new Error(`redis-server on port ${this.port} did not start`);
  }

  /** Kills the server the way a crash would (SIGKILL): no shutdown save, only what the append-only file holds. */
  async crash(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
    this.process = undefined;
  }

  /** Stops the server for good and deletes its files. */
  async destroy(): Promise<void> {
    await this.crash();
    await rm(this.dataDir, { recursive: true, force: true });
  }
}
