import { SignJWT } from 'jose';
import { DataSource } from 'typeorm';
import { ApiToken } from '@tradewind/platform';
import { clearQueues, TestApi, testConfig } from '../../../test/harness/test-app';

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken expiresIn user { email role } } }';
const ME = '{ me { email role } }';
const REFRESH = 'mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }';

describe('authentication and authorisation', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await TestApi.start(await testConfig({ LOGIN_RATE_LIMIT_ATTEMPTS: '5' }));
  });

  afterAll(async () => {
    await api.close();
    await clearQueues(api.config);
  });

  it('signs in with the right password and answers me', async () => {
    const user = await api.createUser({ role: 'sales', email: 'Liu.Yang@Example.test' });
    const { login } = await api.ok<{ login: { accessToken: string; expiresIn: number; user: { email: string } } }>(LOGIN, {
      input: { email: 'liu.yang@example.test', password: 'correct-horse' },
    });
    expect(login.user.email).toBe(user.email);
    expect(login.expiresIn).toBe(900);
    const { me } = await api.ok<{ me: { email: string; role: string } }>(ME, {}, login.accessToken);
    expect(me).toEqual({ email: 'liu.yang@example.test', role: 'sales' });
  });

  it('refuses a wrong password without saying whether the e-mail exists', async () => {
    const user = await api.createUser({ role: 'sales' });
    const wrong = await api.graphql(LOGIN, { input: { email: user.email, password: 'nope-nope' } });
    const unknown = await api.graphql(LOGIN, { input: { email: 'nobody@example.test', password: 'nope-nope' } });
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
  });

  it('requires a token for everything but login', async () => {
    const result = await api.graphql(ME);
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses expired, forged and unsigned access tokens', async () => {
    const user = await api.createUser({ role: 'admin' });
    const claims = { email: user.email, role: 'admin', team: null, typ: 'access' };
    const rightKey = new TextEncoder().encode(api.config.jwtSecret);
    const expired = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject(user.id).setIssuer('tradewind')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 3600).setExpirationTime(Math.floor(Date.now() / 1000) - 60).sign(rightKey);
    const forged = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject(user.id).setIssuer('tradewind')
      .setExpirationTime('10m').sign(new TextEncoder().encode('an-attacker-secret-that-is-long-enough-123'));
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${Buffer.from(JSON.stringify({ ...claims, sub: user.id, iss: 'tradewind' })).toString('base64url')}.`;
    const results = await Promise.all([expired, forged, unsigned, 'garbage'].map((t) => api.graphql(ME, {}, t)));
    expect(results.map((r) => r.errors?.[0].extensions?.code)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect(results[0].errors?.[0].extensions?.reason).toBe('TOKEN_EXPIRED');
    expect(results[1].errors?.[0].extensions?.reason).toBe('TOKEN_INVALID');
  });

  it('rotates refresh tokens and revokes the session when an old one is replayed', async () => {
    const user = await api.createUser({ role: 'sales' });
    const first = await api.login(user.email);
    const second = (await api.ok<{ refreshSession: { refreshToken: string; accessToken: string } }>(REFRESH, { t: first.refreshToken })).refreshSession;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await api.ok<{ me: { email: string } }>(ME, {}, second.accessToken)).me.email).toBe(user.email);

    const replay = await api.graphql(REFRESH, { t: first.refreshToken });
    expect(replay.errors?.[0].extensions?.reason).toBe('REFRESH_TOKEN_REVOKED');
    // The replay revoked the whole session, so the legitimate newer token is dead too.
    const afterReplay = await api.graphql(REFRESH, { t: second.refreshToken });
    expect(afterReplay.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('logs out by revoking the session', async () => {
    const user = await api.createUser({ role: 'sales' });
    const session = await api.login(user.email);
    await api.ok('mutation($t: String!) { logout(refreshToken: $t) }', { t: session.refreshToken });
    const result = await api.graphql(REFRESH, { t: session.refreshToken });
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rate-limits logins per e-mail, even with the right password afterwards', async () => {
    const user = await api.createUser({ role: 'sales' });
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await api.graphql(LOGIN, { input: { email: user.email, password: 'wrong-password' } });
      codes.push(r.errors?.[0].extensions?.code);
    }
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(codes[5]).toBe('TOO_MANY_REQUESTS');
    const right = await api.graphql(LOGIN, { input: { email: user.email, password: 'correct-horse' } });
    expect(right.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(right.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("lets users set their own language and time zone, and names a zone it does not know", async () => {
    const { token, user } = await api.signedIn('sales');
    const PREFS = 'mutation($i: UpdateMyPreferencesInput!) { updateMyPreferences(input: $i) { id language timeZone role } }';
    const { updateMyPreferences } = await api.ok<{ updateMyPreferences: { id: string; language: string; timeZone: string; role: string } }>(PREFS, { i: { language: 'en', timeZone: 'Europe/Berlin' } }, token);
    expect(updateMyPreferences).toEqual({ id: user.id, language: 'en', timeZone: 'Europe/Berlin', role: 'sales' });
    const bad = await api.graphql(PREFS, { i: { timeZone: 'Mars/Olympus' } }, token);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.timeZone', message: 'unknown time zone "Mars/Olympus"' }] });
    const { me } = await api.ok<{ me: { language: string; timeZone: string } }>('{ me { language timeZone } }', {}, token);
    expect(me).toEqual({ language: 'en', timeZone: 'Europe/Berlin' });
  });

  it('keeps admin mutations from other roles', async () => {
    const { token } = await api.signedIn('sales');
    const result = await api.graphql('mutation { createTeam(input: { name: "Sneaky" }) { id } }', {}, token);
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses deactivated users at login and at refresh', async () => {
    const { token: adminToken } = await api.signedIn('admin');
    const user = await api.createUser({ role: 'sales' });
    const session = await api.login(user.email);
    await api.ok('mutation($id: ID!) { setUserActive(id: $id, active: false) { active } }', { id: user.id }, adminToken);
    expect((await api.graphql(REFRESH, { t: session.refreshToken })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.graphql(LOGIN, { input: { email: user.email, password: 'correct-horse' } })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  describe('API tokens', () => {
    const CREATE = 'mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id prefix scopes } } }';

    async function issue(scopes: string[]): Promise<{ token: string; id: string }> {
      const { token: adminToken } = await api.signedIn('admin');
      const data = await api.ok<{ createApiToken: { token: string; apiToken: { id: string; prefix: string } } }>(CREATE, { input: { name: 'ERP sync', scopes } }, adminToken);
      expect(data.createApiToken.token.startsWith(data.createApiToken.apiToken.prefix)).toBe(true);
      return { token: data.createApiToken.token, id: data.createApiToken.apiToken.id };
    }

    it('stores only a hash of the token and records its last use', async () => {
      const { token, id } = await issue(['crm:read']);
      const stored = await api.dataSource.getRepository(ApiToken).findOneByOrFail({ id });
      expect(stored.tokenHash).not.toContain(token);
      expect(JSON.stringify(stored)).not.toContain(token.slice(12));
      expect(stored.lastUsedAt).toBeNull();
      await api.ok('{ users(first: 5) { totalCount } }', {}, token);
      const used = await (api.dataSource as DataSource).getRepository(ApiToken).findOneByOrFail({ id });
      expect(used.lastUsedAt).toBeInstanceOf(Date);
    });

    it('allows what its scopes allow and nothing else', async () => {
      const { token } = await issue(['crm:read']);
      expect((await api.graphql('{ users(first: 5) { totalCount } }', {}, token)).errors).toBeUndefined();
      const admin = await api.graphql('mutation { createTeam(input: { name: "Via token" }) { id } }', {}, token);
      expect(admin.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(admin.errors?.[0].message).toContain('"admin" scope');
      // Operations without a declared scope are closed to integrations altogether.
      const issueAnother = await api.graphql(CREATE, { input: { name: 'x', scopes: ['crm:read'] } }, token);
      expect(issueAnother.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('stops working the moment it is revoked', async () => {
      const { token, id } = await issue(['crm:read']);
      const { token: adminToken } = await api.signedIn('admin');
      await api.ok('mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }', { id }, adminToken);
      const result = await api.graphql('{ users(first: 5) { totalCount } }', {}, token);
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(result.errors?.[0].extensions?.reason).toBe('API_TOKEN_INVALID');
    });

    it('lists the tokens to admins only, with their prefix and scopes but never the secret', async () => {
      const { token, id } = await issue(['orders:read']);
      const LIST = '{ apiTokens(first: 100) { totalCount nodes { id name prefix scopes revokedAt } } }';
      const { token: adminToken } = await api.signedIn('admin');
      const response = await api.graphql<{ apiTokens: { nodes: { id: string; name: string; prefix: string; scopes: string[]; revokedAt: string | null }[] } }>(LIST, {}, adminToken);
      expect(JSON.stringify(response)).not.toContain(token.slice(12));
      const listed = response.data?.apiTokens.nodes.find((t) => t.id === id);
      expect(listed).toEqual({ id, name: 'ERP sync', prefix: expect.any(String), scopes: ['orders:read'], revokedAt: null });
      expect(token.startsWith(listed!.prefix)).toBe(true);
      const { token: salesToken } = await api.signedIn('sales');
      expect((await api.graphql(LIST, {}, salesToken)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      // Nor through a token: listing tokens is not something an integration's scopes grant.
      expect((await api.graphql(LIST, {}, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('names the bad field when the input is invalid', async () => {
      const { token: adminToken } = await api.signedIn('admin');
      const result = await api.graphql(CREATE, { input: { name: 'x', scopes: ['crm:read', 'root'] } }, adminToken);
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.fields).toEqual([{ path: 'input.scopes', message: expect.stringContaining('crm:read') }]);
    });
  });

  it('keeps at least one active admin: the last one can be neither deactivated nor given another role', async () => {
    const first = await api.signedIn('admin');
    const second = await api.signedIn('admin');
    // Only these two stay active admins (the other tests made more).
    await api.dataSource.query("UPDATE app_user SET active = false WHERE role = 'admin' AND id <> ALL($1::uuid[])", [[first.user.id, second.user.id]]);
    const ACTIVE = 'mutation($id: ID!, $a: Boolean!) { setUserActive(id: $id, active: $a) { active } }';
    const ROLE = 'mutation($id: ID!, $r: Role!) { updateUser(id: $id, input: { role: $r }) { role } }';
    expect(await api.ok(ACTIVE, { id: second.user.id, a: false }, first.token)).toEqual({ setUserActive: { active: false } });
    const lastOut = await api.graphql(ACTIVE, { id: first.user.id, a: false }, first.token);
    expect(lastOut.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', reason: 'USER_LAST_ADMIN' });
    const demoted = await api.graphql(ROLE, { id: first.user.id, r: 'manager' }, first.token);
    expect(demoted.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', reason: 'USER_LAST_ADMIN' });
    const [still] = await api.dataSource.query('SELECT role, active FROM app_user WHERE id = $1', [first.user.id]);
    expect(still).toEqual({ role: 'admin', active: true });
    // With another admin back, the first may step down.
    await api.ok(ACTIVE, { id: second.user.id, a: true }, first.token);
    expect(await api.ok(ROLE, { id: first.user.id, r: 'manager' }, first.token)).toEqual({ updateUser: { role: 'manager' } });
  });
});
