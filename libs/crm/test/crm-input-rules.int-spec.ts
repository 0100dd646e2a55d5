import { TestApi, testConfig } from '../../../test/harness/test-app';
import { codeOf, createCustomer, createTag } from './crm-fixtures';

type FieldProblem = { path: string; message: string };

/**
 * What an input may leave out, clear or not, and who may give customers and work to whom: the
 * mistakes an integration (or a stale form) makes must come back as field errors, never as an
 * internal error or as data quietly lost.
 */
describe('CRM input rules', () => {
  let api: TestApi;
  let admin: string;

  beforeAll(async () => {
    api = await TestApi.start(await testConfig());
    admin = (await api.signedIn('admin')).token;
  });

  afterAll(async () => {
    await api.close();
  });

  const createTeam = async (name: string): Promise<string> =>
    (await api.ok<{ createTeam: { id: string } }>('mutation($n: String!) { createTeam(input: { name: $n }) { id } }', { n: name }, admin)).createTeam.id;

  /** The field problems of a refused operation, after checking it was refused as bad input. */
  const problemsOf = async (query: string, variables: Record<string, unknown>, token: string): Promise<FieldProblem[]> => {
    const result = await api.graphql(query, variables, token);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    // The Chinese wording is the SPA's business; these tests read the English.
    return (result.errors![0].extensions!.fields as FieldProblem[]).map(({ path, message }) => ({ path, message }));
  };

  describe('contacts', () => {
    const CONTACT_FIELDS = 'id name title emails phones { raw } messaging { whatsapp wechat skype } birthday preferredLanguage isPrimary version';
    const ADD = `mutation($c: ID!, $i: ContactInput!) { addContact(customerId: $c, input: $i) { ${CONTACT_FIELDS} } }`;
    const UPDATE = `mutation($id: ID!, $i: UpdateContactInput!) { updateContact(id: $id, input: $i) { ${CONTACT_FIELDS} } }`;

    it('keeps what an update leaves out, clears what it sets to null, and changes messaging network by network', async () => {
      const customer = await createCustomer(api, admin);
      const added = (
        await api.ok<{ addContact: { id: string } }>(ADD, {
          c: customer.id,
          i: { name: 'Jana Novak', title: 'Buyer', emails: ['jana@novak-pumps.de'], phones: ['+49 30 1234567'], messaging: { whatsapp: '+49 151 2345678', skype: 'jana.novak' }, birthday: '1984-03-09', preferredLanguage: 'de', isPrimary: true },
        }, admin)
      ).addContact;

      const renamed = (await api.ok<{ updateContact: Record<string, unknown> }>(UPDATE, { id: added.id, i: { name: 'Jana Nováková' } }, admin)).updateContact;
      expect(renamed).toMatchObject({
        name: 'Jana Nováková', title: 'Buyer', emails: ['jana@novak-pumps.de'], phones: [{ raw: '+49 30 1234567' }],
        messaging: { whatsapp: '+49 151 2345678', skype: 'jana.novak' }, birthday: '1984-03-09', preferredLanguage: 'de', isPrimary: true,
      });

      const cleared = (
        await api.ok<{ updateContact: Record<string, unknown> }>(UPDATE, { id: added.id, i: { name: 'Jana Nováková', title: null, birthday: null, emails: null, messaging: { whatsapp: null, wechat: 'jana_n' } } }, admin)
      ).updateContact;
      expect(cleared).toMatchObject({ title: null, birthday: null, emails: [], phones: [{ raw: '+49 30 1234567' }], messaging: { whatsapp: null, wechat: 'jana_n', skype: 'jana.novak' }, isPrimary: true });
    });

    it('refuses a blank name and a date that is not a day, naming the field', async () => {
      const customer = await createCustomer(api, admin);
      expect(await problemsOf(ADD, { c: customer.id, i: { name: '   ' } }, admin)).toEqual([{ path: 'input.name', message: 'must not be blank' }]);
      for (const birthday of ['1980', '1980-04', '2020-W01', '2020-123', '2021-02-29', '1980-04-23T10:00:00Z']) {
        expect(await problemsOf(ADD, { c: customer.id, i: { name: 'Lee', birthday } }, admin)).toEqual([{ path: 'input.birthday', message: 'must be a date written YYYY-MM-DD, such as 1980-04-23' }]);
      }
      expect(await problemsOf('mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }', { i: { name: 'Dated Ltd', companyAnniversary: '2005-6-1' } }, admin)).toEqual([
        { path: 'input.companyAnniversary', message: 'must be a date written YYYY-MM-DD, such as 2005-06-01' },
      ]);
    });
  });

  describe('customers and follow-ups', () => {
    it('refuses null for what an update may leave out but not clear', async () => {
      const customer = await createCustomer(api, admin, { productsOfInterest: ['valves'] });
      const UPDATE = 'mutation($id: ID!, $i: UpdateCustomerInput!) { updateCustomer(id: $id, input: $i) { id } }';
      const version = (await api.ok<{ customer: { version: number } }>('query($id: ID!) { customer(id: $id) { version } }', { id: customer.id }, admin)).customer.version;
      const problems = await problemsOf(UPDATE, { id: customer.id, i: { version, name: null, stage: null, productsOfInterest: null } }, admin);
      for (const field of ['name', 'stage', 'productsOfInterest']) {
        expect(problems).toContainEqual({ path: `input.${field}`, message: 'cannot be null: leave it out to keep its value' });
      }
      // What null may clear, it clears.
      const cleared = await api.ok<{ updateCustomer: { city: string | null } }>('mutation($id: ID!, $i: UpdateCustomerInput!) { updateCustomer(id: $id, input: $i) { city } }', { id: customer.id, i: { version, city: null } }, admin);
      expect(cleared.updateCustomer.city).toBeNull();
    });

    it('refuses list filters that would quietly find nothing: a country name for a code, a calendar range that ends before it starts', async () => {
      expect(await problemsOf('query($f: CustomerFilter) { customers(first: 5, filter: $f) { totalCount } }', { f: { countries: ['DE', 'Germany'] } }, admin)).toEqual([
        { path: 'filter.countries', message: 'must be ISO 3166 alpha-2 codes such as DE or CN' },
      ]);
      expect(await problemsOf('query($f: FollowUpFilter) { followUps(first: 5, filter: $f) { totalCount } }', { f: { from: '2030-02-01T00:00:00Z', to: '2030-01-01T00:00:00Z' } }, admin)).toEqual([
        { path: 'filter.to', message: 'must be after from (the range is from inclusive to exclusive)' },
      ]);
    });

    it('refuses to save a view whose filter the list would refuse, naming each field under input.filter', async () => {
      const SAVE = 'mutation($i: SaveCustomerViewInput!) { saveCustomerView(input: $i) { id } }';
      const problems = await problemsOf(SAVE, { i: { name: 'Broken view', filter: { countries: ['Germany'], stages: ['sleeping'], owner: 'me' } } }, admin);
      expect(problems.map((p) => p.path).sort()).toEqual(['input.filter.countries', 'input.filter.owner', 'input.filter.stages']);
      expect(problems).toContainEqual({ path: 'input.filter.countries', message: 'must be ISO 3166 alpha-2 codes such as DE or CN' });
      expect(await api.dataSource.query("SELECT count(*)::int AS n FROM customer_view WHERE name = 'Broken view'")).toEqual([{ n: 0 }]);
      await api.ok(SAVE, { i: { name: 'German leads', filter: { countries: ['DE'], stages: ['lead'] } } }, admin);
    });

    it("clears a follow-up's note and sets its contact", async () => {
      const customer = await createCustomer(api, admin, { contacts: [{ name: 'Ana Ruiz' }] });
      const contactId = (await api.ok<{ customer: { contacts: { id: string }[] } }>('query($id: ID!) { customer(id: $id) { contacts { id } } }', { id: customer.id }, admin)).customer.contacts[0].id;
      const created = await api.ok<{ createFollowUp: { id: string } }>('mutation($i: CreateFollowUpInput!) { createFollowUp(input: $i) { id } }', { i: { customerId: customer.id, dueAt: '2030-01-01T09:00:00Z', note: 'call about samples' } }, admin);
      const updated = await api.ok<{ updateFollowUp: { note: string | null; contactId: string | null } }>(
        'mutation($id: ID!, $i: UpdateFollowUpInput!) { updateFollowUp(id: $id, input: $i) { note contactId } }',
        { id: created.createFollowUp.id, i: { note: null, contactId } },
        admin,
      );
      expect(updated.updateFollowUp).toEqual({ note: null, contactId });
    });

    it('names the list and the ids when tagging with tags that do not exist', async () => {
      const customer = await createCustomer(api, admin);
      const tag = await createTag(api, admin, 'Rules', 'Existing');
      const missing = '00000000-0000-4000-8000-000000000001';
      const problems = await problemsOf('mutation($i: TagCustomersInput!) { tagCustomers(input: $i) }', { i: { customerIds: [customer.id], addTagIds: [tag], removeTagIds: [missing] } }, admin);
      expect(problems).toEqual([{ path: 'input.removeTagIds', message: `no such tag: ${missing}` }]);
    });
  });

  describe('lists under a customer', () => {
    it('bounds the owner history and the contacts a customer returns, and the contacts it may have', async () => {
      const seller = await api.signedIn('sales');
      const customer = await createCustomer(api, admin, { toPool: true, contacts: [{ name: 'First Buyer' }, { name: 'Second Buyer' }] });
      const CLAIM = 'mutation($ids: [ID!]!) { claimCustomers(input: { customerIds: $ids }) { id } }';
      const RELEASE = 'mutation($ids: [ID!]!) { releaseCustomers(input: { customerIds: $ids }) { id } }';
      for (let i = 0; i < 2; i++) {
        await api.ok(CLAIM, { ids: [customer.id] }, seller.token);
        await api.ok(RELEASE, { ids: [customer.id] }, seller.token);
      }
      const HISTORY = 'query($id: ID!, $n: Int) { customer(id: $id) { ownerHistory(first: $n) { reason } contacts(first: $n) { name } contactCount } }';
      const all = (await api.ok<{ customer: { ownerHistory: { reason: string }[] } }>('query($id: ID!) { customer(id: $id) { ownerHistory { reason } } }', { id: customer.id }, admin)).customer;
      expect(all.ownerHistory.map((h) => h.reason)).toEqual(['release', 'claim', 'release', 'claim']);
      const newest = (await api.ok<{ customer: { ownerHistory: { reason: string }[]; contacts: { name: string }[]; contactCount: number } }>(HISTORY, { id: customer.id, n: 1 }, admin)).customer;
      expect(newest).toEqual({ ownerHistory: [{ reason: 'release' }], contacts: [{ name: 'First Buyer' }], contactCount: 2 });
      expect(codeOf(await api.graphql(HISTORY, { id: customer.id, n: 201 }, admin))).toBe('BAD_USER_INPUT');

      await api.dataSource.query("INSERT INTO contact (customer_id, name) SELECT $1, 'Buyer ' || n FROM generate_series(3, 500) n", [customer.id]);
      const refused = await api.graphql('mutation($c: ID!) { addContact(customerId: $c, input: { name: "One Too Many" }) { id } }', { c: customer.id }, admin);
      expect(refused.errors?.[0]).toMatchObject({ message: `${customer.name} has 500 contacts, the most a customer may have`, extensions: { code: 'RULE_VIOLATION', reason: 'CRM_TOO_MANY_CONTACTS' } });
    });
  });

  describe('merging order figures', () => {
    it('adds the merged customer\'s amounts only when they are in the same currency as the survivor\'s', async () => {
      const [survivor, usd, eur] = [await createCustomer(api, admin), await createCustomer(api, admin), await createCustomer(api, admin)];
      const STATS = `INSERT INTO customer_order_stats (customer_id, order_count, revenue_amount, revenue12m_amount, revenue_currency, receivable_open_amount)
        VALUES ($1, $2, $3, $3, $4, $5)`;
      await api.dataSource.query(STATS, [survivor.id, 2, '1000.00', 'USD', '100.00']);
      await api.dataSource.query(STATS, [usd.id, 1, '250.50', 'USD', '50.00']);
      await api.dataSource.query(STATS, [eur.id, 3, '900.00', 'EUR', '80.00']);
      const MERGE = 'mutation($s: ID!, $m: ID!) { mergeCustomers(survivorId: $s, mergedId: $m) { id } }';
      await api.ok(MERGE, { s: survivor.id, m: usd.id }, admin);
      await api.ok(MERGE, { s: survivor.id, m: eur.id }, admin);
      expect(await api.dataSource.query('SELECT order_count, revenue_amount, revenue12m_amount, revenue_currency, receivable_open_amount FROM customer_order_stats WHERE customer_id = $1', [survivor.id])).toEqual([
        { order_count: 6, revenue_amount: '1250.50', revenue12m_amount: '1250.50', revenue_currency: 'USD', receivable_open_amount: '150.00' },
      ]);
    });
  });

  describe('CRM settings', () => {
    const UPDATE = 'mutation($i: UpdateCrmSettingsInput!) { updateCrmSettings(input: $i) { reportingCurrency grading { vipRevenue12m } assignmentRules { teamId } } }';
    const grading = { vipRevenue12m: '150000', keyRevenue12m: '50000', vipOrders12m: 6, keyOrders12m: 3, potentialActivityDays: 90, dormantMonths: 12, lostMonths: 24 };

    it('refuses a blank or null currency, a new currency without thresholds in it, and thresholds out of order, all at once', async () => {
      expect(await problemsOf(UPDATE, { i: { reportingCurrency: '' } }, admin)).toEqual([{ path: 'input.reportingCurrency', message: '"" is not an ISO 4217 currency code' }]);
      expect(await problemsOf(UPDATE, { i: { reportingCurrency: null, assignmentRules: null } }, admin)).toEqual([
        { path: 'input.reportingCurrency', message: 'cannot be null: leave it out to keep its value' },
        { path: 'input.assignmentRules', message: 'cannot be null: leave it out to keep its value' },
      ]);
      expect(await problemsOf(UPDATE, { i: { reportingCurrency: 'EUR' } }, admin)).toEqual([
        { path: 'input.grading', message: 'the revenue thresholds are amounts in USD: give them in EUR with the new reporting currency' },
      ]);
      expect(await problemsOf(UPDATE, { i: { grading: { ...grading, vipRevenue12m: '-5' } } }, admin)).toEqual([
        { path: 'input.grading.vipRevenue12m', message: 'must be an amount such as 150000 or 150000.50 (not negative)' },
      ]);
      expect(await problemsOf(UPDATE, { i: { grading: { ...grading, keyRevenue12m: '200000', keyOrders12m: 7, lostMonths: 12 } } }, admin)).toEqual([
        { path: 'input.grading.keyRevenue12m', message: 'must not be more than vipRevenue12m' },
        { path: 'input.grading.keyOrders12m', message: 'must not be more than vipOrders12m' },
        { path: 'input.grading.lostMonths', message: 'must be more than dormantMonths' },
      ]);
      const changed = await api.ok<{ updateCrmSettings: { reportingCurrency: string; grading: { vipRevenue12m: string } } }>(UPDATE, { i: { reportingCurrency: 'eur', grading: { ...grading, vipRevenue12m: '140000' } } }, admin);
      expect(changed.updateCrmSettings).toMatchObject({ reportingCurrency: 'EUR', grading: { vipRevenue12m: '140000' } });
      await api.ok(UPDATE, { i: { reportingCurrency: 'USD', grading } }, admin);
    });

    it('refuses assignment rules that give to a team or user that does not exist', async () => {
      const teamId = await createTeam('Rules Team');
      const nobody = '00000000-0000-4000-8000-000000000002';
      expect(await problemsOf(UPDATE, { i: { assignmentRules: [{ country: 'DE', teamId }, { country: 'Atlantis', teamId: nobody }, { industry: 'Pumps', userId: nobody }] } }, admin)).toEqual([
        { path: 'input.assignmentRules.1.teamId', message: `team ${nobody} does not exist` },
        { path: 'input.assignmentRules.1.country', message: '"Atlantis" is not a country' },
        { path: 'input.assignmentRules.2.userId', message: `${nobody} is not an active user` },
      ]);
      const saved = await api.ok<{ updateCrmSettings: { assignmentRules: { teamId: string }[] } }>(UPDATE, { i: { assignmentRules: [{ country: 'DE', teamId }] } }, admin);
      expect(saved.updateCrmSettings.assignmentRules).toEqual([{ teamId }]);
      await api.ok(UPDATE, { i: { assignmentRules: [] } }, admin);
    });
  });

  describe('who may give customers and work to whom', () => {
    const CUSTOMER_IDS = 'query($f: CustomerFilter) { customers(first: 100, filter: $f) { nodes { id } } }';
    const visibleTo = async (token: string, id: string): Promise<boolean> =>
      (await api.ok<{ customers: { nodes: { id: string }[] } }>(CUSTOMER_IDS, {}, token)).customers.nodes.some((c) => c.id === id);

    it("moves a salesperson's customers into their new team with them", async () => {
      const [teamA, teamB] = [await createTeam('Team A'), await createTeam('Team B')];
      const seller = await api.signedIn('sales', { teamId: teamA });
      const managerA = await api.signedIn('manager', { teamId: teamA });
      const managerB = await api.signedIn('manager', { teamId: teamB });
      const customer = await createCustomer(api, seller.token);
      expect([await visibleTo(managerA.token, customer.id), await visibleTo(managerB.token, customer.id)]).toEqual([true, false]);

      await api.ok('mutation($id: ID!, $t: ID) { updateUser(id: $id, input: { teamId: $t }) { id } }', { id: seller.user.id, t: teamB }, admin);
      expect([await visibleTo(managerA.token, customer.id), await visibleTo(managerB.token, customer.id)]).toEqual([false, true]);
    });

    it('shares a customer with the colleague its owner asks to follow it up, and refuses a colleague the caller may not share it with', async () => {
      const teamId = await createTeam('Follow-up Team');
      const [owner, colleague, third] = [await api.signedIn('sales', { teamId }), await api.signedIn('sales', { teamId }), await api.signedIn('sales', { teamId })];
      const customer = await createCustomer(api, owner.token, { name: 'Kiel Valves GmbH' });
      const FOLLOW_UP = 'mutation($i: CreateFollowUpInput!) { createFollowUp(input: $i) { id } }';
      expect(await visibleTo(colleague.token, customer.id)).toBe(false);
      await api.ok(FOLLOW_UP, { i: { customerId: customer.id, assigneeId: colleague.user.id, dueAt: '2030-01-01T09:00:00Z', note: 'visit the plant' } }, owner.token);
      expect(await visibleTo(colleague.token, customer.id)).toBe(true);
      // The colleague sees it by a share and may not pass it on to someone who cannot.
      expect(await problemsOf(FOLLOW_UP, { i: { customerId: customer.id, assigneeId: third.user.id, dueAt: '2030-01-02T09:00:00Z' } }, colleague.token)).toEqual([
        { path: 'input.assigneeId', message: `${third.user.displayName} cannot open Kiel Valves GmbH; its owner or a manager can share it with them first` },
      ]);
      expect(await visibleTo(third.token, customer.id)).toBe(false);
    });

    it('lets a manager without a team give customers to nobody but themselves', async () => {
      const manager = await api.signedIn('manager');
      const teamless = await api.createUser({ role: 'sales' });
      const customer = await createCustomer(api, admin, { toPool: true });
      const ASSIGN = 'mutation($ids: [ID!]!, $u: ID!) { assignCustomers(input: { customerIds: $ids }, userId: $u) { ownerId } }';
      expect(codeOf(await api.graphql(ASSIGN, { ids: [customer.id], u: teamless.id }, manager.token))).toBe('FORBIDDEN');
      expect(codeOf(await api.graphql('mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }', { i: { name: 'Teamless Trading Ltd', ownerId: teamless.id } }, manager.token))).toBe('BAD_USER_INPUT');
      expect((await api.ok<{ assignCustomers: { ownerId: string }[] }>(ASSIGN, { ids: [customer.id], u: manager.user.id }, manager.token)).assignCustomers[0].ownerId).toBe(manager.user.id);
    });

    it("applies for a manager only the assignment rules that give to their own team, and leaves the others' customers in the pool", async () => {
      const [ours, theirs] = [await createTeam('Rule Team Ours'), await createTeam('Rule Team Theirs')];
      const manager = await api.signedIn('manager', { teamId: ours });
      const toUs = await createCustomer(api, admin, { toPool: true, country: 'PL', industry: 'Rule Test Pumps' });
      const toThem = await createCustomer(api, admin, { toPool: true, country: 'CZ', industry: 'Rule Test Pumps' });
      await api.ok('mutation($i: UpdateCrmSettingsInput!) { updateCrmSettings(input: $i) { pool { claimCap } } }', {
        i: { assignmentRules: [{ country: 'CZ', industry: 'Rule Test Pumps', teamId: theirs }, { country: 'PL', industry: 'Rule Test Pumps', teamId: ours }] },
      }, admin);
      try {
        expect((await api.ok<{ applyAssignmentRules: number }>('mutation { applyAssignmentRules }', {}, manager.token)).applyAssignmentRules).toBe(1);
        const teams = await api.dataSource.query('SELECT id, team_id FROM customer WHERE id = ANY($1::uuid[])', [[toUs.id, toThem.id]]);
        expect(Object.fromEntries(teams.map((r: { id: string; team_id: string | null }) => [r.id, r.team_id]))).toEqual({ [toUs.id]: ours, [toThem.id]: null });
      } finally {
        await api.ok('mutation { updateCrmSettings(input: { assignmentRules: [] }) { pool { claimCap } } }', {}, admin);
      }
    });

    it("does not let an admin start a salesperson's import, which would run as them", async () => {
      const seller = await api.signedIn('sales');
      const form = new FormData();
      form.append('file', new Blob(['Company,Country\nStarted Elsewhere Ltd,DE\n']), 'theirs.csv');
      const uploaded = await fetch(`${api.url}/api/crm/imports`, { method: 'POST', headers: { authorization: `Bearer ${seller.token}` }, body: form });
      const { importId: id } = (await uploaded.json()) as { importId: string };
      expect(uploaded.status).toBe(201);
      const START = 'mutation($id: ID!) { startCustomerImport(id: $id, dryRun: false) { status } }';
      const refused = await api.graphql(START, { id }, admin);
      expect(refused.errors![0].message).toBe('only the user who uploaded this file may start its import, which runs as them');
      expect(codeOf(refused)).toBe('FORBIDDEN');
      expect((await api.dataSource.query('SELECT status FROM customer_import WHERE id = $1', [id]))[0].status).not.toBe('running');
    });

    it('refuses a column mapping with an unknown field or two columns for a field a customer has one of, naming each column', async () => {
      const form = new FormData();
      form.append('file', new Blob(['Company,Country,Land,Email,Mail\nMapped Twice Ltd,DE,Germany,a@mapped.example,b@mapped.example\n']), 'twice.csv');
      const uploaded = await fetch(`${api.url}/api/crm/imports`, { method: 'POST', headers: { authorization: `Bearer ${admin}` }, body: form });
      const { importId } = (await uploaded.json()) as { importId: string };
      const START = 'mutation($id: ID!, $m: [String]) { startCustomerImport(id: $id, dryRun: true, mapping: $m) { status } }';
      expect(await problemsOf(START, { id: importId, m: ['name', 'country', 'country', 'email', 'email'] }, admin)).toEqual([
        { path: 'mapping.2', message: 'column 3 is mapped to country, as column 2 is; a customer has one country, so map one of them to nothing' },
      ]);
      expect(await problemsOf(START, { id: importId, m: ['name', 'nation', null, 'email', 'email'] }, admin)).toEqual([
        { path: 'mapping.1', message: expect.stringMatching(/^"nation" is not a field; use one of name, /) },
      ]);
    });

    it('refuses an export request with a field it does not know instead of exporting everything', async () => {
      const manager = await api.signedIn('manager', { teamId: await createTeam('Export Team') });
      const response = await fetch(`${api.url}/api/crm/customers/export.xlsx`, {
        method: 'POST',
        headers: { authorization: `Bearer ${manager.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ filters: { stages: ['lead'] } }),
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'filters', message: 'filters should not exist' }] });
    });
  });
});
