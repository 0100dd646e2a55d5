import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(entry: string, args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', entry, ...args], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'test', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const lines = (text: string): string[] => text.split('\n').filter((l) => l.trim() !== '');

describe('process start-up problems are one clear line', () => {
  it('names the wrong setting', async () => {
    const result = await run('apps/api/src/main.ts', [], { PORT: 'eighty' });
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual(['Configuration error: PORT must be a whole number from 1 to 65535 (got "eighty")']);
  });

  it('says where PostgreSQL was looked for and how to start it', async () => {
    const result = await run('apps/api/src/main.ts', [], { DATABASE_URL: 'postgres://postgres:secret@127.0.0.1:1/tradewind' });
    expect(result.code).toBe(1);
    const output = lines(result.stderr);
    expect(output).toHaveLength(1);
    expect(output[0]).toContain('Cannot reach PostgreSQL at postgres://postgres:***@127.0.0.1:1/tradewind');
    expect(output[0]).toContain('docker compose -f docker/compose.yaml up -d postgres');
    expect(output[0]).not.toContain('secret');
  });

  it('has the worker refuse to start without Redis, saying how to start it', async () => {
    // A migrated database, so the only thing missing is Redis (the default database may not exist here).
    const { createTestDatabase } = await import('../../../test/harness/databases');
    const result = await run('apps/worker/src/main.ts', [], { REDIS_URL: 'redis://127.0.0.1:1', DATABASE_URL: await createTestDatabase() });
    expect(result.code).toBe(1);
    const output = lines(result.stderr);
    expect(output).toHaveLength(1);
    expect(output[0]).toMatch(/^Cannot reach Redis at redis:\/\/127\.0\.0\.1:1.*redis-server .*docker compose -f docker\/compose\.yaml up -d redis$/);
  });

  it('prints exactly one JSON document on stdout with --json', async () => {
    const { createTestDatabase } = await import('../../../test/harness/databases');
    const databaseUrl = await createTestDatabase();
    const result = await run('apps/cli/src/main.ts', ['users:create', '--email', 'cli@example.test', '--password', 'correct-horse', '--role', 'admin', '--json'], { DATABASE_URL: databaseUrl });
    expect(result.code).toBe(0);
    expect(lines(result.stdout)).toHaveLength(1);
    expect(JSON.parse(result.stdout)).toEqual({ id: expect.any(String), email: 'cli@example.test', role: 'admin' });
  });

  it('reports a CLI failure as one line and a non-zero exit', async () => {
    const result = await run('apps/cli/src/main.ts', ['users:create', '--email', 'x@example.test', '--password', 'correct-horse', '--role', 'emperor'], {});
    expect(result.code).toBe(1);
    expect(lines(result.stderr)).toEqual(['Error: --role must be one of admin, manager, sales, merchandiser, logistics, finance (got "emperor")']);
  });
});
