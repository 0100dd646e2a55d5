import { AppConfig } from '../config/config';
import { TokenService } from './token-service';

describe('TokenService access tokens', () => {
  const config = { jwtSecret: 'a-test-secret-that-is-long-enough-0123456789', accessTokenTtlSeconds: 60 } as AppConfig;
  const claims = { userId: '6f1c2f5e-8a4b-4c1d-9e2f-3a4b5c6d7e8f', email: 'lin@example.test', role: 'sales' as const, teamId: null };

  afterEach(() => jest.useRealTimers());

  it('gives the signed claims back, again when the same token comes with the next request', async () => {
    const tokens = new TokenService(config);
    const token = await tokens.signAccessToken(claims);
    expect(await tokens.verifyAccessToken(token)).toEqual(claims);
    expect(await tokens.verifyAccessToken(token)).toEqual(claims);
  });

  it('refuses a token signed with another key or altered, even after verifying the genuine one', async () => {
    const tokens = new TokenService(config);
    const token = await tokens.signAccessToken(claims);
    await tokens.verifyAccessToken(token);
    const foreign = await new TokenService({ ...config, jwtSecret: 'another-secret-that-is-long-enough-9876543210' }).signAccessToken(claims);
    await expect(tokens.verifyAccessToken(foreign)).rejects.toMatchObject({ message: 'access token is invalid' });
    const [header, payload, signature] = token.split('.');
    const admin = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), role: 'admin' })).toString('base64url');
    await expect(tokens.verifyAccessToken(`${header}.${admin}.${signature}`)).rejects.toMatchObject({ message: 'access token is invalid' });
  });

  it('refuses a token that has expired since it was last verified', async () => {
    jest.useFakeTimers({ now: new Date('2026-12-04T10:00:00Z') });
    const tokens = new TokenService(config);
    const token = await tokens.signAccessToken(claims);
    await tokens.verifyAccessToken(token);
    jest.setSystemTime(new Date('2026-12-04T10:00:59Z'));
    expect(await tokens.verifyAccessToken(token)).toEqual(claims);
    jest.setSystemTime(new Date('2026-12-04T10:01:00Z'));
    await expect(tokens.verifyAccessToken(token)).rejects.toMatchObject({ message: 'access token has expired' });
    await expect(tokens.verifyAccessToken(token)).rejects.toMatchObject({ message: 'access token has expired' });
  });
});
