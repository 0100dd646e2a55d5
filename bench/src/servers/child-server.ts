import { ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { API_V8_FLAGS, cpuProfileFlags, REPO_ROOT } from '../environment';
import { isListeningMessage } from './server-message';

const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

/**
 * A server under test in its own Node process (compiled on the fly like `pnpm dev:api`), so it gets
 * its own event loop and competes with the load generator for the cores the way a real one would.
 */
export class ChildServer {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  static async start(entry: string, env: Record<string, string> = {}): Promise<ChildServer> {
    const child = fork(entry, [], {
      cwd: REPO_ROOT,
      execArgv: [...API_V8_FLAGS, '-r', '@swc-node/register', ...cpuProfileFlags()],
      env: { ...process.env, ...env },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    try {
      const port = await new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${entry} did not start within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
        child.on('message', (message) => {
          if (!isListeningMessage(message)) return;
          clearTimeout(timer);
          resolve(message.port);
        });
        child.once('exit', (code, signal) => {
          clearTimeout(timer);
          reject(new Error(`${entry} exited during start (${signal ?? `code ${code}`})`));
        });
      });
      return new ChildServer(child, `http://127.0.0.1:${port}`);
    } catch (error) {
      child.kill('SIGKILL');
      throw error;
    }
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  /** Asks for a graceful shutdown (Nest's shutdown hooks), and kills the process if it hangs. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = once(this.child, 'exit');
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  }
}
