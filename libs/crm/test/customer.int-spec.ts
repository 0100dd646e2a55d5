import ExcelJS from 'exceljs';
import { TransactionHost, User } from '@tradewind/platform';
import { CustomerRepository } from '../src/customer/customer.repository';
import { TagGroupLookup } from '../src/tag/tag-group.lookup';
import { clearQueues, TestApi, testConfig } from '../../../test/harness/test-app';
import { codeOf, createCustomer, createTag, customersWithStaleTagIds } from './crm-fixtures';

describe('customers', () => {
  let api: TestApi;
  let admin: string;

  beforeAll(async () => {
    api = await TestApi.start(await testConfig());
    admin = (await api.signedIn('admin')).token;
  });

  afterAll(async () => {
    await api.close();
    await clearQueues(api.config);
  });

  it("refuses another customer's contact on a follow-up or activity, and an activity dated in the future", async () => {
    const mine = await createCustomer(api, admin, { name: 'Contact Check One Ltd', contacts: [{ name: 'Una' }] });
    const other = await createCustomer(api, admin, { name: 'Contact Check Two Ltd', contacts: [{ name: 'Otto' }] });
    const [{ id: otto }] = await api.dataSource.query('SELECT id FROM contact WHERE customer_id = $1', [other.id]);
    const [{ id: una }] = await api.dataSource.query('SELECT id FROM contact WHERE customer_id = $1', [mine.id]);
    const LOG = 'mutation($i: LogActivityInput!) { logActivity(input: $i) { activity { id contactId } } }';
    const FOLLOW = 'mutation($i: CreateFollowUpInput!) { createFollowUp(input: $i) { id contactId } }';
    const wrongContact = [{ path: 'input.contactId', message: `${otto} is not a contact of this customer` }];
    expect((await api.graphql(LOG, { i: { customerId: mine.id, type: 'call', subject: 'Price call', contactId: otto } }, admin)).errors?.[0].extensions?.fields).toEqual(wrongContact);
    expect((await api.graphql(FOLLOW, { i: { customerId: mine.id, contactId: otto, dueAt: '2030-01-01T09:00:00Z' } }, admin)).errors?.[0].extensions?.fields).toEqual(wrongContact);
    const future = await api.graphql(LOG, { i: { customerId: mine.id, type: 'call', subject: 'Price call', occurredAt: new Date(Date.now() + 86_400_000).toISOString() } }, admin);
    expect(future.errors?.[0].extensions?.fields).toEqual([{ path: 'input.occurredAt', message: 'an activity is logged once it has happened: the date cannot be in the future (plan it as a follow-up)' }]);
    expect(await api.dataSource.query('SELECT count(*)::int AS n FROM activity WHERE customer_id = $1', [mine.id])).toEqual([{ n: 0 }]);
    // Its own contact, and a moment ago, are fine.
    const logged = await api.ok<{ logActivity: { activity: { contactId: string } } }>(LOG, { i: { customerId: mine.id, type: 'call', subject: 'Price call', contactId: una, occurredAt: new Date(Date.now() - 60_000).toISOString() } }, admin);
    expect(logged.logActivity.activity.contactId).toBe(una);
    expect((await api.ok<{ createFollowUp: { contactId: string } }>(FOLLOW, { i: { customerId: mine.id, contactId: una, dueAt: '2030-01-01T09:00:00Z' } }, admin)).createFollowUp.contactId).toBe(una);
  });

  it('creates a customer with contacts, normalising country, website, e-mails and phones but keeping what was typed', async () => {
    const { token, user } = await api.signedIn('sales');
    const { createCustomer: created } = await api.ok<{ createCustomer: { id: string; country: string; websiteDomain: string; website: string; ownerId: string; contacts: { emails: string[]; phones: { e164: string; raw: string }[]; isPrimary: boolean }[] } }>(
      `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id country website websiteDomain ownerId contacts { emails phones { e164 raw } isPrimary } } }`,
      { input: { name: 'Müller Werkzeuge GmbH', country: '德国', website: 'HTTPS://www.mueller-werkzeuge.de/de/home', contacts: [{ name: 'Hans Müller', emails: [' Hans@Mueller-Werkzeuge.DE '], phones: ['030 1234567'] }] } },
      token,
    );
    expect(created).toMatchObject({
      country: 'DE',
      website: 'HTTPS://www.mueller-werkzeuge.de/de/home',
      websiteDomain: 'mueller-werkzeuge.de',
      ownerId: user.id,
      contacts: [{ emails: ['hans@mueller-werkzeuge.de'], phones: [{ e164: '+49301234567', raw: '030 1234567' }], isPrimary: true }],
    });
  });

  it('names every invalid field, including nested contact fields, and writes nothing', async () => {
    const before = await api.dataSource.query('SELECT count(*)::int AS n FROM customer');
    const result = await api.graphql(`mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`, {
      input: { name: 'Bad Data Ltd', country: 'Atlantis', usualCurrency: 'XYZ', contacts: [{ name: 'A', emails: ['ok@bad.example', 'not-an-email'], phones: ['12'] }] },
    }, admin);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    const fields = (result.errors?.[0].extensions?.fields ?? []).map((f) => f.path).sort();
    expect(fields).toEqual(['input.contacts.0.emails.1', 'input.contacts.0.phones.0', 'input.country', 'input.usualCurrency']);
    expect(await api.dataSource.query('SELECT count(*)::int AS n FROM customer')).toEqual(before);
  });

  it('takes a WhatsApp handle only when it reads as a phone number (the account is the number), keeping it as typed', async () => {
    const CREATE = `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id contacts { messaging { whatsapp wechat } } } }`;
    const refused = await api.graphql(CREATE, { input: { name: 'Whatsapp Check GmbH', country: 'DE', contacts: [{ name: 'Eva', messaging: { whatsapp: 'eva.schmidt', wechat: 'eva_sh' } }] } }, admin);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ path: 'input.contacts.0.messaging.whatsapp', message: '"eva.schmidt" is not a phone number (read as DE): a WhatsApp account is its phone number' }),
    ]);
    const created = await api.ok<{ createCustomer: { id: string; contacts: { messaging: { whatsapp: string | null; wechat: string | null } }[] } }>(
      CREATE, { input: { name: 'Whatsapp Check GmbH', country: 'DE', contacts: [{ name: 'Eva', messaging: { whatsapp: ' 0151 23456789 ', wechat: 'eva_sh' } }] } }, admin);
    expect(created.createCustomer.contacts[0].messaging).toEqual({ whatsapp: '0151 23456789', wechat: 'eva_sh' });
    const added = await api.graphql('mutation($c: ID!, $i: ContactInput!) { addContact(customerId: $c, input: $i) { id } }', { c: created.createCustomer.id, i: { name: 'Max', messaging: { whatsapp: '12' } } }, admin);
    expect((added.errors?.[0].extensions?.fields as { path: string }[]).map((f) => f.path)).toEqual(['input.messaging.whatsapp']);
  });

  it('refuses a stale edit with CONFLICT and keeps the newer data', async () => {
    const customer = await createCustomer(api, admin, { name: 'Versioned Trading Co' });
    const UPDATE = 'mutation($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { version city } }';
    const first = await api.ok<{ updateCustomer: { version: number } }>(UPDATE, { id: customer.id, input: { version: customer.version, city: 'Hamburg' } }, admin);
    expect(first.updateCustomer.version).toBe(customer.version + 1);
    const stale = await api.graphql(UPDATE, { id: customer.id, input: { version: customer.version, city: 'Bremen' } }, admin);
    expect(codeOf(stale)).toBe('CONFLICT');
    const { customer: now } = await api.ok<{ customer: { city: string } }>('query($id: ID!) { customer(id: $id) { city } }', { id: customer.id }, admin);
    expect(now.city).toBe('Hamburg');
  });

  it('clears optional fields given null or an empty string', async () => {
    const customer = await createCustomer(api, admin, { name: 'Clearable Fields Ltd', companyAnniversary: '2005-06-01', priceSensitivity: 'quality', city: 'Leeds' });
    const { updateCustomer } = await api.ok<{ updateCustomer: { companyAnniversary: string | null; priceSensitivity: string | null; city: string | null } }>(
      'mutation($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { companyAnniversary priceSensitivity city } }',
      { id: customer.id, input: { version: customer.version, companyAnniversary: '', priceSensitivity: null, city: null } }, admin);
    expect(updateCustomer).toEqual({ companyAnniversary: null, priceSensitivity: null, city: null });
  });

  it('saves a named customer view with its filter', async () => {
    const filter = { tags: { tagIds: [], mode: 'AND' }, countries: ['DE'] };
    const { saveCustomerView } = await api.ok<{ saveCustomerView: { name: string; filter: unknown; shared: boolean } }>(
      'mutation($i: SaveCustomerViewInput!) { saveCustomerView(input: $i) { name filter shared } }', { i: { name: 'German buyers', filter, shared: true } }, admin);
    expect(saveCustomerView).toEqual({ name: 'German buyers', filter, shared: true });
    const bad = await api.graphql('mutation($i: SaveCustomerViewInput!) { saveCustomerView(input: $i) { name } }', { i: { name: 'Broken', filter: 'DE' } }, admin);
    expect(bad.errors?.[0].extensions?.fields).toEqual([{ path: 'input.filter', message: 'must be a JSON object (a CustomerFilter)' }]);
  });

  it('shows a shared view to colleagues, who can neither change nor delete it; its owner can', async () => {
    const SAVE = 'mutation($i: SaveCustomerViewInput!) { saveCustomerView(input: $i) { id name } }';
    const VIEWS = '{ customerViews(first: 100) { nodes { id name } } }';
    const DELETE = 'mutation($id: ID!) { deleteCustomerView(id: $id) }';
    const owner = await api.signedIn('sales');
    const colleague = await api.signedIn('sales');
    const shared = (await api.ok<{ saveCustomerView: { id: string } }>(SAVE, { i: { name: 'Shared leads', filter: { stages: ['lead'] }, shared: true } }, owner.token)).saveCustomerView;
    const own = (await api.ok<{ saveCustomerView: { id: string } }>(SAVE, { i: { name: 'My own leads', filter: { stages: ['lead'] } } }, owner.token)).saveCustomerView;
    const seen = async (token: string) => (await api.ok<{ customerViews: { nodes: { id: string }[] } }>(VIEWS, {}, token)).customerViews.nodes.map((v) => v.id);
    expect(await seen(colleague.token)).toContain(shared.id);
    expect(await seen(colleague.token)).not.toContain(own.id);
    expect(codeOf(await api.graphql(DELETE, { id: shared.id }, colleague.token))).toBe('NOT_FOUND');
    expect(codeOf(await api.graphql(SAVE, { i: { id: shared.id, name: 'Taken over', filter: {} } }, colleague.token))).toBe('NOT_FOUND');
    expect(await api.ok(DELETE, { id: shared.id }, owner.token)).toEqual({ deleteCustomerView: true });
    const left = await seen(owner.token);
    expect(left).toContain(own.id);
    expect(left).not.toContain(shared.id);
  });

  it('names the author of each timeline entry when several colleagues wrote on one page', async () => {
    const customer = await createCustomer(api, admin);
    const colleague = await api.signedIn('admin');
    const LOG = 'mutation($i: LogActivityInput!) { logActivity(input: $i) { activity { id } } }';
    await api.ok(LOG, { i: { customerId: customer.id, type: 'call', subject: 'Asked for the catalogue' } }, admin);
    await api.ok(LOG, { i: { customerId: customer.id, type: 'email', subject: 'Sent the catalogue' } }, colleague.token);
    const { customer: view } = await api.ok<{ customer: { timeline: { nodes: { subject: string; author: { id: string } | null }[] } } }>(
      'query($id: ID!) { customer(id: $id) { timeline(first: 10) { nodes { subject author { id } } } } }', { id: customer.id }, admin);
    const me = await api.ok<{ me: { id: string } }>('{ me { id } }', {}, admin);
    expect(view.timeline.nodes.filter((n) => n.subject).map((n) => [n.subject, n.author?.id])).toEqual([
      ['Sent the catalogue', colleague.user.id],
      ['Asked for the catalogue', me.me.id],
    ]);
  });

  it('names who claimed a customer, changed its stage or merged another into it on its timeline', async () => {
    const customer = await createCustomer(api, admin, { name: 'Timeline Authors Trading', toPool: true });
    const twin = await createCustomer(api, admin, { name: 'Timeline Authors Trading Ltd.' });
    const seller = await api.signedIn('sales');
    await api.ok('mutation($ids: [ID!]!) { claimCustomers(input: { customerIds: $ids }) { id } }', { ids: [customer.id] }, seller.token);
    const { customer: claimed } = await api.ok<{ customer: { version: number } }>('query($id: ID!) { customer(id: $id) { version } }', { id: customer.id }, seller.token);
    await api.ok('mutation($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { id } }', { id: customer.id, input: { version: claimed.version, stage: 'prospect' } }, seller.token);
    await api.ok('mutation($s: ID!, $m: ID!) { mergeCustomers(survivorId: $s, mergedId: $m) { id } }', { s: customer.id, m: twin.id }, admin);
    const me = await api.ok<{ me: { id: string } }>('{ me { id } }', {}, admin);
    const { customer: view } = await api.ok<{ customer: { timeline: { nodes: { type: string; author: { id: string } | null }[] } } }>(
      'query($id: ID!) { customer(id: $id) { timeline(first: 10) { nodes { type author { id } } } } }', { id: customer.id }, admin);
    const system = view.timeline.nodes.filter((n) => n.type === 'owner_change' || n.type === 'status_change');
    expect(system.map((n) => [n.type, n.author?.id ?? null])).toEqual([
      ['status_change', me.me.id],
      ['status_change', seller.user.id],
      ['owner_change', seller.user.id],
    ]);
  });

  it('reads a customer to show as the same values as the entity the mutations load, within the same scope', async () => {
    const customer = await createCustomer(api, admin, {
      localName: '汉斯工具', city: 'Hamburg', website: 'https://hanse-tools.example', industry: 'Tools', productsOfInterest: ['drills'],
      priceSensitivity: 'quality', usualIncoterm: 'FOB', usualCurrency: 'EUR', usualPaymentTerms: '30% deposit', companyAnniversary: '1998-04-01', notes: 'VIP',
    });
    const repository = api.app.get(CustomerRepository);
    const all = { kind: 'all' as const };
    const entity = await repository.findVisible(customer.id, all);
    expect(entity?.companyAnniversary).toBe('1998-04-01');
    expect(await repository.readVisible(customer.id, all)).toEqual(entity);
    const stranger = { kind: 'own' as const, userId: '6f1c2f5e-8a4b-4c1d-9e2f-3a4b5c6d7e8f' };
    const team = { kind: 'team' as const, teamId: '6f1c2f5e-8a4b-4c1d-9e2f-3a4b5c6d7e8f', userId: '6f1c2f5e-8a4b-4c1d-9e2f-3a4b5c6d7e8f' };
    // In the pool, everyone sees it; owned by someone else, neither a stranger nor another team does.
    expect(entity?.ownerId).toBeNull();
    for (const scope of [stranger, team]) expect(await repository.readVisible(customer.id, scope)).toEqual(entity);
    await api.dataSource.query('UPDATE customer SET owner_id = (SELECT id FROM app_user ORDER BY created_at LIMIT 1) WHERE id = $1', [customer.id]);
    for (const scope of [stranger, team]) {
      expect(await repository.findVisible(customer.id, scope)).toBeNull();
      expect(await repository.readVisible(customer.id, scope)).toBeNull();
    }
    const ownerScope = { kind: 'own' as const, userId: (await repository.findVisible(customer.id, all))!.ownerId! };
    expect(await repository.readVisible(customer.id, ownerScope)).toEqual(await repository.findVisible(customer.id, ownerScope));
    expect(await repository.readVisible(customer.id, ownerScope)).not.toBeNull();
  });

  it('pages through the timeline newest first, with entries of the same millisecond and a type filter', async () => {
    const customer = await createCustomer(api, admin);
    const LOG = 'mutation($i: LogActivityInput!) { logActivity(input: $i) { activity { id } } }';
    const entries: [string, string, string][] = [
      ['call', 'Call 1', '2026-03-01T09:00:00.000Z'],
      ['email', 'Mail 1', '2026-03-02T09:00:00.000Z'],
      ['call', 'Call 2', '2026-03-02T09:00:00.000Z'],
      ['email', 'Mail 2', '2026-03-02T09:00:00.000Z'],
      ['note', 'Note 1', '2026-03-03T09:00:00.000Z'],
    ];
    const ids = new Map<string, string>();
    for (const [type, subject, occurredAt] of entries) {
      const { logActivity } = await api.ok<{ logActivity: { activity: { id: string } } }>(LOG, { i: { customerId: customer.id, type, subject, occurredAt } }, admin);
      ids.set(subject, logActivity.activity.id);
    }
    type TimelinePage = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { subject: string | null }[] };
    const pageOf = async (after: string | null, types: string[] | null): Promise<TimelinePage> =>
      (
        await api.ok<{ customer: { timeline: TimelinePage } }>(
          'query($id: ID!, $after: String, $types: [ActivityType!]) { customer(id: $id) { timeline(first: 2, after: $after, types: $types) { totalCount pageInfo { hasNextPage endCursor } nodes { subject } } } }',
          { id: customer.id, after, types },
          admin,
        )
      ).customer.timeline;
    const walk = async (types: string[] | null): Promise<{ subjects: (string | null)[]; totals: number[]; more: boolean[] }> => {
      const result = { subjects: [] as (string | null)[], totals: [] as number[], more: [] as boolean[] };
      let after: string | null = null;
      do {
        const page: TimelinePage = await pageOf(after, types);
        result.subjects.push(...page.nodes.map((n) => n.subject));
        result.totals.push(page.totalCount);
        result.more.push(page.pageInfo.hasNextPage);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      return result;
    };
    // Same millisecond: by id, descending, as the keyset orders them.
    const sameTime = ['Mail 1', 'Call 2', 'Mail 2'].sort((a, b) => (ids.get(a)! < ids.get(b)! ? 1 : -1));
    const logged = await walk(['call', 'email', 'note']);
    expect(logged.subjects).toEqual(['Note 1', ...sameTime, 'Call 1']);
    expect(logged.totals).toEqual([5, 5, 5]);
    expect(logged.more).toEqual([true, true, false]);
    const calls = await walk(['call']);
    expect(calls.subjects).toEqual(['Call 2', 'Call 1']);
    expect(calls.totals).toEqual([2]);
    const everything = await walk(null);
    expect(everything.subjects.filter((s) => s !== null && ids.has(s))).toEqual(logged.subjects);
    expect(everything.totals[0]).toBeGreaterThanOrEqual(5);
  });

  it('records stage changes on the timeline and in the audit log', async () => {
    const customer = await createCustomer(api, admin);
    await api.ok('mutation($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { id } }', { id: customer.id, input: { version: customer.version, stage: 'prospect' } }, admin);
    const { customer: view } = await api.ok<{ customer: { timeline: { nodes: { type: string; data: string }[] } } }>(
      'query($id: ID!) { customer(id: $id) { timeline(first: 10) { nodes { type data } } } }', { id: customer.id }, admin);
    expect(view.timeline.nodes[0].type).toBe('status_change');
    expect(JSON.parse(view.timeline.nodes[0].data)).toEqual({ from: 'lead', to: 'prospect' });
    const audit = await api.dataSource.query("SELECT action, changes FROM audit_log WHERE entity_id = $1 AND action = 'updated'", [customer.id]);
    expect(audit).toEqual([{ action: 'updated', changes: { stage: { from: 'lead', to: 'prospect' } } }]);
  });

  it("keeps a contact's language a BCP 47 tag: names the field of a bad one and stores a good one in canonical form", async () => {
    const customer = await createCustomer(api, admin);
    const ADD = 'mutation($id: ID!, $input: ContactInput!) { addContact(customerId: $id, input: $input) { id version preferredLanguage } }';
    const UPDATE = 'mutation($id: ID!, $input: UpdateContactInput!) { updateContact(id: $id, input: $input) { preferredLanguage } }';
    const refused = await api.graphql(ADD, { id: customer.id, input: { name: 'Worf', preferredLanguage: 'klingon!!' } }, admin);
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.preferredLanguage', message: '"klingon!!" is not a language tag; use one such as en, de or zh-CN' }],
    });
    expect(await api.dataSource.query('SELECT count(*)::int AS n FROM contact WHERE customer_id = $1', [customer.id])).toEqual([{ n: 0 }]);

    const { addContact: added } = await api.ok<{ addContact: { id: string; version: number; preferredLanguage: string } }>(ADD, { id: customer.id, input: { name: 'Li Wei', preferredLanguage: 'ZH-cn' } }, admin);
    expect(added.preferredLanguage).toBe('zh-CN');
    const unknown = await api.graphql(UPDATE, { id: added.id, input: { name: 'Li Wei', version: added.version, preferredLanguage: 'klingon' } }, admin);
    expect(unknown.errors?.[0].extensions?.fields).toMatchObject([{ path: 'input.preferredLanguage', message: '"klingon" is not a language we know; use a tag such as en, de or zh-CN' }]);
    expect(await api.ok(UPDATE, { id: added.id, input: { name: 'Li Wei', version: added.version, preferredLanguage: 'de-at' } }, admin)).toEqual({ updateContact: { preferredLanguage: 'de-AT' } });
    expect(await api.dataSource.query('SELECT preferred_language FROM contact WHERE id = $1', [added.id])).toEqual([{ preferred_language: 'de-AT' }]);

    // The same check for contacts given with a new customer.
    const CREATE = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { contacts { preferredLanguage } } }';
    const withBad = await api.graphql(CREATE, { input: { name: 'Klingon Imports', contacts: [{ name: 'Worf', preferredLanguage: 'klingon!!' }] } }, admin);
    expect(withBad.errors?.[0].extensions?.fields).toMatchObject([{ path: 'input.contacts.0.preferredLanguage', message: '"klingon!!" is not a language tag; use one such as en, de or zh-CN' }]);
    const withGood = await api.ok<{ createCustomer: { contacts: { preferredLanguage: string }[] } }>(CREATE, { input: { name: 'Vienna Imports', contacts: [{ name: 'Anna', preferredLanguage: 'DE-at' }] } }, admin);
    expect(withGood.createCustomer.contacts).toEqual([{ preferredLanguage: 'de-AT' }]);
  });

  it('refuses a logged activity with neither a subject nor a note, also one completing a follow-up, while system entries need neither', async () => {
    const customer = await createCustomer(api, admin);
    const LOG = 'mutation($i: LogActivityInput!) { logActivity(input: $i) { activity { id } completedFollowUp { id } } }';
    const empty = [{ path: 'input.subject', message: 'give a subject or details' }];
    for (const blank of [{}, { subject: '  ', body: '' }]) {
      const refused = await api.graphql(LOG, { i: { customerId: customer.id, type: 'call', ...blank } }, admin);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: empty });
    }
    const followUp = (await api.ok<{ createFollowUp: { id: string } }>('mutation($i: CreateFollowUpInput!) { createFollowUp(input: $i) { id } }', { i: { customerId: customer.id, dueAt: new Date().toISOString() } }, admin)).createFollowUp.id;
    const completing = await api.graphql(LOG, { i: { customerId: customer.id, type: 'call', followUpId: followUp } }, admin);
    expect(completing.errors?.[0].extensions?.fields).toMatchObject(empty);
    expect(await api.dataSource.query('SELECT done_at FROM follow_up WHERE id = $1', [followUp])).toEqual([{ done_at: null }]);

    await api.ok(LOG, { i: { customerId: customer.id, type: 'call', body: 'Asked about the spring catalogue', followUpId: followUp } }, admin);
    await api.ok('mutation($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { id } }', { id: customer.id, input: { version: customer.version, stage: 'prospect' } }, admin);
    const { customer: view } = await api.ok<{ customer: { timeline: { nodes: { type: string; subject: string | null; body: string | null }[] } } }>(
      'query($id: ID!) { customer(id: $id) { timeline(first: 10) { nodes { type subject body } } } }', { id: customer.id }, admin);
    expect(view.timeline.nodes).toEqual([
      { type: 'status_change', subject: null, body: null },
      { type: 'call', subject: null, body: 'Asked about the spring catalogue' },
    ]);
  });

  it('gives list rows the owner, tags and contact count the customer view resolves (the list prefetches them for the page)', async () => {
    const { token } = await api.signedIn('sales');
    const vip = await createTag(api, admin, 'Value', 'Prefetch VIP');
    const fair = await createTag(api, admin, 'Source', 'Prefetch fair');
    const owned = await createCustomer(api, token, { name: 'Prefetch Rows Alpha Ltd', tagIds: [vip, fair], contacts: [{ name: 'A One' }, { name: 'A Two' }] });
    const pooled = await createCustomer(api, admin, { name: 'Prefetch Rows Beta Ltd', toPool: true });
    const ROW = 'id owner { id displayName } tags { id name } contactCount';
    // Through a fragment, through `nodes` and through `edges { node }`: each way the rows are asked.
    const { customers } = await api.ok<{ customers: { nodes: Record<string, unknown>[]; edges: { node: Record<string, unknown> }[] } }>(
      `query($f: CustomerFilter) { customers(first: 10, filter: $f) { nodes { ...Row } edges { node { id owner { id } contactCount } } } } fragment Row on Customer { ${ROW} }`,
      { f: { search: 'Prefetch Rows' } },
      admin,
    );
    const view = async (id: string) => (await api.ok<{ customer: Record<string, unknown> }>(`query($id: ID!) { customer(id: $id) { ${ROW} } }`, { id }, admin)).customer;
    expect(customers.nodes).toEqual([await view(owned.id), await view(pooled.id)]);
    expect(customers.nodes[0]).toMatchObject({ owner: { id: expect.any(String) }, contactCount: 2 });
    expect((customers.nodes[0].tags as unknown[]).length).toBe(2);
    expect(customers.nodes[1]).toMatchObject({ owner: null, tags: [], contactCount: 0 });
    expect(customers.edges.map((e) => e.node)).toEqual(customers.nodes.map((n) => ({ id: n.id, owner: n.owner && { id: (n.owner as { id: string }).id }, contactCount: n.contactCount })));
    // Rows that also show their contacts count the ones they read: the same figures.
    const withContacts = await api.ok<{ customers: { nodes: { id: string; contactCount: number; contacts: unknown[] }[] } }>(
      'query($f: CustomerFilter) { customers(first: 10, filter: $f) { nodes { id contactCount contacts { id } } } }',
      { f: { search: 'Prefetch Rows' } },
      admin,
    );
    expect(withContacts.customers.nodes.map((n) => [n.id, n.contactCount, n.contacts.length])).toEqual([[owned.id, 2, 2], [pooled.id, 0, 0]]);
  });

  describe('tag filter', () => {
    it('ANDs across tag groups and ORs within a group', async () => {
      const europe = await createTag(api, admin, 'Region', 'Europe');
      const asia = await createTag(api, admin, 'Region', 'Asia');
      const highMargin = await createTag(api, admin, 'Value', 'High margin');
      const a = await createCustomer(api, admin, { name: 'Alpha Europe HM', tagIds: [europe, highMargin] });
      const b = await createCustomer(api, admin, { name: 'Beta Europe', tagIds: [europe] });
      const c = await createCustomer(api, admin, { name: 'Gamma Asia HM', tagIds: [asia, highMargin] });
      const LIST = 'query($f: CustomerFilter) { customers(first: 50, filter: $f) { totalCount nodes { id } } }';
      type List = { customers: { totalCount: number; nodes: { id: string }[] } };
      const and = await api.ok<List>(LIST, { f: { tags: { tagIds: [europe, highMargin] } } }, admin);
      expect(and.customers.nodes.map((n) => n.id)).toEqual([a.id]);
      const withinGroup = await api.ok<List>(LIST, { f: { tags: { tagIds: [europe, asia, highMargin] } } }, admin);
      expect(withinGroup.customers.nodes.map((n) => n.id).sort()).toEqual([a.id, c.id].sort());
      const or = await api.ok<List>(LIST, { f: { tags: { tagIds: [europe, highMargin], mode: 'OR' } } }, admin);
      expect(or.customers.nodes.map((n) => n.id).sort()).toEqual([a.id, b.id, c.id].sort());
    });

    it('refuses an unknown tag and remembers the groups of tags read outside a transaction only', async () => {
      const LIST = 'query($f: CustomerFilter) { customers(first: 5, filter: $f) { totalCount } }';
      const known = await createTag(api, admin, 'Region', 'Oceania');
      const unknown = '00000000-0000-4000-8000-000000000000';
      const refused = await api.graphql(LIST, { f: { tags: { tagIds: [known, unknown] } } }, admin);
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ path: 'filter.tags.tagIds', message: 'some tags do not exist' })]);

      const lookup = api.app.get(TagGroupLookup);
      const tx = api.app.get(TransactionHost);
      const [{ group_id: groupId }] = await api.dataSource.query('SELECT group_id FROM tag WHERE id = $1', [known]);
      // Read inside a transaction that is rolled back: the tag it created is not remembered.
      const rolledBack = await tx
        .run(async () => {
          const [{ id }] = await tx.manager.query("INSERT INTO tag (group_id, name) VALUES ($1, 'Rolled back') RETURNING id", [groupId]);
          expect(await lookup.groupsOf([id])).toEqual(new Map([[id, groupId]]));
          throw Object.assign(new Error('roll back'), { tagId: id as string });
        })
        .catch((error: { tagId: string }) => error.tagId);
      expect(await lookup.groupsOf([rolledBack])).toEqual(new Map());
      // Read outside one, a tag's group is remembered: the lookup answers without asking the database.
      expect(await lookup.groupsOf([known])).toEqual(new Map([[known, groupId]]));
      await api.dataSource.query('DELETE FROM tag WHERE id = $1', [known]);
      expect(await lookup.groupsOf([known])).toEqual(new Map([[known, groupId]]));
    });

    it('keeps the filter\'s tag_ids in step with the tags however they change', async () => {
      const fair = await createTag(api, admin, 'Source', 'Fair 2026');
      const online = await createTag(api, admin, 'Source', 'Online 2026');
      const retired = await createTag(api, admin, 'Value', 'Retired label');
      const one = await createCustomer(api, admin, { name: 'Tag Sync One', tagIds: [fair, retired] });
      const two = await createCustomer(api, admin, { name: 'Tag Sync Two' });
      const TAG = 'mutation($i: TagCustomersInput!) { tagCustomers(input: $i) }';
      await api.ok(TAG, { i: { customerIds: [one.id, two.id], addTagIds: [online], removeTagIds: [fair] } }, admin);
      const tagIdsOf = async (id: string): Promise<string[]> => (await api.dataSource.query('SELECT tag_ids FROM customer WHERE id = $1', [id]))[0].tag_ids;
      expect(await tagIdsOf(one.id)).toEqual([online, retired].sort());
      expect(await tagIdsOf(two.id)).toEqual([online]);
      // A deleted tag leaves every customer that had it (the cascade fires the triggers too).
      await api.dataSource.query('DELETE FROM tag WHERE id = $1', [retired]);
      expect(await tagIdsOf(one.id)).toEqual([online]);
      expect(await customersWithStaleTagIds(api)).toEqual([]);
      await expect(api.dataSource.query('UPDATE customer_tag SET tag_id = $1 WHERE customer_id = $2', [fair, one.id])).rejects.toThrow(/never updated/);

      // Two transactions tagging the same customer at once: the second waits for the first's row lock
      // and then adds to the array the first committed, so neither tag is lost.
      const first = api.dataSource.createQueryRunner();
      const second = api.dataSource.createQueryRunner();
      try {
        await first.startTransaction();
        await second.startTransaction();
        await first.query('INSERT INTO customer_tag (customer_id, tag_id) VALUES ($1, $2)', [two.id, fair]);
        const secondInsert = second.query('INSERT INTO customer_tag (customer_id, tag_id) VALUES ($1, $2) RETURNING tag_id', [two.id, await createTag(api, admin, 'Source', 'Referral 2026')]);
        await first.commitTransaction();
        const [{ tag_id: referral }] = await secondInsert;
        await second.commitTransaction();
        expect(await tagIdsOf(two.id)).toEqual([online, fair, referral].sort());
      } finally {
        // A failure midway must not hand a connection with an open transaction back to the pool.
        for (const runner of [first, second]) {
          if (runner.isTransactionActive) await runner.rollbackTransaction();
          await runner.release();
        }
      }
      expect(await customersWithStaleTagIds(api)).toEqual([]);
    });

    it('finds customers by a contact e-mail or phone as well as by name', async () => {
      const customer = await createCustomer(api, admin, { name: 'Searchable Imports LLC', country: 'US', contacts: [{ name: 'Jo', emails: ['jo@searchable.example'], phones: ['+1 212 555 0175'] }] });
      for (const search of ['searchable imp', 'JO@searchable.example', '+1 (212) 555-0175']) {
        const { customers } = await api.ok<{ customers: { nodes: { id: string }[] } }>('query($s: String) { customers(first: 5, filter: { search: $s }) { nodes { id } } }', { s: search }, admin);
        expect(customers.nodes.map((n) => n.id)).toEqual([customer.id]);
      }
    });

    it('finds customers by a pasted web address or bare domain (website or contacts mailing from it) and by a national phone number', async () => {
      const byWebsite = await createCustomer(api, admin, { name: 'Pasted Link Outfitters', country: 'DE', website: 'https://www.pasted-link.de' });
      const byMail = await createCustomer(api, admin, { name: 'Mail Only Fasteners', country: 'DE', contacts: [{ name: 'Ute', emails: ['ute@mail-only-fasteners.de'], phones: ['+49 40 7654321'] }] });
      const search = async (s: string) =>
        (await api.ok<{ customers: { nodes: { id: string }[] } }>('query($s: String) { customers(first: 5, filter: { search: $s }) { nodes { id } } }', { s }, admin)).customers.nodes.map((n) => n.id);
      expect(await search('https://www.pasted-link.de/en/contact?ref=mail')).toEqual([byWebsite.id]);
      expect(await search('WWW.PASTED-LINK.DE')).toEqual([byWebsite.id]);
      expect(await search('mail-only-fasteners.de')).toEqual([byMail.id]);
      expect(await search('http://mail-only-fasteners.de/')).toEqual([byMail.id]);
      // As a German caller ID shows it, without the country code; and with the international prefix 00.
      expect(await search('040 7654321')).toEqual([byMail.id]);
      expect(await search('0049 40 7654321')).toEqual([byMail.id]);
      expect(await search('pasted-link.com')).toEqual([]);
    });
  });

  it('pages a name search in reading order (letters before case), forwards and backwards, with the right total', async () => {
    const names = ['Quokka Tools Ltd', 'Aardvark Quokka GmbH', 'Zebra & Quokka SARL', 'Mongoose Quokka Co', 'quokka paints', 'Bear Quokka Oy'];
    for (const name of names) await createCustomer(api, admin, { name });
    type Page = { customers: { totalCount: number; nodes: { name: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    const PAGE = 'query($after: String, $dir: SortDirection!) { customers(first: 4, after: $after, filter: { search: "quokka" }, sort: { field: name, direction: $dir }) { totalCount nodes { name } pageInfo { hasNextPage endCursor } } }';
    const readingOrder = ['Aardvark Quokka GmbH', 'Bear Quokka Oy', 'Mongoose Quokka Co', 'quokka paints', 'Quokka Tools Ltd', 'Zebra & Quokka SARL'];
    for (const dir of ['ASC', 'DESC'] as const) {
      const first = await api.ok<Page>(PAGE, { after: null, dir }, admin);
      const second = await api.ok<Page>(PAGE, { after: first.customers.pageInfo.endCursor, dir }, admin);
      expect(first.customers.totalCount).toBe(6);
      expect(first.customers.pageInfo.hasNextPage).toBe(true);
      expect(second.customers.pageInfo.hasNextPage).toBe(false);
      const listed = [...first.customers.nodes, ...second.customers.nodes].map((n) => n.name);
      expect(listed).toEqual(dir === 'ASC' ? readingOrder : [...readingOrder].reverse());
    }
  });

  it('lists names in reading order without a search too, where the name index is walked page by page', async () => {
    const { user, token } = await api.signedIn('sales');
    // The database's own collation (C) would put every capital first: "PT Maju", "Pacific Rim", "pacific rim".
    for (const name of ['PT Maju Jaya', 'Pacific Rim Imports', 'pacific rim exports', 'Ölmühle Nord GmbH', 'Oak & Sons']) {
      await createCustomer(api, token, { name, ownerId: user.id });
    }
    type Page = { customers: { nodes: { name: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    const PAGE = 'query($after: String, $owner: ID) { customers(first: 2, after: $after, filter: { ownerId: $owner }, sort: { field: name, direction: ASC }) { nodes { name } pageInfo { hasNextPage endCursor } } }';
    const listed: string[] = [];
    let after: string | null = null;
    do {
      const page: Page = await api.ok<Page>(PAGE, { after, owner: user.id }, admin);
      listed.push(...page.customers.nodes.map((n) => n.name));
      after = page.customers.pageInfo.hasNextPage ? page.customers.pageInfo.endCursor : null;
    } while (after);
    expect(listed).toEqual(['Oak & Sons', 'Ölmühle Nord GmbH', 'pacific rim exports', 'Pacific Rim Imports', 'PT Maju Jaya']);
  });

  it('filters by country, stage, grade, owner, the pool and "mine", and pages by creation date and last activity', async () => {
    const { user, token } = await api.signedIn('sales');
    const mark = `Filterable ${Date.now()}`;
    const berlin = await createCustomer(api, token, { name: `${mark} Berlin GmbH`, country: 'DE', stage: 'prospect' });
    const paris = await createCustomer(api, token, { name: `${mark} Paris SARL`, country: 'FR' });
    const pooled = await createCustomer(api, admin, { name: `${mark} Pool Ltd`, country: 'DE', toPool: true });
    await api.dataSource.query("UPDATE customer SET grade = 'key' WHERE id = $1", [paris.id]);
    const LIST = 'query($f: CustomerFilter) { customers(first: 50, filter: $f) { totalCount nodes { id } } }';
    const ids = async (filter: Record<string, unknown>, as = admin): Promise<string[]> =>
      (await api.ok<{ customers: { totalCount: number; nodes: { id: string }[] } }>(LIST, { f: { search: mark, ...filter } }, as)).customers.nodes.map((n) => n.id).sort();
    expect(await ids({ countries: ['de'] })).toEqual([berlin.id, pooled.id].sort());
    expect(await ids({ countries: ['FR', 'US'] })).toEqual([paris.id]);
    expect(await ids({ stages: ['prospect'] })).toEqual([berlin.id]);
    expect(await ids({ grades: ['key', 'vip'] })).toEqual([paris.id]);
    expect(await ids({ ownerId: user.id })).toEqual([berlin.id, paris.id].sort());
    expect(await ids({ inPool: true })).toEqual([pooled.id]);
    expect(await ids({ inPool: false })).toEqual([berlin.id, paris.id].sort());
    expect(await ids({ mine: true }, token)).toEqual([berlin.id, paris.id].sort());
    expect(await ids({ mine: true })).toEqual([]);
    expect(await ids({ countries: ['DE'], inPool: false, stages: ['prospect', 'lead'] })).toEqual([berlin.id]);

    // Newest first, two a page: the cursor carries the timestamp to the millisecond. By last contact, the
    // one customer contacted (ten minutes ago) comes before the two never contacted, newer though they are.
    await api.dataSource.query("UPDATE customer SET created_at = now() - (interval '1 minute' * (CASE id WHEN $1 THEN 30 WHEN $2 THEN 2 ELSE 1 END)), last_activity_at = CASE id WHEN $1 THEN now() - interval '10 minutes' ELSE NULL END WHERE id = ANY($3::uuid[])", [berlin.id, paris.id, [berlin.id, paris.id, pooled.id]]);
    type Page = { customers: { totalCount: number; nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    const PAGE = 'query($f: CustomerFilter, $s: CustomerSort, $after: String) { customers(first: 2, after: $after, filter: $f, sort: $s) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }';
    for (const [field, order] of [['createdAt', [pooled, paris, berlin]], ['lastActivityAt', [berlin, pooled, paris]]] as const) {
      const first = await api.ok<Page>(PAGE, { f: { search: mark }, s: { field, direction: 'DESC' }, after: null }, admin);
      const second = await api.ok<Page>(PAGE, { f: { search: mark }, s: { field, direction: 'DESC' }, after: first.customers.pageInfo.endCursor }, admin);
      expect({ field, totalCount: first.customers.totalCount, more: [first.customers.pageInfo.hasNextPage, second.customers.pageInfo.hasNextPage] }).toEqual({ field, totalCount: 3, more: [true, false] });
      expect([...first.customers.nodes, ...second.customers.nodes].map((n) => n.id)).toEqual(order.map((c) => c.id));
    }
  });

  describe('data scope', () => {
    let teamId: string;
    let salesA: { user: User; token: string };
    let salesB: { user: User; token: string };
    let manager: string;
    let finance: string;
    let ofA: { id: string };
    let ofB: { id: string };
    let pooled: { id: string };

    beforeAll(async () => {
      teamId = (await api.ok<{ createTeam: { id: string } }>('mutation { createTeam(input: { name: "Scope Team" }) { id } }', {}, admin)).createTeam.id;
      const otherTeam = (await api.ok<{ createTeam: { id: string } }>('mutation { createTeam(input: { name: "Other Team" }) { id } }', {}, admin)).createTeam.id;
      salesA = await api.signedIn('sales', { teamId });
      salesB = await api.signedIn('sales', { teamId: otherTeam });
      manager = (await api.signedIn('manager', { teamId })).token;
      finance = (await api.signedIn('finance')).token;
      ofA = await createCustomer(api, salesA.token, { name: 'Owned By A Ltd' });
      ofB = await createCustomer(api, salesB.token, { name: 'Owned By B Ltd' });
      pooled = await createCustomer(api, admin, { name: 'Pool Customer Ltd', toPool: true });
    });

    const GET = 'query($id: ID!) { customer(id: $id) { id } }';

    it("answers NOT_FOUND for another salesperson's customer, on every query and mutation", async () => {
      const t = salesA.token;
      const id = ofB.id;
      const contactOfB = (await api.ok<{ addContact: { id: string } }>('mutation($id: ID!) { addContact(customerId: $id, input: { name: "Bea Owner", phones: ["+44 20 7946 0001"] }) { id } }', { id }, salesB.token)).addContact.id;
      const followUpOfB = (await api.ok<{ createFollowUp: { id: string } }>('mutation($id: ID!) { createFollowUp(input: { customerId: $id, dueAt: "2030-01-01T00:00:00Z" }) { id } }', { id }, salesB.token)).createFollowUp.id;
      const calls: [string, Record<string, unknown>][] = [
        [GET, { id }],
        ['mutation($id: ID!) { updateContact(id: $id, input: { name: "Spy" }) { id } }', { id: contactOfB }],
        ['mutation($id: ID!) { removeContact(id: $id) { id } }', { id: contactOfB }],
        ['mutation($id: ID!) { updateFollowUp(id: $id, input: { note: "Spy" }) { id } }', { id: followUpOfB }],
        ['mutation($id: ID!) { updateCustomer(id: $id, input: { version: 1, city: "X" }) { id } }', { id }],
        ['mutation($id: ID!) { addContact(customerId: $id, input: { name: "Spy" }) { id } }', { id }],
        ['mutation($id: ID!) { logActivity(input: { customerId: $id, type: note, body: "x" }) { activity { id } } }', { id }],
        ['mutation($id: ID!) { createFollowUp(input: { customerId: $id, dueAt: "2030-01-01T00:00:00Z" }) { id } }', { id }],
        ['mutation($id: ID!) { tagCustomers(input: { customerIds: [$id], addTagIds: [] }) }', { id }],
        ['mutation($id: ID!) { claimCustomers(input: { customerIds: [$id] }) { id } }', { id }],
        ['mutation($id: ID!) { releaseCustomers(input: { customerIds: [$id] }) { id } }', { id }],
        ['mutation($id: ID!, $a: ID!) { mergeCustomers(survivorId: $a, mergedId: $id) { id } }', { id, a: ofA.id }],
        ['mutation($id: ID!, $u: ID!) { shareCustomer(customerId: $id, userId: $u, shared: true) }', { id, u: salesA.user.id }],
        ['query($id: ID!) { followUps(first: 5, filter: { customerId: $id }) { totalCount } }', { id }],
      ];
      for (const [query, variables] of calls) {
        const result = await api.graphql<Record<string, { totalCount?: number }>>(query, variables, t);
        if (query.includes('followUps')) expect({ errors: result.errors, count: result.data?.followUps.totalCount }).toEqual({ errors: undefined, count: 0 });
        else expect({ query, code: codeOf(result) }).toEqual({ query, code: 'NOT_FOUND' });
      }
      // Nothing the refused calls touched has changed.
      const { customer } = await api.ok<{ customer: { contacts: { id: string; name: string; phones: { e164: string }[] }[] } }>('query($id: ID!) { customer(id: $id) { contacts { id name phones { e164 } } } }', { id }, salesB.token);
      expect(customer.contacts).toEqual([{ id: contactOfB, name: 'Bea Owner', phones: [{ e164: '+442079460001' }] }]);
      const { followUps } = await api.ok<{ followUps: { nodes: { id: string; note: string | null }[] } }>('query($id: ID!) { followUps(first: 5, filter: { customerId: $id }) { nodes { id note } } }', { id }, salesB.token);
      expect(followUps.nodes).toEqual([{ id: followUpOfB, note: null }]);
    });

    it('lists own, shared and pool customers for sales; the team for managers; everything for finance', async () => {
      const LIST = '{ customers(first: 100) { nodes { id } } }';
      const ids = async (token: string) => (await api.ok<{ customers: { nodes: { id: string }[] } }>(LIST, {}, token)).customers.nodes.map((n) => n.id);
      const a = await ids(salesA.token);
      expect(a).toEqual(expect.arrayContaining([ofA.id, pooled.id]));
      expect(a).not.toContain(ofB.id);
      const m = await ids(manager);
      expect(m).toEqual(expect.arrayContaining([ofA.id, pooled.id]));
      expect(m).not.toContain(ofB.id);
      expect(codeOf(await api.graphql(GET, { id: ofB.id }, manager))).toBe('NOT_FOUND');
      expect(await ids(finance)).toEqual(expect.arrayContaining([ofA.id, ofB.id, pooled.id]));
    });

    it('shows a shared customer to the colleague it is shared with', async () => {
      await api.ok('mutation($c: ID!, $u: ID!) { shareCustomer(customerId: $c, userId: $u, shared: true) }', { c: ofB.id, u: salesA.user.id }, salesB.token);
      expect((await api.ok<{ customer: { id: string } }>(GET, { id: ofB.id }, salesA.token)).customer.id).toBe(ofB.id);
      await api.ok('mutation($c: ID!, $u: ID!) { shareCustomer(customerId: $c, userId: $u, shared: false) }', { c: ofB.id, u: salesA.user.id }, salesB.token);
      expect(codeOf(await api.graphql(GET, { id: ofB.id }, salesA.token))).toBe('NOT_FOUND');
    });

    it('lets only the owner or a manager merge, share or give away a customer, and owners only within their reach', async () => {
      const reasonOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.reason;
      const SHARE = 'mutation($c: ID!, $u: ID!, $s: Boolean!) { shareCustomer(customerId: $c, userId: $u, shared: $s) }';
      const MERGE = 'mutation($s: ID!, $m: ID!) { mergeCustomers(survivorId: $s, mergedId: $m) { id } }';
      const colleague = await api.signedIn('sales', { teamId });
      const sharedWithA = await createCustomer(api, salesB.token, { name: 'Shared By B Trading' });
      await api.ok(SHARE, { c: sharedWithA.id, u: salesA.user.id, s: true }, salesB.token);
      // Seeing a customer (shared, or in the pool) is not owning it.
      const mergeShared = await api.graphql(MERGE, { s: ofA.id, m: sharedWithA.id }, salesA.token);
      expect({ reason: reasonOf(mergeShared), message: mergeShared.errors?.[0].message }).toEqual({ reason: 'CRM_NOT_OWNER', message: 'only the owner or a manager can merge Shared By B Trading' });
      expect(reasonOf(await api.graphql(MERGE, { s: ofA.id, m: pooled.id }, salesA.token))).toBe('CRM_NOT_OWNER');
      expect(reasonOf(await api.graphql(MERGE, { s: sharedWithA.id, m: ofA.id }, salesA.token))).toBe('CRM_NOT_OWNER');
      const [untouched] = await api.dataSource.query('SELECT owner_id, merged_into_id FROM customer WHERE id = $1', [sharedWithA.id]);
      expect(untouched).toEqual({ owner_id: salesB.user.id, merged_into_id: null });
      // Passing the share on is the owner's call; giving back one's own share is anyone's.
      expect(reasonOf(await api.graphql(SHARE, { c: sharedWithA.id, u: colleague.user.id, s: true }, salesA.token))).toBe('CRM_NOT_OWNER');
      expect(reasonOf(await api.graphql(SHARE, { c: pooled.id, u: colleague.user.id, s: true }, salesA.token))).toBe('CRM_NOT_OWNER');
      await api.ok(SHARE, { c: sharedWithA.id, u: salesA.user.id, s: false }, salesA.token);
      expect(codeOf(await api.graphql(GET, { id: sharedWithA.id }, salesA.token))).toBe('NOT_FOUND');

      // A manager gives customers to their own team's salespeople, not to another team's or to a finance user.
      const CREATE = 'mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id ownerId } }';
      const elsewhere = await api.graphql(CREATE, { i: { name: 'Manager Made Elsewhere Ltd', country: 'DE', ownerId: salesB.user.id } }, manager);
      expect(elsewhere.errors?.[0].extensions?.fields).toEqual([{ path: 'input.ownerId', message: `user ${salesB.user.id} is outside your team: managers give customers to members of their own team` }]);
      const financeUser = (await api.signedIn('finance')).user;
      const toFinance = await api.graphql(CREATE, { i: { name: 'Owned By Finance Ltd', country: 'DE', ownerId: financeUser.id } }, admin);
      expect(toFinance.errors?.[0].extensions?.fields).toEqual([{ path: 'input.ownerId', message: `user ${financeUser.id} is a finance user, and customers are owned by salespeople, managers and admins` }]);
      const assignElsewhere = await api.graphql('mutation($c: ID!, $u: ID!) { assignCustomers(input: { customerIds: [$c] }, userId: $u) { id } }', { c: pooled.id, u: financeUser.id }, admin);
      expect(assignElsewhere.errors?.[0].extensions?.fields?.[0]?.path).toBe('userId');
      expect(await api.dataSource.query("SELECT count(*)::int AS n FROM customer WHERE name IN ('Manager Made Elsewhere Ltd', 'Owned By Finance Ltd')")).toEqual([{ n: 0 }]);
      const inTeam = await api.ok<{ createCustomer: { ownerId: string } }>(CREATE, { i: { name: 'Manager Made At Home Ltd', country: 'DE', ownerId: colleague.user.id } }, manager);
      expect(inTeam.createCustomer.ownerId).toBe(colleague.user.id);
    });

    it('keeps roles without write access from editing customers', async () => {
      const result = await api.graphql('mutation($id: ID!) { updateCustomer(id: $id, input: { version: 1, city: "X" }) { id } }', { id: ofA.id }, finance);
      expect(codeOf(result)).toBe('FORBIDDEN');
    });

    it('lets an API token with crm:read list customers but not change them', async () => {
      const { createApiToken } = await api.ok<{ createApiToken: { token: string } }>('mutation { createApiToken(input: { name: "BI", scopes: ["crm:read"] }) { token } }', {}, admin);
      const list = await api.ok<{ customers: { totalCount: number } }>('{ customers(first: 1) { totalCount } }', {}, createApiToken.token);
      expect(list.customers.totalCount).toBeGreaterThanOrEqual(3);
      expect(codeOf(await api.graphql('mutation { createCustomer(input: { name: "Via Token Co" }) { id } }', {}, createApiToken.token))).toBe('FORBIDDEN');
    });
  });

  describe('export', () => {
    const exportList = async (token: string, body: unknown) => {
      const response = await fetch(`${api.url}/api/crm/customers/export.xlsx`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return response;
    };
    const sheetOf = async (response: Response): Promise<Record<string, unknown>[]> => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
      const sheet = workbook.worksheets[0];
      const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
      const rows: Record<string, unknown>[] = [];
      sheet.eachRow((row, number) => {
        if (number > 1) rows.push(Object.fromEntries(headers.map((header, i) => [header, row.getCell(i + 1).value ?? null])));
      });
      return rows;
    };

    it("gives a manager the list as a spreadsheet with the list's filter, order and data scope, audited; refuses a salesperson and a bad filter", async () => {
      const team = (await api.ok<{ createTeam: { id: string } }>('mutation { createTeam(input: { name: "Export Team" }) { id } }', {}, admin)).createTeam.id;
      const { token: manager, user: managerUser } = await api.signedIn('manager', { teamId: team });
      // The sheet is headed and worded in the reader's language: this manager reads English.
      await api.ok("mutation($id: ID!) { updateUser(id: $id, input: { language: en }) { id } }", { id: managerUser.id }, admin);
      const seller = await api.createUser({ role: 'sales', teamId: team, displayName: 'Xu Export' });
      const outsider = await api.createUser({ role: 'sales' });
      const vip = await createTag(api, admin, 'Export value', 'Export VIP');
      const mine = await createCustomer(api, admin, {
        name: 'Exportable Brass Ltd', country: 'GB', city: 'Leeds', ownerId: seller.id, tagIds: [vip],
        contacts: [{ name: 'Beth Brass', emails: ['beth@brass.example'], phones: ['+44 113 496 0000'] }],
      });
      await createCustomer(api, admin, { name: 'Exportable Copper GmbH', country: 'DE', ownerId: seller.id });
      await createCustomer(api, admin, { name: 'Exportable Pool Traders', country: 'FR', toPool: true });
      await createCustomer(api, admin, { name: 'Exportable Elsewhere Inc', country: 'US', ownerId: outsider.id });

      const all = await exportList(manager, { filter: { search: 'Exportable' } });
      expect(all.status).toBe(200);
      expect(all.headers.get('content-type')).toContain('spreadsheetml');
      expect(all.headers.get('content-disposition')).toMatch(/filename\*=UTF-8''customers-\d{4}-\d{2}-\d{2}\.xlsx/);
      const rows = await sheetOf(all);
      // Another team's customer is not the manager's to see; the pool is everyone's.
      expect(rows.map((r) => r.Name)).toEqual(['Exportable Brass Ltd', 'Exportable Copper GmbH', 'Exportable Pool Traders']);
      expect(rows[0]).toMatchObject({
        Country: 'United Kingdom', City: 'Leeds', Stage: 'Lead', Owner: 'Xu Export', Tags: 'Export VIP', Contact: 'Beth Brass',
        'E-mails': 'beth@brass.example', Phones: '+44 113 496 0000', 'Customer id': mine.id,
      });
      expect(rows[0].Created).toBeInstanceOf(Date);
      expect(rows[2].Owner).toBeNull();

      const tagged = await sheetOf(await exportList(manager, { filter: { search: 'Exportable', tags: { tagIds: [vip] } }, sort: { field: 'name', direction: 'DESC' } }));
      expect(tagged.map((r) => r.Name)).toEqual(['Exportable Brass Ltd']);
      const byName = await sheetOf(await exportList(manager, { filter: { search: 'Exportable' }, sort: { field: 'name', direction: 'DESC' } }));
      expect(byName.map((r) => r.Name)).toEqual(['Exportable Pool Traders', 'Exportable Copper GmbH', 'Exportable Brass Ltd']);

      const audited: { changes: Record<string, { to: unknown }> }[] = await api.dataSource.query(
        "SELECT changes FROM audit_log WHERE entity_id = $1 AND action = 'customers_exported' ORDER BY at",
        [managerUser.id],
      );
      // A colleague reading Chinese (the default) gets the same sheet in Chinese.
      const { token: chineseManager } = await api.signedIn('manager', { teamId: team });
      const chinese = await sheetOf(await exportList(chineseManager, { filter: { search: 'Exportable Brass' } }));
      expect(chinese).toEqual([expect.objectContaining({ 客户名称: 'Exportable Brass Ltd', '国家/地区': '英国', 阶段: '线索', 负责人: 'Xu Export', '客户 ID': mine.id })]);

      expect(audited.map((a) => a.changes.customers.to)).toEqual([3, 1, 3]);
      expect(audited[1].changes.filter.to).toEqual({ search: 'Exportable', tags: { tagIds: [vip] } });

      const { token: salesToken } = await api.signedIn('sales', { teamId: team });
      const refused = await exportList(salesToken, { filter: {} });
      expect(refused.status).toBe(403);
      expect(await refused.json()).toMatchObject({ code: 'FORBIDDEN' });
      const bad = await exportList(manager, { filter: { stages: ['sleeping'], grades: 'vip' } });
      expect(bad.status).toBe(400);
      const problem = (await bad.json()) as { code: string; fields: { path: string }[] };
      expect(problem.code).toBe('BAD_USER_INPUT');
      expect(problem.fields.map((f) => f.path).sort()).toEqual(['filter.grades', 'filter.stages']);
    });
  });
});
