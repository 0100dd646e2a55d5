import { DEFAULT_COMPANY_TIME_ZONE, isKnownTimeZone } from '@tradewind/shared';

/** A setting that is missing or wrong; its message is the one line an operator reads. */
export class ConfigError extends Error {
  constructor(readonly setting: string, detail: string) {
    super(`${setting} ${detail}`);
  }
}

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  /** API processes sharing the port (node:cluster); one JavaScript thread each. */
  apiProcesses: number;
  databaseUrl: string;
  redisUrl: string;
  /** Prefix of every BullMQ key, so several installations (or test files) can share one Redis. */
  queuePrefix: string;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  loginRateLimit: { attempts: number; windowSeconds: number };
  adminEmail?: string;
  adminPassword?: string;
  webDistDir?: string;
  graphql: { maxDepth: number; maxComplexity: number; playground: boolean };
  logLevel: 'error' | 'warn' | 'log' | 'debug';
  /** Retry policy of every job: attempts and the first backoff delay (doubling each time). */
  jobs: { attempts: number; backoffMs: number };
  /** The company calendar's IANA time zone: document dates, expiry and overdue days, job hours. */
  companyTimeZone: string;
}

type Env = Record<string, string | undefined>;

function text(env: Env, name: string, fallback?: string): string {
  const value = env[name]?.trim();
  if (value) return value;
  if (fallback !== undefined) return fallback;
  throw new ConfigError(name, 'is required but not set');
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return Number(raw);
}

function url(env: Env, name: string, fallback: string, protocols: string[]): string {
  const value = text(env, name, fallback);
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigError(name, `is not a valid URL (got "${value}")`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.map((p) => `${p}//`).join(' or ')} (got "${value}")`);
  }
  return value;
}

function oneOf<T extends string>(env: Env, name: string, fallback: T, allowed: readonly T[]): T {
  const value = text(env, name, fallback);
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}

function timeZone(env: Env, name: string, fallback: string): string {
  const value = text(env, name, fallback);
  if (!isKnownTimeZone(value)) throw new ConfigError(name, `must be an IANA time zone such as Asia/Shanghai or Europe/Berlin (got "${value}")`);
  return value;
}

const DEV_JWT_SECRET = 'tradewind-local-development-secret-do-not-use-in-production';

/** Reads and validates every setting once at start; throws ConfigError naming the first bad one. */
export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', 'development', ['development', 'production', 'test'] as const);
  const jwtSecret = text(env, 'JWT_SECRET', nodeEnv === 'production' ? undefined : DEV_JWT_SECRET);
  if (jwtSecret.length < 32) throw new ConfigError('JWT_SECRET', 'must be at least 32 characters long');
  const adminEmail = env.ADMIN_EMAIL?.trim() || undefined;
  const adminPassword = env.ADMIN_PASSWORD?.trim() || undefined;
  if (adminEmail && !adminPassword) throw new ConfigError('ADMIN_PASSWORD', 'is required when ADMIN_EMAIL is set');
  if (adminPassword && adminPassword.length < 8) throw new ConfigError('ADMIN_PASSWORD', 'must be at least 8 characters long');
  return {
    nodeEnv,
    port: integer(env, 'PORT', 3000, 1, 65535),
    apiProcesses: integer(env, 'API_PROCESSES', 1, 1, 64),
    databaseUrl: url(env, 'DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/tradewind', ['postgres:', 'postgresql:']),
    redisUrl: url(env, 'REDIS_URL', 'redis://127.0.0.1:6379', ['redis:', 'rediss:']),
    queuePrefix: text(env, 'QUEUE_PREFIX', 'tw'),
    jwtSecret,
    accessTokenTtlSeconds: integer(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, 30, 86_400),
    refreshTokenTtlSeconds: integer(env, 'REFRESH_TOKEN_TTL_SECONDS', 30 * 86_400, 60, 365 * 86_400),
    loginRateLimit: {
      attempts: integer(env, 'LOGIN_RATE_LIMIT_ATTEMPTS', 10, 1, 10_000),
      windowSeconds: integer(env, 'LOGIN_RATE_LIMIT_WINDOW_SECONDS', 900, 1, 86_400),
    },
    adminEmail,
    adminPassword,
    webDistDir: env.WEB_DIST_DIR?.trim() || undefined,
    graphql: {
      maxDepth: integer(env, 'GRAPHQL_MAX_DEPTH', 12, 2, 100),
      maxComplexity: integer(env, 'GRAPHQL_MAX_COMPLEXITY', 5000, 10, 1_000_000),
      playground: nodeEnv !== 'production',
    },
    logLevel: oneOf(env, 'LOG_LEVEL', 'log', ['error', 'warn', 'log', 'debug'] as const),
    jobs: {
      attempts: integer(env, 'JOB_ATTEMPTS', 6, 1, 100),
      backoffMs: integer(env, 'JOB_BACKOFF_MS', 1000, 1, 3_600_000),
    },
    companyTimeZone: timeZone(env, 'COMPANY_TIME_ZONE', DEFAULT_COMPANY_TIME_ZONE),
  };
}

/** Nest injection token for AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');
