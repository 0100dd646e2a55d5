import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { benchDatabaseUrl, REDIS_URL } from '../environment';
import { BENCH_PASSWORD } from '../generate/users.generator';
import { probe } from '../load/http-load';
import { deleteKeysWithPrefix, uniqueQueuePrefix } from '../redis-keys';
import { ChildServer } from './child-server';

const SERVER = join(__dirname, 'api-server.ts');
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }';

/** The real API in a child process on the bench database, with a queue prefix of its own. */
export class BenchApi {
  private constructor(
    readonly server: ChildServer,
    private readonly queuePrefix: string,
  ) {}

  static async start(): Promise<BenchApi> {
    const queuePrefix = uniqueQueuePrefix();
    const server = await ChildServer.start(SERVER, {
      NODE_ENV: 'production',
      DATABASE_URL: benchDatabaseUrl(),
      REDIS_URL,
      QUEUE_PREFIX: queuePrefix,
      JWT_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'error',
    });
    return new BenchApi(server, queuePrefix);
  }

  get graphqlUrl(): string {
    return `${this.server.url}/graphql`;
  }

  /** Headers of a request signed in as `email` (one of BENCH_ACCOUNTS) with BENCH_PASSWORD. */
  async signIn(email: string): Promise<Record<string, string>> {
    const body = JSON.stringify({ query: LOGIN, variables: { input: { email, password: BENCH_PASSWORD } } });
    const answer = JSON.parse(await probe(this.graphqlUrl, body)) as { data: { login: { accessToken: string } } };
    return { authorization: `Bearer ${answer.data.login.accessToken}` };
  }

  async stop(): Promise<void> {
    await this.server.stop();
    await deleteKeysWithPrefix(this.queuePrefix);
  }
}
