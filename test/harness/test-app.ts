import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { DynamicModule, INestApplication, INestApplicationContext, LoggerService } from '@nestjs/common';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { AppConfig, loadConfig, Role, runAsSystem, User, UsersService } from '@tradewind/platform';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { createWorker } from '../../apps/worker/src/bootstrap';
import { createTestDatabase } from './databases';

export interface GraphqlResponse<T> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; reason?: string; fields?: { path: string; message: string; messageZh?: string }[] } & Record<string, unknown> }[];
}

/** Configuration of one test file: its own database and its own Redis key prefix. */
export async function testConfig(env: Record<string, string> = {}): Promise<AppConfig> {
  const databaseUrl = await createTestDatabase();
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    QUEUE_PREFIX: `twt${randomBytes(4).toString('hex')}`,
    JOB_ATTEMPTS: '3',
    JOB_BACKOFF_MS: '50',
    LOG_LEVEL: 'error',
    ...env,
  });
}

export class TestApi {
  private constructor(
    readonly app: INestApplication,
    readonly config: AppConfig,
    readonly url: string,
  ) {}

  static async start(config: AppConfig): Promise<TestApi> {
    const app = await createApiApp(config, false);
    await app.listen(0, '127.0.0.1');
    return new TestApi(app, config, (await app.getUrl()).replace('[::1]', '127.0.0.1'));
  }

  get dataSource(): DataSource {
    return this.app.get(DataSource);
  }

  async graphql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphqlResponse<T>> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphqlResponse<T>;
  }

  /** Like graphql(), but fails the test with the server's errors when there are any. */
  async ok<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const result = await this.graphql<T>(query, variables, token);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  async createUser(data: { role: Role; email?: string; password?: string; teamId?: string | null; displayName?: string }): Promise<User> {
    const email = data.email ?? `${data.role}-${randomBytes(4).toString('hex')}@example.test`;
    return runAsSystem('test', () =>
      this.app.get(UsersService).create({ email, password: data.password ?? 'correct-horse', role: data.role, teamId: data.teamId ?? null, displayName: data.displayName }),
    );
  }

  async login(email: string, password = 'correct-horse'): Promise<{ accessToken: string; refreshToken: string }> {
    const data = await this.ok<{ login: { accessToken: string; refreshToken: string } }>(
      'mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }',
      { input: { email, password } },
    );
    return data.login;
  }

  /** Creates a user and returns an access token for them. */
  async signedIn(role: Role, extra: { teamId?: string | null; email?: string } = {}): Promise<{ user: User; token: string }> {
    const user = await this.createUser({ role, ...extra });
    const { accessToken } = await this.login(user.email);
    return { user, token: accessToken };
  }

  async close(): Promise<void> {
    await this.app.close();
  }
}

export async function startTestWorker(
  config: AppConfig,
  extra: { modules?: DynamicModule['imports']; jobs?: string[]; logger?: LoggerService } = {},
): Promise<INestApplicationContext> {
  return createWorker(config, { logger: extra.logger ?? false, extraModules: extra.modules, extraJobs: extra.jobs });
}

/** Removes a test file's BullMQ keys from the shared Redis. */
export async function clearQueues(config: AppConfig): Promise<void> {
  const redis = new Redis(config.redisUrl);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${config.queuePrefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** Polls until `check` returns true (for asynchronous effects such as event handlers). */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 15_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}
