import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createTestDatabase } from '../../../test/harness/databases';
import { clearQueues, eventually, testConfig } from '../../../test/harness/test-app';

const ROOT = join(__dirname, '../../..');

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

/** Live processes whose parent is `pid` (from /proc: the 4th field of stat is the parent's pid). */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false; // exited meanwhile
      }
    })
    .map(Number);
}

describe('API_PROCESSES: several API processes on one port', () => {
  const queuePrefix = `twproc${randomBytes(4).toString('hex')}`;
  let primary: ChildProcess;
  let output = '';
  let port: number;
  const listeningLines = (): number => output.split('\n').filter((l) => l.includes('API listening on')).length;

  beforeAll(async () => {
    port = await freePort();
    primary = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env, NODE_ENV: 'test', PORT: String(port), API_PROCESSES: '2', DATABASE_URL: await createTestDatabase(),
        QUEUE_PREFIX: queuePrefix, ADMIN_EMAIL: 'first-admin@example.test', ADMIN_PASSWORD: 'correct-horse', LOG_LEVEL: 'log',
      },
    });
    primary.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    primary.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  });

  afterAll(async () => {
    if (primary.exitCode === null && primary.signalCode === null) primary.kill('SIGKILL');
    await clearQueues(await testConfig({ QUEUE_PREFIX: queuePrefix }));
  });

  const login = async (): Promise<string | undefined> => {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }', variables: { i: { email: 'first-admin@example.test', password: 'correct-horse' } } }),
    });
    return ((await response.json()) as { data?: { login: { accessToken: string } } }).data?.login.accessToken;
  };

  it('starts the processes, creates the first admin once, replaces a process that dies and stops them all on SIGTERM', async () => {
    await eventually(async () => listeningLines() === 2, 60_000, `two API processes listening (output so far: ${output})`);
    const started = childrenOf(primary.pid!);
    expect(started).toHaveLength(2);
    // Both started on an empty database and raced to create the first admin: one admin, and it signs in.
    expect(output).not.toMatch(/stopped \(/);
    expect(output.match(/created the first admin/g)).toHaveLength(1);
    for (let i = 0; i < 4; i++) expect(await login()).toEqual(expect.any(String));

    process.kill(started[0], 'SIGKILL');
    await eventually(async () => listeningLines() === 3, 60_000, 'a replacement process');
    expect(output).toContain(`API process ${started[0]} stopped (SIGKILL); starting another`);
    const now = childrenOf(primary.pid!);
    expect(now).toHaveLength(2);
    expect(now).toContain(started[1]);
    expect(now).not.toContain(started[0]);
    expect(await login()).toEqual(expect.any(String));

    const exited = once(primary, 'exit');
    primary.kill('SIGTERM');
    const [code] = await exited;
    expect(code).toBe(0);
    expect(now.filter((pid) => readdirSync('/proc').includes(String(pid)))).toEqual([]);
  }, 180_000); // three process starts of up to a minute each on a loaded machine
});
