import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLObjectType } from 'graphql';
import { NEST_PROPERTY_RESOLVER } from '@tradewind/platform';
import { clearQueues, TestApi, testConfig } from '../../../test/harness/test-app';

describe('GraphQL conventions', () => {
  let api: TestApi;
  let adminToken: string;

  beforeAll(async () => {
    api = await TestApi.start(await testConfig({ GRAPHQL_MAX_DEPTH: '2', GRAPHQL_MAX_COMPLEXITY: '500' }));
    adminToken = (await api.signedIn('admin', { email: 'aaa-admin@example.test' })).token;
    for (let i = 0; i < 5; i++) await api.createUser({ role: 'sales', email: `page-${i}@example.test`, displayName: `Page ${i}` });
  });

  afterAll(async () => {
    await api.close();
    await clearQueues(api.config);
  });

  it('pages through a list with first/after and reports totalCount', async () => {
    const QUERY = 'query($after: String) { users(first: 2, after: $after, filter: { search: "page-" }) { totalCount pageInfo { hasNextPage endCursor } nodes { email } } }';
    type Page = { users: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { email: string }[] } };
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const { users }: Page = await api.ok<Page>(QUERY, { after }, adminToken);
      expect(users.totalCount).toBe(5);
      seen.push(...users.nodes.map((n) => n.email));
      after = users.pageInfo.hasNextPage ? users.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual([0, 1, 2, 3, 4].map((i) => `page-${i}@example.test`));
  });

  it('caps page sizes and refuses cursors it did not issue', async () => {
    const tooBig = await api.graphql('{ users(first: 150) { totalCount } }', {}, adminToken);
    expect(tooBig.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooBig.errors?.[0].extensions?.fields).toEqual([{ path: 'first', message: expect.stringContaining('100') }]);
    const forged = await api.graphql('{ users(first: 5, after: "bm90LWEtY3Vyc29y") { totalCount } }', {}, adminToken);
    expect(forged.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('names every invalid field of an input', async () => {
    const result = await api.graphql('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
      input: { email: 'not-an-email', password: 'short', role: 'sales' },
    }, adminToken);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fields = result.errors?.[0].extensions?.fields ?? [];
    expect(fields.map((f) => f.path).sort()).toEqual(['input.email', 'input.password']);
    expect(result.errors?.[0].message).toContain('input.password: must be at least 8 characters long');
  });

  it('tells a malformed id from a missing record', async () => {
    const malformed = await api.graphql('{ user(id: "42") { id } }', {}, adminToken);
    expect(malformed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(malformed.errors?.[0].extensions?.fields).toEqual([{ path: 'id', message: '"42" is not an id' }]);
    const missing = await api.graphql('{ user(id: "6f1c2f5e-8a4b-4c1d-9e2f-3a4b5c6d7e8f") { id } }', {}, adminToken);
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses queries deeper than the limit', async () => {
    const deep = '{ users { nodes { id } } }';
    const allowed = await api.graphql(deep, {}, adminToken);
    expect(allowed.errors).toBeUndefined();
    // Fragments do not hide depth.
    const tooDeep = 'query Deep { ...A } fragment A on Query { users { edges { node { ...B } } } } fragment B on User { id }';
    const result = await api.graphql(tooDeep, {}, adminToken);
    expect(result.errors?.[0].message).toMatch(/exceeds maximum operation depth of 2/);
  });

  it('refuses queries whose estimated cost is above the limit', async () => {
    const result = await api.graphql('{ a: users(first: 100) { nodes { id email displayName role teamId active } } b: users(first: 100) { nodes { id email } } }', {}, adminToken);
    expect(result.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors?.[0].message).toContain('the limit is 500');
  });

  it('estimates the same document again for other page sizes and @include conditions', async () => {
    const query = 'query($n: Int, $more: Boolean!) { a: users(first: $n) { nodes { id email displayName role teamId active } } b: users(first: 100) @include(if: $more) { nodes { id email displayName role } } }';
    const costOf = async (variables: Record<string, unknown>) => (await api.graphql(query, variables, adminToken)).errors?.[0]?.message ?? 'allowed';
    expect(await costOf({ n: 10, more: false })).toBe('allowed');
    expect(await costOf({ n: 100, more: false })).toMatch(/^query is too complex: \d+ points, the limit is 500/);
    expect(await costOf({ n: 10, more: false })).toBe('allowed');
    expect(await costOf({ n: 10, more: true })).toMatch(/^query is too complex/);
  });

  it('answers variables that do not fit the operation as BAD_USER_INPUT naming the variable, not as an internal error', async () => {
    const wrongType = await api.graphql('query($n: Int!) { users(first: $n) { totalCount } }', { n: 'ten' }, adminToken);
    expect(wrongType.errors).toEqual([{ message: 'Variable "$n" got invalid value "ten"; Int cannot represent non-integer value: "ten"', locations: [{ line: 1, column: 7 }], extensions: { code: 'BAD_USER_INPUT' } }]);
    const missingField = await api.graphql('mutation($i: UpdateProductInput!) { updateProduct(id: "01a24398-d251-7039-8d97-e3af76b16cd2", input: $i) { id } }', { i: { listPrices: [] } }, adminToken);
    expect(missingField.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'Variable "$i" got invalid value { listPrices: [] }; Field "version" of required type "Int!" was not provided.'],
    ]);
  });

  it('looks for prefetched values only on resolved fields, leaving plain properties to Nest\'s own resolver', () => {
    const order = api.app.get(GraphQLSchemaHost).schema.getType('Order') as GraphQLObjectType;
    // If Nest renames its property resolver, every field gets the wrapper again: this fails first.
    expect(order.getFields().number.resolve?.name).toBe(NEST_PROPERTY_RESOLVER);
    expect(order.getFields().owner.resolve?.name).toBe('prefetchedOrResolved');
  });

  it('records who changed what in the audit log', async () => {
    const { createUser } = await api.ok<{ createUser: { id: string } }>('mutation { createUser(input: { email: "audited@example.test", password: "correct-horse", role: finance }) { id } }', {}, adminToken);
    const { auditLog } = await api.ok<{ auditLog: { nodes: { action: string; actorLabel: string; entityType: string; changes: unknown }[] } }>(
      'query($id: ID!) { auditLog(first: 10, entityId: $id) { nodes { action actorLabel entityType changes } } }', { id: createUser.id }, adminToken);
    expect(auditLog.nodes).toEqual([{ action: 'created', actorLabel: 'aaa-admin@example.test', entityType: 'user', changes: { role: { from: null, to: 'finance' } } }]);
  });

  it('answers GraphQL without an ETag (nothing revalidates a POST) and with the exact length', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
      body: JSON.stringify({ query: '{ users(first: 50, filter: { search: "page-" }) { nodes { email displayName } } }' }),
    });
    const body = Buffer.from(await response.arrayBuffer());
    expect(response.headers.get('etag')).toBeNull();
    expect(Number(response.headers.get('content-length'))).toBe(body.length);
    expect(JSON.parse(body.toString('utf8')).data.users.nodes).toHaveLength(5);
  });

  it('answers liveness and readiness', async () => {
    expect(await (await fetch(`${api.url}/health`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${api.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', postgres: 'up', redis: 'up' });
  });

  it('reports Redis down on /ready without failing liveness', async () => {
    const config = await testConfig({ REDIS_URL: 'redis://127.0.0.1:1' });
    const isolated = await TestApi.start(config);
    try {
      const ready = await fetch(`${isolated.url}/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'not ready', postgres: 'up', redis: 'down' });
      expect((await fetch(`${isolated.url}/health`)).status).toBe(200);
    } finally {
      await isolated.close();
    }
  });
});
