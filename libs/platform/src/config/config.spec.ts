import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('serves a local machine with defaults', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/tradewind');
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(config.port).toBe(3000);
    expect(config.apiProcesses).toBe(1);
    expect(loadConfig({ API_PROCESSES: '2' }).apiProcesses).toBe(2);
    expect(config.companyTimeZone).toBe('Asia/Shanghai');
    expect(loadConfig({ COMPANY_TIME_ZONE: 'Asia/Ho_Chi_Minh' }).companyTimeZone).toBe('Asia/Ho_Chi_Minh');
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT must be a whole number from 1 to 65535 (got "eighty")'],
    [{ API_PROCESSES: '0' }, 'API_PROCESSES must be a whole number from 1 to 64 (got "0")'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL must start with postgres:// or postgresql:// (got "mysql://x")'],
    [{ REDIS_URL: 'not a url' }, 'REDIS_URL is not a valid URL (got "not a url")'],
    [{ NODE_ENV: 'production' }, 'JWT_SECRET is required but not set'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET must be at least 32 characters long'],
    [{ ADMIN_EMAIL: 'a@b.c' }, 'ADMIN_PASSWORD is required when ADMIN_EMAIL is set'],
    [{ COMPANY_TIME_ZONE: 'GMT+8' }, 'COMPANY_TIME_ZONE must be an IANA time zone such as Asia/Shanghai or Europe/Berlin (got "GMT+8")'],
  ])('names the setting that is wrong: %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
