import { INestApplicationContext } from '@nestjs/common';
import { DateTime } from 'luxon';
import { runAsSystem, User } from '@tradewind/platform';
import { companyToday } from '@tradewind/shared';
import { clearQueues, eventually, startTestWorker, TestApi, testConfig } from '../../../test/harness/test-app';
import { codeOf, createCustomer, createTag, customersWithStaleTagIds } from './crm-fixtures';

describe('CRM workflows', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let admin: string;
  let teamId: string;

  beforeAll(async () => {
    const config = await testConfig();
    api = await TestApi.start(config);
    worker = await startTestWorker(config);
    admin = (await api.signedIn('admin')).token;
    teamId = (await api.ok<{ createTeam: { id: string } }>('mutation { createTeam(input: { name: "Workflow Team" }) { id } }', {}, admin)).createTeam.id;
  });

  afterAll(async () => {
    await worker.close();
    await api.close();
    await clearQueues(api.config);
  });

  const notificationsOf = async (token: string) =>
    (await api.ok<{ myNotifications: { nodes: { kind: string; params: Record<string, unknown>; link: string }[] } }>('{ myNotifications(first: 50) { nodes { kind params link } } }', {}, token)).myNotifications.nodes;

  describe('pool', () => {
    it('lets a salesperson claim from the pool up to the cap, and tells nobody twice', async () => {
      await api.ok('mutation { updateCrmSettings(input: { pool: { idleDays: 30, warningDays: 3, claimCap: 2 } }) { pool { claimCap } } }', {}, admin);
      const { token } = await api.signedIn('sales', { teamId });
      const [a, b, c] = [await createCustomer(api, admin, { toPool: true }), await createCustomer(api, admin, { toPool: true }), await createCustomer(api, admin, { toPool: true })];
      const CLAIM = 'mutation($ids: [ID!]!) { claimCustomers(input: { customerIds: $ids }) { id ownerId inPool } }';
      await api.ok(CLAIM, { ids: [a.id] }, token);
      // Two more with room for one: the message says how many may still be claimed.
      expect((await api.graphql(CLAIM, { ids: [b.id, c.id] }, token)).errors?.[0].message).toBe('you hold 1 customer and may hold at most 2: you may claim 1 more, not 2');
      const claimed = await api.ok<{ claimCustomers: { inPool: boolean }[] }>(CLAIM, { ids: [b.id] }, token);
      expect(claimed.claimCustomers.map((c) => c.inPool)).toEqual([false]);
      const refused = await api.graphql(CLAIM, { ids: [c.id] }, token);
      expect(codeOf(refused)).toBe('RULE_VIOLATION');
      expect(refused.errors?.[0].message).toBe('you hold 2 customers and may hold at most 2: you may claim none; release some to the pool first');
      expect(refused.errors?.[0].extensions?.messageZh).toBe('你已有 2 个客户，最多可有 2 个：不能再认领，请先将部分客户释放到公海');
      const { token: other } = await api.signedIn('sales', { teamId });
      // Claimed customers leave the pool, so for a colleague they no longer exist.
      expect(codeOf(await api.graphql(CLAIM, { ids: [a.id] }, other))).toBe('NOT_FOUND');
      const history = await api.ok<{ customer: { ownerHistory: { reason: string; fromUserId: string | null }[] } }>('query($id: ID!) { customer(id: $id) { ownerHistory { reason fromUserId } } }', { id: a.id }, token);
      expect(history.customer.ownerHistory).toEqual([{ reason: 'claim', fromUserId: null }]);
      // Claims sent at the same moment by one salesperson, each within the cap alone: only the cap's worth go through.
      const { token: racer, user } = await api.signedIn('sales', { teamId });
      const racing = await Promise.all(Array.from({ length: 4 }, () => createCustomer(api, admin, { toPool: true })));
      const results = await Promise.all(racing.map((customer) => api.graphql(CLAIM, { ids: [customer.id] }, racer)));
      expect(results.map((r) => codeOf(r) ?? 'ok').sort()).toEqual(['RULE_VIOLATION', 'RULE_VIOLATION', 'ok', 'ok']);
      expect(await api.dataSource.query('SELECT count(*)::int AS n FROM customer WHERE owner_id = $1', [user.id])).toEqual([{ n: 2 }]);
      await api.ok('mutation { updateCrmSettings(input: { pool: { idleDays: 30, warningDays: 3, claimCap: 200 } }) { pool { claimCap } } }', {}, admin);
    });

    it('warns the owner of an idle customer, then returns it to the pool', async () => {
      const { token, user } = await api.signedIn('sales', { teamId });
      const idle = await createCustomer(api, token, { name: 'Sleepy Importers Ltd' });
      const busy = await createCustomer(api, token, { name: 'Busy Importers Ltd' });
      await api.dataSource.query("UPDATE customer SET owned_since = now() - interval '40 days', created_at = now() - interval '40 days' WHERE id = ANY($1)", [[idle.id, busy.id]]);
      await api.ok('mutation($id: ID!) { logActivity(input: { customerId: $id, type: call, subject: "Checked in" }) { activity { id } } }', { id: busy.id }, token);
      const { PoolService } = await import('../src/pool/pool.service');
      const pool = api.app.get(PoolService);
      const first = await runAsSystem('test', () => pool.returnIdleCustomers());
      expect(first).toEqual({ warned: 1, returned: 0 });
      await eventually(async () => (await notificationsOf(token)).some((n) => n.kind === 'pool_return_warning'), 15_000, 'warning notification');
      const later = new Date(Date.now() + 4 * 86_400_000);
      expect(await runAsSystem('test', () => pool.returnIdleCustomers(later))).toEqual({ warned: 0, returned: 1 });
      const [row] = await api.dataSource.query('SELECT owner_id FROM customer WHERE id = $1', [idle.id]);
      expect(row.owner_id).toBeNull();
      const [busyRow] = await api.dataSource.query('SELECT owner_id FROM customer WHERE id = $1', [busy.id]);
      expect(busyRow.owner_id).toBe(user.id);
    });

    it('applies the assignment rules in order: the first rule a pool customer matches decides, the industry compared without case', async () => {
      const iberia = (await api.ok<{ createTeam: { id: string } }>('mutation { createTeam(input: { name: "Iberia Team" }) { id } }', {}, admin)).createTeam.id;
      const member = await api.createUser({ role: 'sales', teamId });
      const RULES = 'mutation($r: [AssignmentRuleInput!]!) { updateCrmSettings(input: { assignmentRules: $r }) { assignmentRules { country } } }';
      await api.ok(RULES, { r: [
        { country: 'ES', teamId: iberia },
        { industry: 'food_beverage', userId: member.id },
        // Would also take the Spanish hardware importer, had the first rule not decided it.
        { country: 'Spain', industry: 'Hardware', teamId },
      ] }, admin);
      const spanish = await createCustomer(api, admin, { toPool: true, country: 'ES', industry: 'Hardware' });
      const food = await createCustomer(api, admin, { toPool: true, country: 'DE', industry: 'FOOD_BEVERAGE' });
      // "_" is a letter here, not LIKE's wildcard.
      const lookalike = await createCustomer(api, admin, { toPool: true, country: 'DE', industry: 'FoodXbeverage' });
      const french = await createCustomer(api, admin, { toPool: true, country: 'FR', industry: 'Hardware' });
      const APPLY = 'mutation { applyAssignmentRules }';
      const placed = async () => Object.fromEntries((await api.dataSource.query('SELECT id, owner_id, team_id FROM customer WHERE id = ANY($1)', [[spanish.id, food.id, lookalike.id, french.id]]))
        .map((r: { id: string; owner_id: string | null; team_id: string | null }) => [r.id, { owner: r.owner_id, team: r.team_id }]));
      const before = await placed();

      expect((await api.ok<{ applyAssignmentRules: number }>(APPLY, {}, admin)).applyAssignmentRules).toBe(2);
      const after = await placed();
      expect(after[spanish.id]).toEqual({ owner: null, team: iberia });
      expect(after[food.id].owner).toBe(member.id);
      expect(after[lookalike.id]).toEqual(before[lookalike.id]);
      expect(after[french.id]).toEqual(before[french.id]);
      // Nothing left to move: a second run changes nothing.
      expect((await api.ok<{ applyAssignmentRules: number }>(APPLY, {}, admin)).applyAssignmentRules).toBe(0);
      expect(await placed()).toEqual(after);
      await api.ok(RULES, { r: [] }, admin);
    });

    it('lets managers assign only within their team', async () => {
      const { token: manager } = await api.signedIn('manager', { teamId });
      const member = await api.createUser({ role: 'sales', teamId });
      const outsider = await api.createUser({ role: 'sales' });
      const customer = await createCustomer(api, admin, { toPool: true });
      const ASSIGN = 'mutation($ids: [ID!]!, $u: ID!) { assignCustomers(input: { customerIds: $ids }, userId: $u) { ownerId } }';
      expect(codeOf(await api.graphql(ASSIGN, { ids: [customer.id], u: outsider.id }, manager))).toBe('FORBIDDEN');
      expect((await api.ok<{ assignCustomers: { ownerId: string }[] }>(ASSIGN, { ids: [customer.id], u: member.id }, manager)).assignCustomers[0].ownerId).toBe(member.id);
      const { token: memberToken } = { token: (await api.login(member.email)).accessToken };
      await eventually(async () => (await notificationsOf(memberToken)).some((n) => n.kind === 'customer_assigned' && n.link === `/customers/${customer.id}`), 15_000, 'assignment notification');
    });

    it("lets open follow-ups follow their customer: the previous owner's pass to whoever takes it next, and one back in the pool keeps none of the grade policy's", async () => {
      const previous = await api.signedIn('sales', { teamId });
      const colleague = await api.createUser({ role: 'sales', teamId });
      const customer = await createCustomer(api, previous.token, { name: 'Wandering Valves Ltd' });
      const FOLLOW_UP = 'mutation($i: CreateFollowUpInput!) { createFollowUp(input: $i) { id } }';
      const mine = (await api.ok<{ createFollowUp: { id: string } }>(FOLLOW_UP, { i: { customerId: customer.id, dueAt: '2030-01-01T09:00:00Z', note: 'send the valve catalogue' } }, previous.token)).createFollowUp.id;
      const theirs = (await api.ok<{ createFollowUp: { id: string } }>(FOLLOW_UP, { i: { customerId: customer.id, assigneeId: colleague.id, dueAt: '2030-01-02T09:00:00Z', note: 'visit the plant' } }, previous.token)).createFollowUp.id;
      await api.dataSource.query("INSERT INTO follow_up (customer_id, assignee_id, due_at, type, origin) VALUES ($1, $2, now() + interval '7 days', 'call', 'policy')", [customer.id, previous.user.id]);
      await api.dataSource.query('UPDATE follow_up SET reminder_sent_at = now() WHERE id = $1', [mine]);
      const open = async () =>
        (await api.dataSource.query('SELECT id, assignee_id, origin, reminder_sent_at IS NOT NULL AS reminded FROM follow_up WHERE customer_id = $1 AND done_at IS NULL ORDER BY due_at', [customer.id]))
          .map((f: { id: string; assignee_id: string; origin: string; reminded: boolean }) => ({ id: f.origin === 'policy' ? 'policy' : f.id, assignee: f.assignee_id, reminded: f.reminded }));

      await api.ok('mutation($ids: [ID!]!) { releaseCustomers(input: { customerIds: $ids }) { id } }', { ids: [customer.id] }, previous.token);
      // In the pool: nobody keeps the grade's policy; what people planned by hand stays with them.
      expect(await open()).toEqual([{ id: mine, assignee: previous.user.id, reminded: true }, { id: theirs, assignee: colleague.id, reminded: false }]);

      const claimant = await api.signedIn('sales', { teamId });
      await api.ok('mutation($ids: [ID!]!) { claimCustomers(input: { customerIds: $ids }) { id } }', { ids: [customer.id] }, claimant.token);
      // The claimant takes on what the last owner left, and is reminded of it in turn; a colleague's own task stays theirs.
      expect(await open()).toEqual([{ id: mine, assignee: claimant.user.id, reminded: false }, { id: theirs, assignee: colleague.id, reminded: false }]);
      const due = await api.ok<{ followUps: { nodes: { id: string }[] } }>('query($id: ID!) { followUps(first: 10, filter: { customerId: $id }) { nodes { id } } }', { id: customer.id }, claimant.token);
      expect(due.followUps.nodes.map((f) => f.id)).toEqual([mine, theirs]);

      const { token: manager } = await api.signedIn('manager', { teamId });
      const next = await api.createUser({ role: 'sales', teamId });
      await api.ok('mutation($ids: [ID!]!, $u: ID!) { assignCustomers(input: { customerIds: $ids }, userId: $u) { id } }', { ids: [customer.id], u: next.id }, manager);
      expect(await open()).toEqual([{ id: mine, assignee: next.id, reminded: false }, { id: theirs, assignee: colleague.id, reminded: false }]);
    });
  });

  describe('notifications', () => {
    it("counts a user's unread notifications and marks the given ones, or all, read; never another user's", async () => {
      const { token: manager } = await api.signedIn('manager', { teamId });
      const member = await api.createUser({ role: 'sales', teamId });
      const memberToken = (await api.login(member.email)).accessToken;
      const ASSIGN = 'mutation($ids: [ID!]!, $u: ID!) { assignCustomers(input: { customerIds: $ids }, userId: $u) { id } }';
      for (let i = 0; i < 3; i++) await api.ok(ASSIGN, { ids: [(await createCustomer(api, admin, { toPool: true })).id], u: member.id }, manager);
      await eventually(async () => (await notificationsOf(memberToken)).length === 3, 15_000, 'three assignment notifications');
      const UNREAD = '{ unreadNotificationCount }';
      const MARK = 'mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }';
      const unread = async (token: string) => (await api.ok<{ unreadNotificationCount: number }>(UNREAD, {}, token)).unreadNotificationCount;
      expect(await unread(memberToken)).toBe(3);
      const ids = (await api.ok<{ myNotifications: { nodes: { id: string }[] } }>('{ myNotifications(first: 10) { nodes { id } } }', {}, memberToken)).myNotifications.nodes.map((n) => n.id);
      // Another user's ids change nothing.
      expect(await api.ok(MARK, { ids }, manager)).toEqual({ markNotificationsRead: 0 });
      expect(await api.ok(MARK, { ids: [ids[0]] }, memberToken)).toEqual({ markNotificationsRead: 1 });
      expect(await api.ok(MARK, { ids: [ids[0]] }, memberToken)).toEqual({ markNotificationsRead: 0 });
      expect(await unread(memberToken)).toBe(2);
      const bad = await api.graphql(MARK, { ids: [ids[1], 'not-an-id'] }, memberToken);
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'ids.1', message: '"not-an-id" is not an id' }] });
      expect(await unread(memberToken)).toBe(2);
      expect(await api.ok(MARK, {}, memberToken)).toEqual({ markNotificationsRead: 2 });
      expect(await unread(memberToken)).toBe(0);
    });
  });

  describe('follow-ups', () => {
    it('lists due-today and overdue follow-ups in the assignee\'s time zone and completes one by logging an activity', async () => {
      const user = await api.createUser({ role: 'sales', teamId });
      await api.ok('mutation($id: ID!) { updateUser(id: $id, input: { timeZone: "America/New_York" }) { id } }', { id: user.id }, admin);
      const token = (await api.login(user.email)).accessToken;
      const customer = await createCustomer(api, token);
      const CREATE = 'mutation($i: CreateFollowUpInput!) { createFollowUp(input: $i) { id } }';
      const unreadable = await api.graphql(CREATE, { i: { customerId: customer.id, dueAt: 'next Tuesday' } }, token);
      expect(unreadable.errors?.[0].extensions?.fields).toEqual([{ path: 'input.dueAt', message: 'must be a date and time with its offset, such as 2026-03-05T09:00:00+08:00' }]);
      const overdue = (await api.ok<{ createFollowUp: { id: string } }>(CREATE, { i: { customerId: customer.id, dueAt: new Date(Date.now() - 3 * 86_400_000).toISOString(), type: 'call' } }, token)).createFollowUp.id;
      const future = (await api.ok<{ createFollowUp: { id: string } }>(CREATE, { i: { customerId: customer.id, dueAt: new Date(Date.now() + 5 * 86_400_000).toISOString() } }, token)).createFollowUp.id;
      const LIST = 'query($due: FollowUpDue) { followUps(first: 10, filter: { due: $due }) { nodes { id } } }';
      const ids = async (due: string) => (await api.ok<{ followUps: { nodes: { id: string }[] } }>(LIST, { due }, token)).followUps.nodes.map((n) => n.id);
      expect(await ids('today_or_overdue')).toEqual([overdue]);
      expect(await ids('upcoming')).toEqual([future]);
      // Each row's customer and assignee, which the list loads for the whole page.
      const rows = await api.ok<{ followUps: { nodes: unknown[] } }>('{ followUps(first: 10) { nodes { id customer { id name } assignee { id } } } }', {}, token);
      const customerName = (await api.ok<{ customer: { name: string } }>('query($id: ID!) { customer(id: $id) { name } }', { id: customer.id }, token)).customer.name;
      expect(rows.followUps.nodes).toEqual([overdue, future].map((id) => ({ id, customer: { id: customer.id, name: customerName }, assignee: { id: user.id } })));
      const result = await api.ok<{ logActivity: { completedFollowUp: { id: string; doneAt: string } } }>(
        'mutation($i: LogActivityInput!) { logActivity(input: $i) { completedFollowUp { id doneAt } } }',
        { i: { customerId: customer.id, type: 'call', subject: 'Discussed the spring order', followUpId: overdue } }, token);
      expect(result.logActivity.completedFollowUp.id).toBe(overdue);
      expect(await ids('today_or_overdue')).toEqual([]);
      const timeline = await api.ok<{ customer: { lastActivityAt: string; timeline: { nodes: { type: string; subject: string }[] } } }>(
        'query($id: ID!) { customer(id: $id) { lastActivityAt timeline(first: 5) { nodes { type subject } } } }', { id: customer.id }, token);
      expect(timeline.customer.timeline.nodes[0]).toEqual({ type: 'call', subject: 'Discussed the spring order' });
      expect(timeline.customer.lastActivityAt).not.toBeNull();
    });

    it('sends an in-app reminder once when a follow-up comes due', async () => {
      const { token } = await api.signedIn('sales', { teamId });
      const customer = await createCustomer(api, token, { name: 'Reminder Target Oy' });
      await api.ok('mutation($i: CreateFollowUpInput!) { createFollowUp(input: $i) { id } }', { i: { customerId: customer.id, dueAt: new Date(Date.now() + 5 * 60_000).toISOString() } }, token);
      const { FollowUpService } = await import('../src/follow-up/follow-up.service');
      const service = api.app.get(FollowUpService);
      expect(await runAsSystem('test', () => service.sendDueReminders())).toBeGreaterThanOrEqual(1);
      expect(await runAsSystem('test', () => service.sendDueReminders())).toBe(0);
      await eventually(async () => (await notificationsOf(token)).filter((n) => n.kind === 'follow_up_due').length === 1, 15_000, 'reminder');
      const [note] = (await notificationsOf(token)).filter((n) => n.kind === 'follow_up_due');
      expect(note.params).toMatchObject({ customerName: 'Reminder Target Oy', customerId: customer.id });
    });
  });

  describe('merge', () => {
    it('moves contacts, activities, follow-ups, tags, shares and owner history to the survivor, and the merged id resolves to it', async () => {
      const { token } = await api.signedIn('sales', { teamId });
      const colleague = await api.createUser({ role: 'sales' });
      const tag = await createTag(api, admin, 'Merge Test', 'Trade show 2026');
      const survivor = await createCustomer(api, token, { name: 'Keeper Industries', country: 'IT', contacts: [{ name: 'Luca', emails: ['luca@keeper.it'] }] });
      const duplicate = await createCustomer(api, token, { name: 'Keeper Industrie SpA', country: 'IT', city: 'Milano', website: 'keeper.it', tagIds: [tag], contacts: [{ name: 'Giulia', emails: ['giulia@keeper.it'] }] });
      await api.ok('mutation($id: ID!) { logActivity(input: { customerId: $id, type: email, subject: "Catalogue sent" }) { activity { id } } }', { id: duplicate.id }, token);
      await api.ok('mutation($i: CreateFollowUpInput!) { createFollowUp(input: $i) { id } }', { i: { customerId: duplicate.id, dueAt: '2030-01-01T09:00:00Z' } }, token);
      await api.ok('mutation($c: ID!, $u: ID!) { shareCustomer(customerId: $c, userId: $u, shared: true) }', { c: duplicate.id, u: colleague.id }, token);

      const { mergeCustomers } = await api.ok<{ mergeCustomers: { id: string; city: string; websiteDomain: string; aliases: string[] } }>(
        'mutation($s: ID!, $m: ID!) { mergeCustomers(survivorId: $s, mergedId: $m) { id city websiteDomain aliases } }', { s: survivor.id, m: duplicate.id }, token);
      expect(mergeCustomers).toEqual({ id: survivor.id, city: 'Milano', websiteDomain: 'keeper.it', aliases: ['keeper industrie'] });

      const view = await api.ok<{ customer: { id: string; contacts: { name: string }[]; tags: { id: string }[]; timeline: { nodes: { type: string; subject: string | null }[] } } }>(
        'query($id: ID!) { customer(id: $id) { id contacts { name } tags { id } timeline(first: 10) { nodes { type subject } } } }', { id: duplicate.id }, token);
      expect(view.customer.id).toBe(survivor.id);
      expect(view.customer.contacts.map((c) => c.name).sort()).toEqual(['Giulia', 'Luca']);
      expect(view.customer.tags.map((t) => t.id)).toEqual([tag]);
      expect(await customersWithStaleTagIds(api)).toEqual([]);
      expect(view.customer.timeline.nodes.map((n) => n.subject)).toContain('Catalogue sent');
      const followUps = await api.ok<{ followUps: { totalCount: number } }>('query($id: ID!) { followUps(first: 5, filter: { customerId: $id }) { totalCount } }', { id: survivor.id }, token);
      expect(followUps.followUps.totalCount).toBe(1);
      const shares = await api.dataSource.query('SELECT customer_id FROM customer_share WHERE user_id = $1', [colleague.id]);
      expect(shares).toEqual([{ customer_id: survivor.id }]);
      const list = await api.ok<{ customers: { nodes: { id: string }[] } }>('{ customers(first: 100, filter: { search: "Keeper" }) { nodes { id } } }', {}, token);
      expect(list.customers.nodes.map((n) => n.id)).toEqual([survivor.id]);
      const audit = await api.dataSource.query("SELECT entity_id, action FROM audit_log WHERE action IN ('merged', 'merged_into') ORDER BY action", []);
      expect(audit).toEqual(expect.arrayContaining([{ entity_id: survivor.id, action: 'merged' }, { entity_id: duplicate.id, action: 'merged_into' }]));
    });

    it("gives the merged customer's open follow-ups to the survivor's owner, and keeps one open policy follow-up", async () => {
      const keeper = await api.signedIn('sales', { teamId });
      const other = await api.signedIn('sales', { teamId });
      const { token: manager } = await api.signedIn('manager', { teamId });
      const survivor = await createCustomer(api, keeper.token, { name: 'Rhein Pumpen GmbH', country: 'DE' });
      const duplicate = await createCustomer(api, other.token, { name: 'Rhein Pumpen', country: 'DE' });
      const { createFollowUp } = await api.ok<{ createFollowUp: { id: string } }>('mutation($i: CreateFollowUpInput!) { createFollowUp(input: $i) { id } }', { i: { customerId: duplicate.id, dueAt: '2030-01-01T09:00:00Z', note: 'send the pump curves' } }, other.token);
      // Both records have the open policy follow-up grading plans (one per customer).
      for (const [customer, assignee] of [[survivor.id, keeper.user.id], [duplicate.id, other.user.id]]) {
        await api.dataSource.query("INSERT INTO follow_up (customer_id, assignee_id, due_at, type, origin) VALUES ($1, $2, now() + interval '7 days', 'call', 'policy')", [customer, assignee]);
      }
      await api.ok('mutation($s: ID!, $m: ID!) { mergeCustomers(survivorId: $s, mergedId: $m) { id } }', { s: survivor.id, m: duplicate.id }, manager);
      expect(await api.dataSource.query('SELECT customer_id, assignee_id FROM follow_up WHERE id = $1', [createFollowUp.id])).toEqual([{ customer_id: survivor.id, assignee_id: keeper.user.id }]);
      expect(await api.dataSource.query("SELECT count(*)::int AS n FROM follow_up WHERE customer_id = $1 AND origin = 'policy' AND done_at IS NULL", [survivor.id])).toEqual([{ n: 1 }]);
      const calendar = await api.ok<{ followUps: { nodes: { id: string }[] } }>('query($id: ID!) { followUps(first: 10, filter: { customerId: $id }) { nodes { id } } }', { id: survivor.id }, keeper.token);
      expect(calendar.followUps.nodes.map((f) => f.id)).toContain(createFollowUp.id);
    });

    type Pairs = { refreshing: boolean; computedAt: string; nodes: { a: { id: string }; b: { id: string }; matchedOn: string; reason: string }[] };
    /** The list once the worker has stored the pairs of the customers changed so far. */
    const settledPairs = async (token: string): Promise<Pairs> => {
      const read = async () => (await api.ok<{ possibleDuplicates: Pairs }>('{ possibleDuplicates(first: 100) { refreshing computedAt nodes { a { id } b { id } matchedOn reason } } }', {}, token)).possibleDuplicates;
      await eventually(async () => !(await read()).refreshing, 15_000, 'the duplicates computed again');
      return read();
    };

    it('lists customers that look like duplicates with the reason, computed again by the worker once customers changed', async () => {
      const a = await createCustomer(api, admin, { name: 'Twin Peaks Trading Co., Ltd.', country: 'CN' });
      const b = await createCustomer(api, admin, { name: 'TWIN PEAKS TRADING', country: 'China' });
      const possibleDuplicates = await settledPairs(admin);
      const pair = possibleDuplicates.nodes.find((p) => [p.a.id, p.b.id].sort().join() === [a.id, b.id].sort().join());
      expect(pair).toMatchObject({ matchedOn: 'name', reason: expect.stringContaining('twin peaks trading') });
    });

    it("lists only the pairs of customers the caller may see: an admin every pair, a salesperson none of another team's", async () => {
      const otherTeam = (await api.ok<{ createTeam: { id: string } }>('mutation { createTeam(input: { name: "Duplicates Other Team" }) { id } }', {}, admin)).createTeam.id;
      const { token: outsider } = await api.signedIn('sales', { teamId: otherTeam });
      const a = await createCustomer(api, outsider, { name: 'Scoped Twins Hardware Ltd', country: 'DE' });
      const b = await createCustomer(api, outsider, { name: 'SCOPED TWINS HARDWARE', country: 'DE' });
      const hasPair = async (token: string) => (await settledPairs(token)).nodes.some((p) => [p.a.id, p.b.id].sort().join() === [a.id, b.id].sort().join());
      const { token: seller } = await api.signedIn('sales', { teamId });
      expect(await hasPair(admin)).toBe(true);
      expect(await hasPair(outsider)).toBe(true);
      expect(await hasPair(seller)).toBe(false);
      // A merge takes the pair off the list at once, before the worker computes it again.
      await api.ok('mutation($s: ID!, $m: ID!) { mergeCustomers(survivorId: $s, mergedId: $m) { id } }', { s: a.id, m: b.id }, outsider);
      const after = (await api.ok<{ possibleDuplicates: Pairs }>('{ possibleDuplicates(first: 100) { refreshing computedAt nodes { a { id } b { id } matchedOn reason } } }', {}, admin)).possibleDuplicates;
      expect(after.refreshing).toBe(true);
      expect(after.nodes.some((p) => [p.a.id, p.b.id].includes(b.id))).toBe(false);
    });

    it("tells the owner of a customer a manager merged into a colleague's where it went", async () => {
      const { token: manager, user: managerUser } = await api.signedIn('manager', { teamId });
      const [loser, keeper] = [await api.signedIn('sales', { teamId }), await api.signedIn('sales', { teamId })];
      const merged = await createCustomer(api, loser.token, { name: 'Merged Away Pumps Ltd' });
      const survivor = await createCustomer(api, keeper.token, { name: 'Kept Pumps Ltd' });
      await api.ok('mutation($s: ID!, $m: ID!) { mergeCustomers(survivorId: $s, mergedId: $m) { id } }', { s: survivor.id, m: merged.id }, manager);
      await eventually(async () => (await notificationsOf(loser.token)).some((n) => n.kind === 'customer_merged'), 15_000, 'the merge notification');
      expect((await notificationsOf(loser.token)).find((n) => n.kind === 'customer_merged')).toEqual({
        kind: 'customer_merged',
        link: `/customers/${survivor.id}`,
        params: { customerId: survivor.id, customerName: 'Kept Pumps Ltd', mergedName: 'Merged Away Pumps Ltd', ownerName: keeper.user.displayName, byName: managerUser.displayName },
      });
      // The survivor's owner lost nothing and is not told.
      expect((await notificationsOf(keeper.token)).some((n) => n.kind === 'customer_merged')).toBe(false);
    });

    it("tells a manager how many pairs have a customer of theirs on one side and one they may not see on the other, without listing them", async () => {
      const team = async (name: string) => (await api.ok<{ createTeam: { id: string } }>('mutation($n: String!) { createTeam(input: { name: $n }) { id } }', { n: name }, admin)).createTeam.id;
      const [ours, theirs, empty] = [await team('Duplicates Our Team'), await team('Duplicates Their Team'), await team('Duplicates Empty Team')];
      const [ourManager, emptyManager] = [(await api.signedIn('manager', { teamId: ours })).token, (await api.signedIn('manager', { teamId: empty })).token];
      const ourCustomer = await createCustomer(api, (await api.signedIn('sales', { teamId: ours })).token, { name: 'Cross Team Fasteners Ltd', country: 'GB' });
      const twin = await createCustomer(api, (await api.signedIn('sales', { teamId: theirs })).token, { name: 'CROSS TEAM FASTENERS', country: 'GB' });
      const read = async (token: string) =>
        (await api.ok<{ possibleDuplicates: { refreshing: boolean; beyondScope: number; nodes: { a: { id: string }; b: { id: string } }[] } }>('{ possibleDuplicates(first: 100) { refreshing beyondScope nodes { a { id } b { id } } } }', {}, token)).possibleDuplicates;
      // One computation per 30 s window: the one the tests before asked for may hold this one back that long.
      await eventually(async () => !(await read(admin)).refreshing, 45_000, 'the duplicates computed again');
      expect((await read(admin)).nodes.some((p) => [p.a.id, p.b.id].sort().join() === [ourCustomer.id, twin.id].sort().join())).toBe(true);
      const [mine, none] = [await read(ourManager), await read(emptyManager)];
      // The two managers see the same pool; only the cross-team pair of their own customer tells them apart.
      expect(mine.beyondScope).toBe(none.beyondScope + 1);
      expect(mine.nodes.some((p) => [p.a.id, p.b.id].includes(ourCustomer.id))).toBe(false);
    }, 60_000);
  });

  describe('lookalikes of a customer about to be created', () => {
    type Lookalike = { customer: { id: string; name: string } | null; matchedOn: string; reason: string };
    const LOOKALIKES = 'query($i: CustomerLookalikeInput!, $first: Int) { customerLookalikes(input: $i, first: $first) { customer { id name } matchedOn reason } }';
    const lookalikes = async (token: string, input: Record<string, unknown>, first?: number): Promise<Lookalike[]> =>
      (await api.ok<{ customerLookalikes: Lookalike[] }>(LOOKALIKES, { i: input, first }, token)).customerLookalikes;
    const rulesOf = (found: Lookalike[]) => found.map((l) => [l.customer?.id ?? null, l.matchedOn]);

    it('finds the customers the import would take for it, by every rule, strongest first, each once', async () => {
      const { token } = await api.signedIn('sales', { teamId });
      const byMail = await createCustomer(api, token, { name: 'Lookalike Mail Holding', country: 'DE', contacts: [{ name: 'Anna', emails: ['anna@lookalike-mail.de'], phones: ['+49 30 1234567'] }] });
      const byWeb = await createCustomer(api, token, { name: 'Webfront Lookalike AG', country: 'DE', website: 'https://www.webfront-lookalike.de/about' });
      const german = await createCustomer(api, token, { name: 'Quarzwerk Lookalike Industries GmbH', country: 'DE' });
      const french = await createCustomer(api, token, { name: 'Quarzwerk Lookalike Industries SARL', country: 'FR' });

      expect(await lookalikes(token, { emails: ['Anna@Lookalike-Mail.de'] })).toEqual([{ customer: { id: byMail.id, name: 'Lookalike Mail Holding' }, matchedOn: 'email', reason: 'same e-mail anna@lookalike-mail.de' }]);
      expect(rulesOf(await lookalikes(token, { emails: ['bob@lookalike-mail.de'] }))).toEqual([[byMail.id, 'email_domain']]);
      expect(rulesOf(await lookalikes(token, { emails: ['sales@webfront-lookalike.de'] }))).toEqual([[byWeb.id, 'email_domain']]);
      expect(rulesOf(await lookalikes(token, { website: 'http://WEBFRONT-LOOKALIKE.de' }))).toEqual([[byWeb.id, 'website']]);
      expect(rulesOf(await lookalikes(token, { phones: ['030 1234567'], country: 'Germany' }))).toEqual([[byMail.id, 'phone']]);
      // The name as normalised (legal form and case folded); another country is another company.
      expect(rulesOf(await lookalikes(token, { name: 'QUARZWERK LOOKALIKE INDUSTRIES', country: 'DE' }))).toEqual([[german.id, 'name']]);
      expect(rulesOf(await lookalikes(token, { name: 'Quarzwerk Lookalike Industires GmbH', country: 'DE' }))).toEqual([[german.id, 'fuzzy_name']]);
      const both = await lookalikes(token, { name: 'Quarzwerk Lookalike Industries' });
      expect(rulesOf(both).sort()).toEqual([[french.id, 'name'], [german.id, 'name']].sort());
      expect(rulesOf(await lookalikes(token, { name: 'Quarzwerk Lookalike Industries' }, 1))).toHaveLength(1);
      // A strong rule first: the e-mail matches the German customer, the name both.
      expect(rulesOf(await lookalikes(token, { name: 'Lookalike Mail Holding GmbH', emails: ['anna@lookalike-mail.de'] }))).toEqual([[byMail.id, 'email']]);
      // Free-mail domains identify nobody, and different corporate domains mean different companies whatever the name.
      expect(await lookalikes(token, { emails: ['someone@gmail.com'] })).toEqual([]);
      expect(await lookalikes(token, { name: 'Webfront Lookalike AG', website: 'webfront-other.com' })).toEqual([]);
      expect(rulesOf(await lookalikes(token, { name: 'Webfront Lookalike AG', emails: ['max@gmail.com'] }))).toEqual([[byWeb.id, 'name']]);
    });

    it("names no customer outside the reader's data scope, says nothing of its own values, and bounds the list", async () => {
      const otherTeam = (await api.ok<{ createTeam: { id: string } }>('mutation { createTeam(input: { name: "Lookalike Other Team" }) { id } }', {}, admin)).createTeam.id;
      const { token: outsider } = await api.signedIn('sales', { teamId: otherTeam });
      await createCustomer(api, outsider, { name: 'Hidden Lookalike Trading GmbH', country: 'DE', contacts: [{ name: 'Hugo', emails: ['hugo@hidden-lookalike.de'] }] });
      const { token } = await api.signedIn('sales', { teamId });
      expect(await lookalikes(token, { emails: ['hugo@hidden-lookalike.de'] })).toEqual([{ customer: null, matchedOn: 'email', reason: 'same e-mail address' }]);
      expect(await lookalikes(token, { name: 'Hiden Lookalike Trading', country: 'DE' })).toEqual([{ customer: null, matchedOn: 'fuzzy_name', reason: 'nearly the same name' }]);
      expect(rulesOf(await lookalikes(admin, { name: 'Hiden Lookalike Trading', country: 'DE' }))).toEqual([[expect.any(String), 'fuzzy_name']]);
      for (const first of [0, 21]) {
        const refused = await api.graphql(LOOKALIKES, { i: { name: 'Anything' }, first }, token);
        expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      }
      const tooMany = await api.graphql(LOOKALIKES, { i: { emails: Array.from({ length: 21 }, (_, i) => `p${i}@example.com`) } }, token);
      expect(codeOf(tooMany)).toBe('BAD_USER_INPUT');
    });
  });

  describe('key dates', () => {
    type KeyDates = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { kind: string; occursOn: string; years: number; customerName: string; contactName: string | null }[] };
    const KEY_DATES = 'query($f: KeyDatesFilter, $first: Int, $after: String) { upcomingKeyDates(filter: $f, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { kind occursOn years customerName contactName } } }';
    const keyDates = async (token: string, filter: Record<string, unknown>, page: { first?: number; after?: string } = {}) =>
      (await api.ok<{ upcomingKeyDates: KeyDates }>(KEY_DATES, { f: filter, ...page }, token)).upcomingKeyDates;
    /** `date` moved by whole years and days, as YYYY-MM-DD. */
    const shifted = (date: DateTime, years: number, days = 0) => date.plus({ years, days }).toISODate()!;

    it("lists the birthdays and company anniversaries coming round, soonest first, in the reader's time zone and data scope", async () => {
      const seller = await api.signedIn('sales', { teamId });
      await api.dataSource.query("UPDATE app_user SET time_zone = 'Pacific/Kiritimati' WHERE id = $1", [seller.user.id]);
      const today = DateTime.now().setZone('Pacific/Kiritimati').startOf('day');
      await createCustomer(api, seller.token, {
        name: 'Kiri Anchors Ltd',
        companyAnniversary: shifted(today, -12, 5),
        contacts: [
          { name: 'Tomasi Today', birthday: shifted(today, -30) },
          { name: 'Losa Later', birthday: shifted(today, -41, 40) },
          // Passed this year a day ago: it comes round next year, a year older.
          { name: 'Iosefa Yesterday', birthday: shifted(today, -50, -1) },
          { name: 'Leap Day Baby', birthday: '1992-02-29' },
        ],
      });
      const outsider = await api.signedIn('sales');
      await createCustomer(api, outsider.token, { name: 'Far Team Traders', contacts: [{ name: 'Hidden Birthday', birthday: shifted(today, -25, 1) }] });
      const mine = { ownerId: seller.user.id };

      const month = await keyDates(seller.token, { ...mine, days: 30 });
      expect(month.nodes).toEqual([
        { kind: 'birthday', occursOn: today.toISODate(), years: 30, customerName: 'Kiri Anchors Ltd', contactName: 'Tomasi Today' },
        { kind: 'company_anniversary', occursOn: shifted(today, 0, 5), years: 12, customerName: 'Kiri Anchors Ltd', contactName: null },
      ]);
      // Another team's customer is not the salesperson's to see, even without the owner filter.
      expect((await keyDates(seller.token, { days: 30 })).nodes.map((d) => d.contactName)).not.toContain('Hidden Birthday');
      const { token: admin2 } = await api.signedIn('admin');
      expect((await keyDates(admin2, { ownerId: outsider.user.id, days: 30 })).nodes.map((d) => d.contactName)).toEqual(['Hidden Birthday']);

      // A year ahead, a page at a time; 29 February falls on the 28th in a year without one.
      const leapYear = (year: number) => DateTime.fromObject({ year }).isInLeapYear;
      const nextLeapDay = [today.year, today.year + 1]
        .map((year) => DateTime.fromObject({ year, month: 2, day: leapYear(year) ? 29 : 28 }, { zone: 'Pacific/Kiritimati' }))
        .find((date) => date >= today)!;
      const year: KeyDates['nodes'] = [];
      let after: string | undefined;
      do {
        const page = await keyDates(seller.token, { ...mine, days: 366 }, { first: 2, after });
        expect(page.totalCount).toBe(5);
        year.push(...page.nodes);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor! : undefined;
      } while (after);
      const expected = [
        { contactName: 'Tomasi Today', occursOn: today.toISODate()!, years: 30 },
        { contactName: null, occursOn: shifted(today, 0, 5), years: 12 },
        { contactName: 'Losa Later', occursOn: shifted(today, 0, 40), years: 41 },
        { contactName: 'Iosefa Yesterday', occursOn: shifted(today, 1, -1), years: 51 },
        { contactName: 'Leap Day Baby', occursOn: nextLeapDay.toISODate()!, years: nextLeapDay.year - 1992 },
      ].sort((a, b) => a.occursOn.localeCompare(b.occursOn));
      expect(year.map(({ contactName, occursOn, years }) => ({ contactName, occursOn, years }))).toEqual(expected);

      // Today is the reader's: 25 hours behind Kiritimati it is still yesterday there (or, for an hour a
      // day, the day before), so Kiritimati's birthday of today is still to come and yesterday's is today's.
      await api.dataSource.query("UPDATE app_user SET time_zone = 'Pacific/Pago_Pago' WHERE id = $1", [seller.user.id]);
      const behind = DateTime.now().setZone('Pacific/Pago_Pago').startOf('day');
      const todayBehind = (await keyDates(seller.token, { ...mine, days: 0 })).nodes;
      expect(todayBehind.map((d) => [d.contactName, d.occursOn])).toEqual(behind.toISODate() === shifted(today, 0, -1) ? [['Iosefa Yesterday', behind.toISODate()]] : []);
      const { errors } = await api.graphql(KEY_DATES, { f: { days: 400 } }, seller.token);
      expect(codeOf({ errors })).toBe('BAD_USER_INPUT');
      expect(errors?.[0].message).toBe('filter.days: must not be greater than 366');
    });

    it('tells each owner of their customers\' key dates a few days ahead, once however often the job runs', async () => {
      const seller = await api.signedIn('sales', { teamId });
      const today = DateTime.fromISO(companyToday());
      const customer = await createCustomer(api, seller.token, {
        name: 'Reminder Rigging GmbH',
        companyAnniversary: shifted(today, -7, 2),
        contacts: [{ name: 'Greta Geburtstag', birthday: shifted(today, -45, 1) }, { name: 'Too Far Ahead', birthday: shifted(today, -45, 6) }],
      });
      const { KeyDatesService } = await import('../src/key-dates/key-dates.service');
      const keyDatesService = api.app.get(KeyDatesService);
      expect(await runAsSystem('test', () => keyDatesService.remindOwners())).toBeGreaterThanOrEqual(2);
      expect(await runAsSystem('test', () => keyDatesService.remindOwners())).toBe(0);
      await eventually(async () => (await notificationsOf(seller.token)).filter((n) => n.kind === 'key_date').length === 2, 15_000, 'key date notifications');
      const told = (await notificationsOf(seller.token)).filter((n) => n.kind === 'key_date');
      expect(told.map((n) => n.link)).toEqual([`/customers/${customer.id}`, `/customers/${customer.id}`]);
      expect(told.map((n) => n.params).sort((a, b) => String(a.occursOn).localeCompare(String(b.occursOn)))).toEqual([
        { keyDate: 'birthday', customerId: customer.id, customerName: 'Reminder Rigging GmbH', contactName: 'Greta Geburtstag', occursOn: shifted(today, 0, 1), years: 45 },
        { keyDate: 'company_anniversary', customerId: customer.id, customerName: 'Reminder Rigging GmbH', contactName: null, occursOn: shifted(today, 0, 2), years: 7 },
      ]);
    });
  });

  describe('handover', () => {
    it('moves all customers and open follow-ups of a user in one audited operation, keeping the history, and then allows deactivation', async () => {
      const leaving = await api.createUser({ role: 'sales', teamId });
      const successor = await api.createUser({ role: 'sales', teamId });
      const leavingToken = (await api.login(leaving.email)).accessToken;
      const customers = [await createCustomer(api, leavingToken), await createCustomer(api, leavingToken)];
      await api.ok('mutation($i: CreateFollowUpInput!) { createFollowUp(input: $i) { id } }', { i: { customerId: customers[0].id, dueAt: '2030-01-01T09:00:00Z' } }, leavingToken);

      const DEACTIVATE = 'mutation($id: ID!) { setUserActive(id: $id, active: false) { active } }';
      const refused = await api.graphql(DEACTIVATE, { id: leaving.id }, admin);
      expect(codeOf(refused)).toBe('RULE_VIOLATION');
      expect(refused.errors?.[0].message).toBe('this user still owns 2 customers; hand them over first');

      const { token: salesToken } = await api.signedIn('sales', { teamId });
      const HANDOVER = 'mutation($i: HandOverCustomersInput!) { handOverCustomers(input: $i) { customers followUps } }';
      expect(codeOf(await api.graphql(HANDOVER, { i: { fromUserId: leaving.id, toUserId: successor.id } }, salesToken))).toBe('FORBIDDEN');
      const result = await api.ok<{ handOverCustomers: { customers: number; followUps: number } }>(HANDOVER, { i: { fromUserId: leaving.id, toUserId: successor.id } }, admin);
      expect(result.handOverCustomers).toEqual({ customers: 2, followUps: 1 });

      const owners = await api.dataSource.query('SELECT DISTINCT owner_id FROM customer WHERE id = ANY($1)', [customers.map((c) => c.id)]);
      expect(owners).toEqual([{ owner_id: successor.id }]);
      const history = await api.ok<{ customer: { ownerHistory: { reason: string; fromUserId: string; toUserId: string }[] } }>(
        'query($id: ID!) { customer(id: $id) { ownerHistory { reason fromUserId toUserId } } }', { id: customers[0].id }, admin);
      expect(history.customer.ownerHistory.map((h) => [h.reason, h.fromUserId, h.toUserId])).toEqual([['handover', leaving.id, successor.id], ['created', null, leaving.id]]);
      const [audit] = await api.dataSource.query("SELECT changes FROM audit_log WHERE entity_id = $1 AND action = 'handed_over'", [leaving.id]);
      expect(audit.changes).toMatchObject({ toUserId: { to: successor.id }, customers: { to: 2 }, followUps: { to: 1 } });
      const followUp = await api.dataSource.query('SELECT assignee_id FROM follow_up WHERE customer_id = $1', [customers[0].id]);
      expect(followUp).toEqual([{ assignee_id: successor.id }]);

      expect((await api.ok<{ setUserActive: { active: boolean } }>(DEACTIVATE, { id: leaving.id }, admin)).setUserActive.active).toBe(false);
    });

    it("gives a deactivated salesperson's follow-ups on colleagues' customers to each customer's owner, or else to whoever set them", async () => {
      const leaving = await api.createUser({ role: 'sales', teamId });
      const owner = await api.createUser({ role: 'sales', teamId });
      const ownersCustomer = await createCustomer(api, (await api.login(owner.email)).accessToken);
      const poolCustomer = await createCustomer(api, admin, { toPool: true });
      const CREATE = 'mutation($i: CreateFollowUpInput!) { createFollowUp(input: $i) { id } }';
      const followUp = async (customerId: string) =>
        (await api.ok<{ createFollowUp: { id: string } }>(CREATE, { i: { customerId, assigneeId: leaving.id, dueAt: '2030-02-01T09:00:00Z' } }, admin)).createFollowUp.id;
      const onOwners = await followUp(ownersCustomer.id);
      const onPool = await followUp(poolCustomer.id);
      const { me } = await api.ok<{ me: { id: string } }>('{ me { id } }', {}, admin);

      await api.ok('mutation($id: ID!) { setUserActive(id: $id, active: false) { active } }', { id: leaving.id }, admin);
      const assignees = async () =>
        new Map((await api.dataSource.query('SELECT id, assignee_id FROM follow_up WHERE id = ANY($1)', [[onOwners, onPool]]) as { id: string; assignee_id: string }[]).map((r) => [r.id, r.assignee_id]));
      await eventually(async () => (await assignees()).get(onOwners) !== leaving.id, 15_000, 'the follow-ups reassigned');
      expect(await assignees()).toEqual(new Map([[onOwners, owner.id], [onPool, me.id]]));
      const [audit] = await api.dataSource.query("SELECT changes FROM audit_log WHERE entity_id = $1 AND action = 'follow_ups_reassigned'", [leaving.id]);
      expect(audit.changes).toEqual({ followUps: { from: null, to: 2 } });
    });

    it('gives customers only to an active salesperson or manager, keeps a manager within their team, and says why it refuses', async () => {
      const HANDOVER = 'mutation($i: HandOverCustomersInput!) { handOverCustomers(input: $i) { customers followUps } }';
      const leaving = await api.createUser({ role: 'sales', teamId });
      const customer = await createCustomer(api, (await api.login(leaving.email)).accessToken);
      const refusal = async (toUserId: string, token: string, fromUserId = leaving.id) => (await api.graphql(HANDOVER, { i: { fromUserId, toUserId } }, token)).errors?.[0];
      const toUserIdProblem = (reason: string, message: string) => ({ extensions: { code: 'BAD_USER_INPUT', reason, fields: [{ path: 'input.toUserId', message }] } });

      const logistics = await api.createUser({ role: 'logistics', teamId, displayName: '孙涛' });
      expect(await refusal(logistics.id, admin)).toMatchObject(toUserIdProblem('CRM_HANDOVER_RECIPIENT_ROLE', '孙涛 works in logistics; customers go to salespeople or managers'));
      const merchandiser = await api.createUser({ role: 'merchandiser', teamId, displayName: '周敏' });
      expect(await refusal(merchandiser.id, admin)).toMatchObject(toUserIdProblem('CRM_HANDOVER_RECIPIENT_ROLE', '周敏 is a merchandiser; customers go to salespeople or managers'));
      const otherAdmin = await api.createUser({ role: 'admin', displayName: 'Grace Admin' });
      expect(await refusal(otherAdmin.id, admin)).toMatchObject(toUserIdProblem('CRM_HANDOVER_RECIPIENT_ROLE', 'Grace Admin is an administrator; customers go to salespeople or managers'));
      const former = await api.createUser({ role: 'sales', teamId, displayName: '郑爽' });
      await api.ok('mutation($id: ID!) { setUserActive(id: $id, active: false) { active } }', { id: former.id }, admin);
      expect(await refusal(former.id, admin)).toMatchObject(toUserIdProblem('CRM_HANDOVER_RECIPIENT_INACTIVE', "郑爽's account is deactivated; hand over to an active colleague"));

      const otherTeam = (await api.ok<{ createTeam: { id: string } }>('mutation { createTeam(input: { name: "Handover Other Team" }) { id } }', {}, admin)).createTeam.id;
      const kevin = await api.createUser({ role: 'sales', teamId: otherTeam, displayName: 'Kevin Huang' });
      const { token: manager } = await api.signedIn('manager', { teamId });
      const acrossTeams = { message: 'managers hand over work within their own team', extensions: { code: 'FORBIDDEN', reason: 'CRM_HANDOVER_OUTSIDE_TEAM' } };
      expect(await refusal(kevin.id, manager)).toMatchObject(acrossTeams);
      expect(await refusal(logistics.id, manager)).toMatchObject(toUserIdProblem('CRM_HANDOVER_RECIPIENT_ROLE', '孙涛 works in logistics; customers go to salespeople or managers'));
      // A manager without a team has no team to hand over within, not even among people without one.
      const [teamlessLeaving, teamlessTaking] = [await api.createUser({ role: 'sales' }), await api.createUser({ role: 'sales' })];
      const { token: teamlessManager } = await api.signedIn('manager');
      expect(await refusal(teamlessTaking.id, teamlessManager, teamlessLeaving.id)).toMatchObject(acrossTeams);
      expect(await api.dataSource.query('SELECT owner_id FROM customer WHERE id = $1', [customer.id])).toEqual([{ owner_id: leaving.id }]);
    });
  });

  describe('grading', () => {
    it('keeps one open policy follow-up per customer when two gradings create it at once', async () => {
      const owner: User = await api.createUser({ role: 'sales', teamId });
      const customer = await createCustomer(api, (await api.login(owner.email)).accessToken, { name: 'Twice Graded Ltd' });
      const { FollowUpService } = await import('../src/follow-up/follow-up.service');
      const followUps = api.app.get(FollowUpService);
      const due = [{ customerId: customer.id, assigneeId: owner.id, dueAt: new Date() }];
      const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
      // The first grading has written its follow-up but not committed when the second looks for one.
      let commitFirst!: () => void;
      const firstMayCommit = new Promise<void>((resolve) => (commitFirst = resolve));
      const first = runAsSystem('test', () => followUps.tx.run(async () => {
        const created = await followUps.createPolicyFollowUps(due);
        await firstMayCommit;
        return created;
      }));
      await pause(300);
      const second = runAsSystem('test', () => followUps.tx.run(() => followUps.createPolicyFollowUps(due)));
      await pause(300);
      commitFirst();
      const created = await Promise.all([first, second]);
      expect(created[0] + created[1]).toBe(1);
      expect(await api.dataSource.query("SELECT count(*)::int AS n FROM follow_up WHERE customer_id = $1 AND origin = 'policy' AND done_at IS NULL", [customer.id])).toEqual([{ n: 1 }]);
    });

    it('grades from order figures and activity, says why, and creates the follow-ups the grade policy asks for', async () => {
      const owner: User = await api.createUser({ role: 'sales', teamId });
      const ownerToken = (await api.login(owner.email)).accessToken;
      const vip = await createCustomer(api, ownerToken, { name: 'Grade VIP Corp' });
      const fresh = await createCustomer(api, ownerToken, { name: 'Grade New Lead Corp' });
      const today = new Date();
      const iso = (daysAgo: number) => new Date(today.getTime() - daysAgo * 86_400_000).toISOString().slice(0, 10);
      await api.dataSource.query(
        `INSERT INTO customer_order_stats (customer_id, order_count, first_order_date, last_order_date, revenue_amount, revenue12m_amount, orders12m)
         VALUES ($1, 5, $2, $3, 400000, 182000, 3)`, [vip.id, iso(400), iso(20)]);
      await api.dataSource.query("UPDATE customer SET last_activity_at = now() - interval '40 days', created_at = now() - interval '400 days' WHERE id = $1", [vip.id]);
      await api.ok('mutation($id: ID!) { logActivity(input: { customerId: $id, type: meeting, subject: "Met at Canton Fair" }) { activity { id } } }', { id: fresh.id }, ownerToken);
      const { GradingService } = await import('../src/grading/grading.service');
      const run = await runAsSystem('test', () => api.app.get(GradingService).recompute([vip.id, fresh.id]));
      expect(run.graded).toBe(2);
      type Graded = { name: string; grade: string; gradeReason: string; gradeBasis: Record<string, unknown> };
      const { customers } = await api.ok<{ customers: { nodes: Graded[] } }>(
        `{ customers(first: 10, filter: { search: "Grade " }, sort: { field: name, direction: ASC }) { nodes { name grade gradeReason
           gradeBasis { code orders12m revenue12m { amount currency } daysSinceOrder usualIntervalDays daysSinceContact monthsSinceOrder monthsSinceContact } } } }`, {}, ownerToken);
      const noFigures = { orders12m: null, revenue12m: null, daysSinceOrder: null, usualIntervalDays: null, daysSinceContact: null, monthsSinceOrder: null, monthsSinceContact: null };
      expect(customers.nodes).toEqual([
        { name: 'Grade New Lead Corp', grade: 'potential', gradeReason: 'no order yet; last contact 0 days ago', gradeBasis: { ...noFigures, code: 'recent_contact_no_order', daysSinceContact: 0 } },
        {
          name: 'Grade VIP Corp',
          grade: 'vip',
          gradeReason: '3 orders, USD 182k in 12 months',
          gradeBasis: { ...noFigures, code: 'order_figures', orders12m: 3, revenue12m: { amount: '182000.00', currency: 'USD' } },
        },
      ]);
      // The basis read back from jsonb equals the recomputed one: an unchanged customer is not rewritten.
      const again = await runAsSystem('test', () => api.app.get(GradingService).recompute([vip.id, fresh.id]));
      expect(again).toMatchObject({ graded: 2, changed: 0 });
      await api.dataSource.query('UPDATE customer_order_stats SET revenue12m_amount = 182400.50 WHERE customer_id = $1', [vip.id]);
      expect(await runAsSystem('test', () => api.app.get(GradingService).recompute([vip.id, fresh.id]))).toMatchObject({ changed: 1 });
      const [stored] = await api.dataSource.query('SELECT grade_basis FROM customer WHERE id = $1', [vip.id]);
      expect(stored.grade_basis).toEqual({ code: 'order_figures', orders12m: 3, revenue12m: { amount: '182400.5', currency: 'USD' } });
      // VIPs are contacted every 30 days; the last contact was 40 days ago.
      const policy = await api.dataSource.query("SELECT customer_id, assignee_id, origin FROM follow_up WHERE origin = 'policy' AND customer_id = ANY($1)", [[vip.id, fresh.id]]);
      expect(policy).toEqual([{ customer_id: vip.id, assignee_id: owner.id, origin: 'policy' }]);
    });

    type Regraded = { customer: { grade: string | null; gradeReason: string | null; gradeBasis: { code: string; daysSinceContact: number | null } | null } };
    const REGRADED = 'query($id: ID!) { customer(id: $id) { grade gradeReason gradeBasis { code daysSinceContact } } }';

    it('regrades a customer in the worker once a contact is logged, without a policy follow-up the contact made unnecessary', async () => {
      const owner = await api.createUser({ role: 'sales', teamId });
      const ownerToken = (await api.login(owner.email)).accessToken;
      const customer = await createCustomer(api, ownerToken, { name: 'Long Quiet Trading' });
      await api.dataSource.query("UPDATE customer SET last_activity_at = now() - interval '100 days', created_at = now() - interval '200 days' WHERE id = $1", [customer.id]);
      const { GradingService } = await import('../src/grading/grading.service');
      // The nightly run: dormant, and (dormant customers every 90 days) a policy follow-up.
      await runAsSystem('test', () => api.app.get(GradingService).recompute([customer.id]));
      const graded = async () => (await api.ok<Regraded>(REGRADED, { id: customer.id }, ownerToken)).customer;
      expect(await graded()).toEqual({ grade: 'dormant', gradeReason: 'no order yet; no contact for 100 days', gradeBasis: { code: 'quiet_no_order', daysSinceContact: 100 } });
      const openFollowUps = async () => api.dataSource.query('SELECT id, origin FROM follow_up WHERE customer_id = $1 AND done_at IS NULL', [customer.id]);
      const [policy] = await openFollowUps();
      expect(policy.origin).toBe('policy');

      await api.ok('mutation($i: LogActivityInput!) { logActivity(input: $i) { activity { id } } }', { i: { customerId: customer.id, type: 'call', subject: 'Asked about the autumn range', followUpId: policy.id } }, ownerToken);
      await eventually(async () => (await graded()).grade === 'potential', 15_000, 'the regrade after the call');
      expect(await graded()).toEqual({ grade: 'potential', gradeReason: 'no order yet; last contact 0 days ago', gradeBasis: { code: 'recent_contact_no_order', daysSinceContact: 0 } });
      // The regrade (in the same transaction as the grade) saw the call: no new follow-up replaces the one it completed.
      expect(await openFollowUps()).toEqual([]);
    });

    it('regrades a customer in the worker when it is marked lost, and when it is taken back', async () => {
      const customer = await createCustomer(api, admin, { name: 'Back And Forth Imports' });
      const UPDATE = 'mutation($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { version } }';
      const grade = async () => (await api.ok<Regraded>(REGRADED, { id: customer.id }, admin)).customer;
      const { updateCustomer } = await api.ok<{ updateCustomer: { version: number } }>(UPDATE, { id: customer.id, input: { version: customer.version, stage: 'lost' } }, admin);
      await eventually(async () => (await grade()).grade === 'lost', 15_000, 'the regrade after marking it lost');
      expect((await grade()).gradeBasis).toEqual({ code: 'marked_lost', daysSinceContact: null });
      await api.ok(UPDATE, { id: customer.id, input: { version: updateCustomer.version, stage: 'prospect' } }, admin);
      await eventually(async () => (await grade()).grade === 'dormant', 15_000, 'the regrade after taking it back');
      expect((await grade()).gradeBasis).toEqual({ code: 'never_contacted', daysSinceContact: null });
    });
  });
});
