import { INestApplicationContext } from '@nestjs/common';
import { runAsSystem, User } from '@tradewind/platform';
import { companyToday } from '@tradewind/shared';
import { OrdersFacade } from '../src';
import { addDays } from '../src/payment-terms';
import { LateDeliveryNotices } from '../src/order/late-delivery-notices.service';
import { OrderRepository } from '../src/order/order.repository';
import { clearQueues, eventually, startTestWorker, TestApi, testConfig } from '../../../test/harness/test-app';
import { codeOf, createCustomer } from '../../crm/test/crm-fixtures';

const ORDER_FIELDS = 'id number stage currency total { amount currency } paymentTerms atRisk expectedShipDate version installments { sequence trigger percentage amount { amount } paid { amount } open { amount } dueDate }';

describe('orders', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let admin: string;
  let sales: { user: User; token: string };
  let finance: string;
  let merchandiser: string;
  let customerId: string;

  beforeAll(async () => {
    const config = await testConfig();
    api = await TestApi.start(config);
    worker = await startTestWorker(config);
    admin = (await api.signedIn('admin')).token;
    sales = await api.signedIn('sales');
    finance = (await api.signedIn('finance')).token;
    merchandiser = (await api.signedIn('merchandiser')).token;
    customerId = (await createCustomer(api, sales.token, { name: 'Hamburg Hardware GmbH', country: 'DE', usualCurrency: 'EUR', usualIncoterm: 'CIF Hamburg', usualPaymentTerms: 'T/T 30/70' })).id;
  });

  afterAll(async () => {
    await worker.close();
    await api.close();
    await clearQueues(api.config);
  });

  async function product(sku: string, extra: Record<string, unknown> = {}): Promise<string> {
    const { createProduct } = await api.ok<{ createProduct: { id: string } }>('mutation($i: CreateProductInput!) { createProduct(input: $i) { id } }', {
      i: { sku, names: { en: `Item ${sku}`, zh: `产品 ${sku}` }, hsCode: '8205.20.0000', unitsPerCarton: 24, netWeightKg: '18.5', grossWeightKg: '19.8', cartonLengthCm: '60', cartonWidthCm: '40', cartonHeightCm: '30', listPrices: [{ currency: 'EUR', amount: '4.20' }, { currency: 'USD', amount: '4.55' }], ...extra },
    }, admin);
    return createProduct.id;
  }

  async function createOrder(token: string, input: Record<string, unknown>): Promise<{ id: string; number: string; version: number; stage: string; installments: { amount: { amount: string }; open: { amount: string } }[] }> {
    return (await api.ok<{ createOrder: never }>(`mutation($i: CreateOrderInput!) { createOrder(input: $i) { ${ORDER_FIELDS} } }`, { i: { customerId, ...input } }, token)).createOrder;
  }

  const MOVE = 'mutation($id: ID!, $to: String!) { moveOrderStage(id: $id, to: $to) { stage } }';
  const MOVE_WITH_NOTE = 'mutation($id: ID!, $to: String!, $note: String) { moveOrderStage(id: $id, to: $to, note: $note) { stage } }';

  it('prefills a quotation from the customer, shows last and list prices, keeps revisions, and converts the accepted one into an order', async () => {
    const hammer = await product('HM-100');
    const defaults = await api.ok<{ quotationDefaults: { currency: string; incotermCode: string; incotermPlace: string; paymentTerms: string; prices: { listPrice: { amount: string } | null; lastPrice: unknown }[] } }>(
      'query($c: ID!, $p: [ID!]!) { quotationDefaults(customerId: $c, productIds: $p) { currency incotermCode incotermPlace paymentTerms prices { listPrice { amount } lastPrice { amount } } } }', { c: customerId, p: [hammer] }, sales.token);
    expect(defaults.quotationDefaults).toEqual({ currency: 'EUR', incotermCode: 'CIF', incotermPlace: 'Hamburg', paymentTerms: 'T/T 30/70', prices: [{ listPrice: { amount: '4.2' }, lastPrice: null }] });
    const DEFAULTS_IN = 'query($c: ID!, $p: [ID!]!, $cur: String) { quotationDefaults(customerId: $c, productIds: $p, currency: $cur) { currency prices { listPrice { amount currency } } } }';
    const inDollars = await api.ok<{ quotationDefaults: unknown }>(DEFAULTS_IN, { c: customerId, p: [hammer], cur: 'usd' }, sales.token);
    expect(inDollars.quotationDefaults).toEqual({ currency: 'USD', prices: [{ listPrice: { amount: '4.55', currency: 'USD' } }] });
    const madeUp = await api.graphql(DEFAULTS_IN, { c: customerId, p: [hammer], cur: 'XYZ' }, sales.token);
    expect(madeUp.errors?.[0].extensions?.fields).toEqual([{ path: 'currency', message: '"XYZ" is not an ISO 4217 currency code', messageZh: '“XYZ”不是 ISO 4217 币种代码' }]);

    const { createQuotation: q1 } = await api.ok<{ createQuotation: { id: string; number: string; revision: number; currency: string; total: { amount: string } } }>(
      'mutation($i: CreateQuotationInput!) { createQuotation(input: $i) { id number revision currency total { amount } } }',
      { i: { customerId, lines: [{ productId: hammer, sku: 'HM-100', description: 'Claw hammer 16oz', quantity: '1200', unitPrice: '4.10' }] } }, sales.token);
    expect(q1).toMatchObject({ revision: 1, currency: 'EUR', total: { amount: '4920.00' } });
    expect(q1.number).toMatch(/^QT-\d{4}-0001$/);
    await api.ok('mutation($id: ID!) { setQuotationStatus(id: $id, status: "sent") { status } }', { id: q1.id }, sales.token);
    const { reviseQuotation: q2 } = await api.ok<{ reviseQuotation: { id: string; revision: number; number: string; versions: { revision: number; isLatest: boolean; total: { amount: string } }[] } }>(
      'mutation($id: ID!, $i: ReviseQuotationInput) { reviseQuotation(id: $id, input: $i) { id revision number versions { revision isLatest total { amount } } } }',
      { id: q1.id, i: { lines: [{ productId: hammer, sku: 'HM-100', description: 'Claw hammer 16oz', quantity: '1500', unitPrice: '4.00' }] } }, sales.token);
    expect(q2.number).toBe(q1.number);
    expect(q2.versions).toEqual([{ revision: 2, isLatest: true, total: { amount: '6000.00' } }, { revision: 1, isLatest: false, total: { amount: '4920.00' } }]);
    const notAccepted = await api.graphql('mutation($id: ID!) { convertQuotation(id: $id) { id } }', { id: q2.id }, sales.token);
    expect(codeOf(notAccepted)).toBe('RULE_VIOLATION');
    await api.ok('mutation($id: ID!) { setQuotationStatus(id: $id, status: "sent") { status } }', { id: q2.id }, sales.token);
    await api.ok('mutation($id: ID!) { setQuotationStatus(id: $id, status: "accepted") { status } }', { id: q2.id }, sales.token);
    const { convertQuotation: order } = await api.ok<{ convertQuotation: { id: string; number: string; stage: string; total: { amount: string; currency: string }; incotermCode: string; incotermPlace: string } }>(
      'mutation($id: ID!) { convertQuotation(id: $id) { id number stage total { amount currency } incotermCode incotermPlace } }', { id: q2.id }, sales.token);
    expect(order).toMatchObject({ stage: 'draft', total: { amount: '6000.00', currency: 'EUR' }, incotermCode: 'CIF', incotermPlace: 'Hamburg' });
    expect(order.number).toMatch(/^PI-\d{4}-0001$/);

    // Once ordered, the price paid shows as the customer's last price on the next quotation.
    await api.ok(MOVE, { id: order.id, to: 'confirmed' }, sales.token);
    const again = await api.ok<{ quotationDefaults: { prices: { lastPrice: { amount: string; currency: string } | null }[] } }>(
      'query($c: ID!, $p: [ID!]!) { quotationDefaults(customerId: $c, productIds: $p) { prices { lastPrice { amount currency } } } }', { c: customerId, p: [hammer] }, sales.token);
    expect(again.quotationDefaults.prices[0].lastPrice).toEqual({ amount: '4', currency: 'EUR' });
    // The CRM learns the customer's order figures through events.
    await eventually(async () => {
      const { customer } = await api.ok<{ customer: { keyFigures: { orderCount: number; openQuotationCount: number } } }>('query($id: ID!) { customer(id: $id) { keyFigures { orderCount openQuotationCount } } }', { id: customerId }, sales.token);
      return customer.keyFigures.orderCount === 1;
    }, 15_000, 'customer figures');
  });

  it("makes a lead with a confirmed order a customer, saying so on its timeline; a customer marked lost stays lost when its old orders are counted", async () => {
    const lead = (await createCustomer(api, sales.token, { name: 'First Order Imports Ltd', country: 'GB' })).id;
    const lost = (await createCustomer(api, sales.token, { name: 'Gone Quiet Trading Ltd', country: 'GB', stage: 'lost' })).id;
    for (const buyer of [lead, lost]) {
      const order = await createOrder(sales.token, { customerId: buyer, currency: 'GBP', incotermCode: 'FOB', incotermPlace: 'Ningbo', paymentTerms: 'Net 30', lines: [{ description: 'First item', quantity: '2', unitPrice: '30' }] });
      await api.ok(MOVE, { id: order.id, to: 'confirmed' }, sales.token);
    }
    const customer = async (id: string) => (await api.ok<{ customer: { stage: string; keyFigures: { orderCount: number }; timeline: { nodes: { type: string; data: string | null }[] } } }>(
      'query($id: ID!) { customer(id: $id) { stage keyFigures { orderCount } timeline(first: 5, types: [status_change]) { nodes { type data } } } }', { id }, sales.token)).customer;
    await eventually(async () => (await customer(lead)).stage === 'customer', 15_000, 'the lead to become a customer');
    expect((await customer(lead)).timeline.nodes.map((n) => JSON.parse(n.data ?? '{}'))).toEqual([{ from: 'lead', to: 'customer', reason: 'first_order' }]);
    await eventually(async () => (await customer(lost)).keyFigures.orderCount === 1, 15_000, "the lost customer's figures");
    expect((await customer(lost)).stage).toBe('lost');
  });

  it('refuses a validity date in the past and sending or accepting a quotation whose validity has passed; a revision counts as open again', async () => {
    const buyer = (await createCustomer(api, sales.token, { name: 'Lapsed Offers Ltd', country: 'GB' })).id;
    const saw = await product('SW-500');
    const CREATE = 'mutation($i: CreateQuotationInput!) { createQuotation(input: $i) { id number pastValidity } }';
    const lines = [{ productId: saw, description: 'Hand saw 500 mm', quantity: '100', unitPrice: '3.20' }];
    const backdated = await api.graphql(CREATE, { i: { customerId: buyer, lines, validUntil: '2020-01-31' } }, sales.token);
    expect(codeOf(backdated)).toBe('BAD_USER_INPUT');
    expect(backdated.errors?.[0].extensions?.fields).toEqual([
      { path: 'input.validUntil', message: expect.stringMatching(/^must be today \(\d{4}-\d{2}-\d{2}\) or later$/), messageZh: expect.stringMatching(/^有效期不能早于今天/) },
    ]);

    const { createQuotation: offer } = await api.ok<{ createQuotation: { id: string; number: string; pastValidity: boolean } }>(CREATE, { i: { customerId: buyer, lines } }, sales.token);
    expect(offer.pastValidity).toBe(false);
    await api.ok('mutation($id: ID!) { setQuotationStatus(id: $id, status: "sent") { status } }', { id: offer.id }, sales.token);
    // The customer answers after the offer lapsed, before the nightly job has marked it expired.
    await api.dataSource.query("UPDATE quotation SET valid_until = current_date - 2 WHERE id = $1", [offer.id]);
    const lapsed = await api.ok<{ quotation: { status: string; pastValidity: boolean } }>('query($id: ID!) { quotation(id: $id) { status pastValidity } }', { id: offer.id }, sales.token);
    expect(lapsed.quotation).toEqual({ status: 'sent', pastValidity: true });
    const accepted = await api.graphql('mutation($id: ID!) { setQuotationStatus(id: $id, status: "accepted") { status } }', { id: offer.id }, sales.token);
    expect(codeOf(accepted)).toBe('RULE_VIOLATION');
    expect(accepted.errors?.[0].extensions).toMatchObject({
      reason: 'ORDERS_QUOTATION_EXPIRED',
      messageZh: expect.stringMatching(new RegExp(`^报价单 ${offer.number} 已于 \\d{4}-\\d{2}-\\d{2} 过期；请修订报价并设定新的有效期$`)),
    });
    expect(accepted.errors?.[0].message).toMatch(/expired on \d{4}-\d{2}-\d{2}; revise it with a new validity date$/);

    // Rejected, it is no longer open; its revision, a new draft, is.
    await api.ok('mutation($id: ID!) { setQuotationStatus(id: $id, status: "rejected") { status } }', { id: offer.id }, sales.token);
    const openQuotations = async (): Promise<number> =>
      (await api.ok<{ customer: { keyFigures: { openQuotationCount: number } } }>('query($id: ID!) { customer(id: $id) { keyFigures { openQuotationCount } } }', { id: buyer }, sales.token)).customer.keyFigures.openQuotationCount;
    await eventually(async () => (await openQuotations()) === 0, 15_000, 'no open quotation after the rejection');
    const { reviseQuotation: revised } = await api.ok<{ reviseQuotation: { status: string; pastValidity: boolean } }>(
      'mutation($id: ID!) { reviseQuotation(id: $id) { status pastValidity } }', { id: offer.id }, sales.token);
    expect(revised).toEqual({ status: 'draft', pastValidity: false });
    await eventually(async () => (await openQuotations()) === 1, 15_000, 'the revision counted as open');
  });

  it("leaves the order being edited out of the customer's last prices: the hint cites an earlier deal, or none", async () => {
    const buyer = (await createCustomer(api, sales.token, { name: 'Rotterdam Gereedschap B.V.', country: 'NL' })).id;
    const file = await product('FL-200');
    const DEFAULTS = 'query($c: ID!, $p: [ID!]!, $x: ID) { quotationDefaults(customerId: $c, productIds: $p, excludeOrderId: $x) { prices { lastPrice { amount currency } lastOrderNumber lastOrderDate } } }';
    type Hint = { lastPrice: { amount: string; currency: string } | null; lastOrderNumber: string | null; lastOrderDate: string | null };
    const hint = async (excludeOrderId?: string): Promise<Hint> =>
      (await api.ok<{ quotationDefaults: { prices: Hint[] } }>(DEFAULTS, { c: buyer, p: [file], x: excludeOrderId ?? null }, sales.token)).quotationDefaults.prices[0];
    const order = async (orderDate: string, unitPrice: string) => {
      const created = await createOrder(sales.token, { customerId: buyer, currency: 'USD', incotermCode: 'FOB', incotermPlace: 'Ningbo', paymentTerms: 'Net 30', orderDate, lines: [{ productId: file, description: 'Flat file 200 mm', quantity: '500', unitPrice }] });
      await api.ok(MOVE, { id: created.id, to: 'confirmed' }, sales.token);
      return created;
    };

    const earlier = await order('2026-03-02', '2.15');
    // Its only deal: editing it offers no last price rather than its own.
    expect(await hint(earlier.id)).toEqual({ lastPrice: null, lastOrderNumber: null, lastOrderDate: null });
    const later = await order('2026-05-11', '2.40');
    expect(await hint()).toEqual({ lastPrice: { amount: '2.4', currency: 'USD' }, lastOrderNumber: later.number, lastOrderDate: '2026-05-11' });
    expect(await hint(later.id)).toEqual({ lastPrice: { amount: '2.15', currency: 'USD' }, lastOrderNumber: earlier.number, lastOrderDate: '2026-03-02' });
    expect(await hint(earlier.id)).toEqual({ lastPrice: { amount: '2.4', currency: 'USD' }, lastOrderNumber: later.number, lastOrderDate: '2026-05-11' });
    const notAnId = await api.graphql(DEFAULTS, { c: buyer, p: [file], x: later.number }, sales.token);
    expect(notAnId.errors?.[0].extensions?.fields).toEqual([{ path: 'excludeOrderId', message: `"${later.number}" is not an id`, messageZh: `“${later.number}”不是有效的 ID` }]);
  });

  it('says when an order is past changing its lines, prices and terms (contentLocked), refuses such a change then, and still takes notes', async () => {
    const order = await createOrder(sales.token, { currency: 'USD', incotermCode: 'FOB', incotermPlace: 'Ningbo', paymentTerms: 'Net 30', lines: [{ description: 'Cold chisel', quantity: '333', unitPrice: '1.005' }] });
    const state = async () => (await api.ok<{ order: { contentLocked: boolean; version: number } }>('query($id: ID!) { order(id: $id) { contentLocked version } }', { id: order.id }, sales.token)).order;
    expect((await state()).contentLocked).toBe(false);
    await api.ok(MOVE, { id: order.id, to: 'confirmed' }, sales.token);
    expect((await state()).contentLocked).toBe(false);
    await api.ok(MOVE, { id: order.id, to: 'in_production' }, merchandiser);
    const locked = await state();
    expect(locked.contentLocked).toBe(true);
    // A board card asking for the flag alone gets the order page's value.
    const { orderBoard } = await api.ok<{ orderBoard: { orders: { id: string; contentLocked: boolean }[] }[] }>(
      'query($f: OrderFilterInput) { orderBoard(filter: $f) { orders { id contentLocked } } }', { f: { search: order.number } }, sales.token);
    expect(orderBoard.flatMap((c) => c.orders)).toEqual([{ id: order.id, contentLocked: true }]);

    const UPDATE = 'mutation($id: ID!, $i: UpdateOrderInput!) { updateOrder(id: $id, input: $i) { notes } }';
    const repriced = await api.graphql(UPDATE, { id: order.id, i: { version: locked.version, lines: [{ description: 'Cold chisel', quantity: '333', unitPrice: '1.01' }] } }, sales.token);
    expect(repriced.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', reason: 'ORDERS_ORDER_LOCKED' });
    // The named place is part of the Incoterm: "FOB Ningbo" and "FOB Shanghai" are different prices.
    const moved = await api.graphql(UPDATE, { id: order.id, i: { version: locked.version, incotermPlace: 'Shanghai' } }, sales.token);
    expect(moved.errors?.[0].extensions).toMatchObject({ code: 'RULE_VIOLATION', reason: 'ORDERS_ORDER_LOCKED' });
    expect((await api.ok<{ updateOrder: { notes: string } }>(UPDATE, { id: order.id, i: { version: locked.version, notes: 'Pack 12 to an inner box' } }, sales.token)).updateOrder.notes).toBe('Pack 12 to an inner box');
  });

  it('splits the total into installments that sum exactly, in JPY too', async () => {
    const jpy = await createOrder(sales.token, { currency: 'JPY', incotermCode: 'FOB', incotermPlace: 'Ningbo', paymentTerms: '30% T/T deposit, 70% before shipment', lines: [{ description: 'Garden hose reel', quantity: '333', unitPrice: '1001' }] });
    expect(jpy.installments.map((i) => i.amount.amount)).toEqual(['100000', '233333']);
    const usd = await createOrder(sales.token, { currency: 'USD', incotermCode: 'FOB', incotermPlace: 'Ningbo', paymentTerms: 'T/T 30/70', lines: [{ description: 'Wrench set', quantity: '3', unitPrice: '333.67' }] });
    expect(usd.installments.map((i) => i.amount.amount)).toEqual(['300.30', '700.71']);
    // The terms in either language; the Chinese text is read back as the same terms.
    const TERMS = 'query($id: ID!) { order(id: $id) { paymentTerms paymentTermsZh } }';
    const { order: terms } = await api.ok<{ order: { paymentTerms: string; paymentTermsZh: string } }>(TERMS, { id: usd.id }, sales.token);
    expect(terms).toEqual({ paymentTerms: '30% T/T deposit, 70% T/T before shipment', paymentTermsZh: '30%电汇定金，70%电汇发货前付款' });
    const fromChinese = await createOrder(sales.token, { currency: 'USD', incotermCode: 'FOB', incotermPlace: 'Ningbo', paymentTerms: terms.paymentTermsZh, lines: [{ description: 'Wrench set', quantity: '1', unitPrice: '10' }] });
    expect((await api.ok<{ order: { paymentTerms: string } }>(TERMS, { id: fromChinese.id }, sales.token)).order.paymentTerms).toBe(terms.paymentTerms);
  });

  it("keeps a colleague's deals to themselves on a shared customer, and a manager's new orders within their team", async () => {
    const team = async (name: string): Promise<string> =>
      (await api.ok<{ createTeam: { id: string } }>('mutation($name: String!) { createTeam(input: { name: $name }) { id } }', { name }, admin)).createTeam.id;
    const [east, west] = [await team('Orders East'), await team('Orders West')];
    const bea = await api.signedIn('sales', { teamId: east });
    const cal = await api.signedIn('sales', { teamId: west });
    const shared = (await createCustomer(api, bea.token, { name: 'Lisbon Tools Lda', country: 'PT' })).id;
    await api.ok('mutation($c: ID!, $u: ID!) { shareCustomer(customerId: $c, userId: $u, shared: true) }', { c: shared, u: cal.user.id }, bea.token);
    const vice = await product('VC-200');
    const order = (await api.ok<{ createOrder: { id: string; number: string } }>('mutation($i: CreateOrderInput!) { createOrder(input: $i) { id number } }', {
      i: { customerId: shared, currency: 'EUR', incotermCode: 'FOB', incotermPlace: 'Ningbo', paymentTerms: 'T/T 30/70', lines: [{ productId: vice, description: 'Vice', quantity: '10', unitPrice: '77.5' }] },
    }, bea.token)).createOrder;
    await api.ok(MOVE, { id: order.id, to: 'confirmed' }, bea.token);
    const DEFAULTS = 'query($c: ID!, $p: [ID!]!) { quotationDefaults(customerId: $c, productIds: $p) { prices { lastPrice { amount } lastOrderNumber } } }';
    expect((await api.ok<{ quotationDefaults: unknown }>(DEFAULTS, { c: shared, p: [vice] }, bea.token)).quotationDefaults).toEqual({ prices: [{ lastPrice: { amount: '77.5' }, lastOrderNumber: order.number }] });
    expect((await api.ok<{ quotationDefaults: unknown }>(DEFAULTS, { c: shared, p: [vice] }, cal.token)).quotationDefaults).toEqual({ prices: [{ lastPrice: null, lastOrderNumber: null }] });

    const eastManager = await api.signedIn('manager', { teamId: east });
    const CREATE = 'mutation($i: CreateOrderInput!) { createOrder(input: $i) { id ownerId } }';
    const lines = [{ description: 'Vice', quantity: '1', unitPrice: '70' }];
    const pool = (await createCustomer(api, admin, { name: 'Porto Pool Lda', country: 'PT', toPool: true })).id;
    const forWest = await api.graphql(CREATE, { i: { customerId: pool, ownerId: cal.user.id, currency: 'EUR', incotermCode: 'FOB', incotermPlace: 'Ningbo', paymentTerms: 'T/T 30/70', lines } }, eastManager.token);
    expect(forWest.errors?.[0].extensions?.fields).toEqual([{ path: 'input.ownerId', message: 'managers create orders for members of their own team', messageZh: '经理只能为本团队成员创建订单' }]);
    const forEast = await api.ok<{ createOrder: { ownerId: string } }>(CREATE, { i: { customerId: pool, ownerId: bea.user.id, currency: 'EUR', incotermCode: 'FOB', incotermPlace: 'Ningbo', paymentTerms: 'T/T 30/70', lines } }, eastManager.token);
    expect(forEast.createOrder.ownerId).toBe(bea.user.id);
  });

  it('answers a malformed id or product name with a field error, not a server error', async () => {
    for (const [query, path] of [
      ['{ quotations(first: 5, customerId: "nope") { totalCount } }', 'customerId'],
      ['{ shipmentList(first: 5, orderId: "nope") { totalCount } }', 'orderId'],
      ['{ tags(first: 5, groupId: "nope") { totalCount } }', 'groupId'],
      ['{ auditLog(first: 5, entityId: "nope") { totalCount } }', 'entityId'],
    ]) {
      const result = await api.graphql(query, {}, admin);
      expect({ query, code: codeOf(result), fields: result.errors?.[0].extensions?.fields }).toEqual({ query, code: 'BAD_USER_INPUT', fields: [{ path, message: '"nope" is not an id' }] });
    }
    const badName = await api.graphql('mutation { createProduct(input: { sku: "BAD-NAME", names: { en: 5 } }) { id } }', {}, admin);
    expect(badName.errors?.[0].extensions?.fields?.map((f: { path: string }) => f.path)).toEqual(['input.names']);
    // A date that only looks like one, and a note longer than anyone writes.
    const order = await createOrder(sales.token, { currency: 'USD', incotermCode: 'FOB', incotermPlace: 'Ningbo', paymentTerms: 'T/T 30/70', lines: [{ description: 'Vice', quantity: '1', unitPrice: '5' }] });
    const badDate = await api.graphql('mutation($id: ID!) { recordMilestone(orderId: $id, kind: "packing", actualDate: "2026-13-45") { kind } }', { id: order.id }, merchandiser);
    expect(badDate.errors?.[0].extensions?.fields?.map((f: { path: string }) => f.path)).toEqual(['actualDate']);
    // Done in the future is not done: inspection dated next year would let the order pass "ready" today.
    await api.ok('mutation($id: ID!, $p: MilestonePlanInput!) { planProduction(orderId: $id, plan: $p) { kind } }', { id: order.id, p: { packing: '2099-12-01' } }, merchandiser);
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const future = await api.graphql('mutation($id: ID!, $d: String!) { recordMilestone(orderId: $id, kind: "packing", actualDate: $d) { kind } }', { id: order.id, d: tomorrow }, merchandiser);
    expect(future.errors?.[0].extensions?.fields).toEqual([{ path: 'actualDate', message: `${tomorrow} is in the future: record the milestone once it is done`, messageZh: `${tomorrow} 尚未到来：请在完成后再记录` }]);
    const longNote = await api.graphql(MOVE_WITH_NOTE, { id: order.id, to: 'on_hold', note: 'x'.repeat(2001) }, sales.token);
    expect(longNote.errors?.[0].extensions?.fields).toEqual([{ path: 'note', message: 'at most 2000 characters (this has 2001)' }]);
    expect((await api.ok<{ order: { stage: string } }>('query($id: ID!) { order(id: $id) { stage } }', { id: order.id }, sales.token)).order.stage).toBe('draft');
  });

  it("hands a leaving salesperson's open quotation over with its earlier versions, and lists only the versions the caller may see", async () => {
    const leaving = await api.createUser({ role: 'sales', teamId: sales.user.teamId });
    const successor = await api.createUser({ role: 'sales', teamId: sales.user.teamId });
    const leavingToken = (await api.login(leaving.email)).accessToken;
    const customer = await createCustomer(api, leavingToken, { name: 'Bremen Handover GmbH', country: 'DE' });
    const { createQuotation: first } = await api.ok<{ createQuotation: { id: string } }>('mutation($i: CreateQuotationInput!) { createQuotation(input: $i) { id } }', {
      i: { customerId: customer.id, currency: 'EUR', incotermCode: 'FOB', incotermPlace: 'Ningbo', paymentTerms: 'T/T 30/70', lines: [{ description: 'Tin snips', quantity: '100', unitPrice: '3.20' }] },
    }, leavingToken);
    await api.ok('mutation($id: ID!) { setQuotationStatus(id: $id, status: "sent") { status } }', { id: first.id }, leavingToken);
    const { reviseQuotation: latest } = await api.ok<{ reviseQuotation: { id: string } }>('mutation($id: ID!) { reviseQuotation(id: $id) { id } }', { id: first.id }, leavingToken);
    await api.ok('mutation($i: HandOverCustomersInput!) { handOverCustomers(input: $i) { customers } }', { i: { fromUserId: leaving.id, toUserId: successor.id } }, admin);
    const owners = async () => (await api.dataSource.query('SELECT revision, owner_id FROM quotation WHERE id = ANY($1) ORDER BY revision', [[first.id, latest.id]])) as { revision: number; owner_id: string }[];
    await eventually(async () => (await owners()).some((q) => q.owner_id === successor.id), 10_000, 'the quotation handed over');
    expect(await owners()).toEqual([{ revision: 1, owner_id: successor.id }, { revision: 2, owner_id: successor.id }]);
    const VERSIONS = 'query($id: ID!) { quotation(id: $id) { versions { revision } } }';
    const successorToken = (await api.login(successor.email)).accessToken;
    expect((await api.ok<{ quotation: { versions: { revision: number }[] } }>(VERSIONS, { id: latest.id }, successorToken)).quotation.versions).toEqual([{ revision: 2 }, { revision: 1 }]);
    // A version that is someone else's (moved by hand here) is not listed through the one the caller sees.
    const elsewhere = await api.createUser({ role: 'sales' });
    await api.dataSource.query('UPDATE quotation SET owner_id = $1, team_id = NULL WHERE id = $2', [elsewhere.id, first.id]);
    expect((await api.ok<{ quotation: { versions: { revision: number }[] } }>(VERSIONS, { id: latest.id }, successorToken)).quotation.versions).toEqual([{ revision: 2 }]);
  });

  it("hands a leaving salesperson's open orders over with their customers, in the same operation, so that they can then be deactivated; a team change takes the orders along", async () => {
    const [teamA, teamB] = await Promise.all(['Orders Team A', 'Orders Team B'].map(async (name) => (await api.ok<{ createTeam: { id: string } }>('mutation($n: String!) { createTeam(input: { name: $n }) { id } }', { n: name }, admin)).createTeam.id));
    const leaving = await api.signedIn('sales', { teamId: teamA });
    const successor = await api.createUser({ role: 'sales', teamId: teamA });
    const customer = await createCustomer(api, leaving.token, { name: 'Lyon Outillage SARL', country: 'FR' });
    const terms = { customerId: customer.id, currency: 'EUR', incotermCode: 'FOB', incotermPlace: 'Ningbo', paymentTerms: 'T/T 30/70', lines: [{ description: 'Pliers', quantity: '50', unitPrice: '2.10' }] };
    const open = await createOrder(leaving.token, terms);
    const cancelled = await createOrder(leaving.token, terms);
    await api.ok(MOVE_WITH_NOTE, { id: cancelled.id, to: 'cancelled', note: 'buyer withdrew' }, leaving.token);
    const DEACTIVATE = 'mutation($id: ID!) { setUserActive(id: $id, active: false) { active } }';
    const owners = async () => Object.fromEntries(((await api.dataSource.query('SELECT id, owner_id, team_id FROM sales_order WHERE id = ANY($1)', [[open.id, cancelled.id]])) as { id: string; owner_id: string; team_id: string }[]).map((o) => [o.id, [o.owner_id, o.team_id]]));

    // Moving team: the manager of the new team sees the orders, as the customers.
    await api.ok('mutation($id: ID!, $t: ID) { updateUser(id: $id, input: { teamId: $t }) { id } }', { id: leaving.user.id, t: teamB }, admin);
    expect(await owners()).toEqual({ [open.id]: [leaving.user.id, teamB], [cancelled.id]: [leaving.user.id, teamB] });
    await api.ok('mutation($id: ID!, $t: ID) { updateUser(id: $id, input: { teamId: $t }) { id } }', { id: leaving.user.id, t: teamA }, admin);

    // Customers handed over without their open orders: the user still has work nobody else would see.
    const HAND_OVER = 'mutation($i: HandOverCustomersInput!) { handOverCustomers(input: $i) { customers quotations orders } }';
    expect((await api.ok<{ handOverCustomers: unknown }>(HAND_OVER, { i: { fromUserId: leaving.user.id, toUserId: successor.id, includeOrders: false } }, admin)).handOverCustomers).toEqual({ customers: 1, quotations: 0, orders: 0 });
    expect((await api.graphql(DEACTIVATE, { id: leaving.user.id }, admin)).errors?.[0].message).toBe('this user still owns 1 open order; hand their customers over first (with their orders and quotations)');

    // Back to them and over again with the orders: the open one moves at once, the cancelled one stays as it was.
    await api.ok('mutation($ids: [ID!]!, $u: ID!) { assignCustomers(input: { customerIds: $ids }, userId: $u) { id } }', { ids: [customer.id], u: leaving.user.id }, admin);
    expect((await api.ok<{ handOverCustomers: unknown }>(HAND_OVER, { i: { fromUserId: leaving.user.id, toUserId: successor.id } }, admin)).handOverCustomers).toEqual({ customers: 1, quotations: 0, orders: 1 });
    expect(await owners()).toEqual({ [open.id]: [successor.id, teamA], [cancelled.id]: [leaving.user.id, teamA] });
    expect((await api.ok<{ setUserActive: { active: boolean } }>(DEACTIVATE, { id: leaving.user.id }, admin)).setUserActive.active).toBe(false);
  });

  it('leaves agreeing, reopening and cancelling an order to sales and managers; the colleagues who carry it out are told why', async () => {
    const order = await createOrder(sales.token, { currency: 'EUR', incotermCode: 'FOB', incotermPlace: 'Ningbo', paymentTerms: 'T/T 30/70', lines: [{ description: 'Hacksaw', quantity: '20', unitPrice: '4' }] });
    const logistics = (await api.signedIn('logistics')).token;
    const refusedFor = async (token: string, to: string) => (await api.graphql(MOVE_WITH_NOTE, { id: order.id, to, note: 'buyer withdrew' }, token)).errors?.[0];
    expect(await refusedFor(finance, 'confirmed')).toMatchObject({
      message: 'cannot confirm: agreeing, reopening or cancelling an order is for its salesperson or a manager',
      extensions: { code: 'RULE_VIOLATION', reason: 'ORDERS_STAGE_NOT_YOUR_MOVE', messageZh: '无法确认订单：确认、退回草稿或取消订单须由销售或经理操作' },
    });
    expect((await refusedFor(logistics, 'cancelled'))?.extensions?.reason).toBe('ORDERS_STAGE_NOT_YOUR_MOVE');
    // The order page and the board learn it from the moves offered, before anyone tries.
    const moves = (await api.ok<{ order: { stageMoves: { to: string; allowed: boolean; reasons: string[] }[] } }>('query($id: ID!) { order(id: $id) { stageMoves { to allowed reasons } } }', { id: order.id }, logistics)).order.stageMoves;
    expect(moves.find((m) => m.to === 'cancelled')).toEqual({ to: 'cancelled', allowed: false, reasons: ['cannot cancel: agreeing, reopening or cancelling an order is for its salesperson or a manager'] });
    expect((await api.ok<{ order: { stage: string } }>('query($id: ID!) { order(id: $id) { stage } }', { id: order.id }, sales.token)).order.stage).toBe('draft');
    expect((await api.ok<{ moveOrderStage: { stage: string } }>(MOVE, { id: order.id, to: 'confirmed' }, sales.token)).moveOrderStage.stage).toBe('confirmed');
    // Holding the order and resuming it back to confirmed is anyone's who moves orders.
    expect((await api.ok<{ moveOrderStage: { stage: string } }>(MOVE_WITH_NOTE, { id: order.id, to: 'on_hold', note: 'factory closed for the holiday' }, merchandiser)).moveOrderStage.stage).toBe('on_hold');
    expect((await api.ok<{ moveOrderStage: { stage: string } }>(MOVE, { id: order.id, to: 'confirmed' }, merchandiser)).moveOrderStage.stage).toBe('confirmed');
  });

  it("gives an order's newest comments, documents and stage moves, as many as asked, with how many there are", async () => {
    const order = await createOrder(sales.token, { currency: 'EUR', incotermCode: 'FOB', incotermPlace: 'Ningbo', paymentTerms: 'T/T 30/70', lines: [{ description: 'Trowel', quantity: '30', unitPrice: '1.5' }] });
    for (const body of ['first', 'second', 'third']) await api.ok('mutation($id: ID!, $i: AddCommentInput!) { addOrderComment(orderId: $id, input: $i) { id } }', { id: order.id, i: { body } }, sales.token);
    for (const language of ['en', 'zh']) await api.ok('mutation($id: ID!, $l: String) { generateOrderDocument(orderId: $id, kind: "proforma_invoice", language: $l) { id } }', { id: order.id, l: language }, sales.token);
    await api.ok(MOVE, { id: order.id, to: 'confirmed' }, sales.token);
    const { order: page } = await api.ok<{ order: { comments: { body: string }[]; commentCount: number; documents: { language: string }[]; documentCount: number; stageHistory: { toStage: string }[] } }>(
      'query($id: ID!) { order(id: $id) { comments(first: 2) { body } commentCount documents(first: 1) { language } documentCount stageHistory(first: 1) { toStage } } }', { id: order.id }, sales.token);
    expect(page).toEqual({ comments: [{ body: 'third' }, { body: 'second' }], commentCount: 3, documents: [{ language: 'zh' }], documentCount: 2, stageHistory: [{ toStage: 'confirmed' }] });
    const zero = await api.graphql('query($id: ID!) { order(id: $id) { comments(first: 0) { body } } }', { id: order.id }, sales.token);
    expect(zero.errors?.[0].extensions?.fields).toEqual([{ path: 'first', message: 'must be a whole number from 1 to 200 (got 0)' }]);
  });

  it('turns an accepted quotation into one order when it is converted several times at once', async () => {
    const { createQuotation: quotation } = await api.ok<{ createQuotation: { id: string } }>('mutation($i: CreateQuotationInput!) { createQuotation(input: $i) { id } }', {
      i: { customerId, lines: [{ description: 'Pipe wrench', quantity: '50', unitPrice: '6' }] },
    }, sales.token);
    for (const status of ['sent', 'accepted']) await api.ok('mutation($id: ID!, $s: String!) { setQuotationStatus(id: $id, status: $s) { status } }', { id: quotation.id, s: status }, sales.token);
    const CONVERT = 'mutation($id: ID!) { convertQuotation(id: $id) { id } }';
    const results = await Promise.all([1, 2, 3].map(() => api.graphql(CONVERT, { id: quotation.id }, sales.token)));
    expect(results.map((r) => codeOf(r) ?? 'ok').sort()).toEqual(['RULE_VIOLATION', 'RULE_VIOLATION', 'ok']);
    expect(await api.dataSource.query('SELECT count(*)::int AS n FROM sales_order WHERE quotation_id = $1', [quotation.id])).toEqual([{ n: 1 }]);
  });

  it('suggests the home port as the place of an origin Incoterm only, never as the destination of CIF', async () => {
    const DEFAULTS = 'query($c: ID!) { quotationDefaults(customerId: $c, productIds: []) { incotermCode incotermPlace } }';
    const cif = await createCustomer(api, sales.token, { name: 'Leeds Destination Ltd', country: 'GB', usualIncoterm: 'CIF' });
    expect((await api.ok<{ quotationDefaults: unknown }>(DEFAULTS, { c: cif.id }, sales.token)).quotationDefaults).toEqual({ incotermCode: 'CIF', incotermPlace: '' });
    const fob = await createCustomer(api, sales.token, { name: 'York Origin Ltd', country: 'GB', usualIncoterm: 'FOB' });
    expect((await api.ok<{ quotationDefaults: unknown }>(DEFAULTS, { c: fob.id }, sales.token)).quotationDefaults).toEqual({ incotermCode: 'FOB', incotermPlace: 'Ningbo' });
    // A quotation made without a place for such a customer asks for it instead of printing "CIF Ningbo".
    const noPlace = await api.graphql('mutation($i: CreateQuotationInput!) { createQuotation(input: $i) { id } }', { i: { customerId: cif.id, lines: [{ description: 'Spanner', quantity: '5', unitPrice: '2' }] } }, sales.token);
    expect(noPlace.errors?.[0].extensions?.fields?.map((f: { path: string }) => f.path)).toEqual(['input.incotermPlace']);
  });

  it('refuses a sale in a currency the settings have no exchange rate for, which the figures could not count', async () => {
    const inRupees = await api.graphql('mutation($i: CreateOrderInput!) { createOrder(input: $i) { id } }', {
      i: { customerId, currency: 'INR', incotermCode: 'FOB', incotermPlace: 'Ningbo', paymentTerms: 'T/T 30/70', lines: [{ description: 'Vice', quantity: '1', unitPrice: '500' }] },
    }, sales.token);
    expect(inRupees.errors?.[0].extensions?.fields).toEqual([{
      path: 'input.currency',
      message: "the settings have no exchange rate for INR, so its orders could not count in the customer's figures; an admin adds one first",
      messageZh: '系统设置中没有 INR 的汇率，其订单无法计入客户业绩；请先由管理员添加',
    }]);
  });

  it('refuses negative costs on an order', async () => {
    const result = await api.graphql('mutation($i: CreateOrderInput!) { createOrder(input: $i) { id } }', {
      i: { customerId, freightCost: '-100', insuranceCost: '1,5', importDutyCost: '0', currency: 'EUR', incotermCode: 'CIF', incotermPlace: 'Hamburg', paymentTerms: 'T/T 30/70', lines: [{ description: 'Vice', quantity: '1', unitPrice: '5' }] },
    }, sales.token);
    expect((result.errors?.[0].extensions?.fields ?? []).map((f: { path: string; message: string }) => [f.path, f.message])).toEqual([
      ['input.freightCost', 'must be an amount of 0 or more like 1250.50 (at most 4 decimals)'],
      ['input.insuranceCost', 'must be an amount of 0 or more like 1250.50 (at most 4 decimals)'],
    ]);
  });

  it("refuses another customer's contact and a merchandiser who is none", async () => {
    const stranger = await createCustomer(api, admin, { name: 'Someone Else Trading', contacts: [{ name: 'Stella' }] });
    const [{ id: stella }] = await api.dataSource.query('SELECT id FROM contact WHERE customer_id = $1', [stranger.id]);
    const financeUser = (await api.signedIn('finance')).user;
    const result = await api.graphql('mutation($i: CreateOrderInput!) { createOrder(input: $i) { id } }', {
      i: { customerId, contactId: stella, merchandiserId: financeUser.id, currency: 'EUR', incotermCode: 'FOB', incotermPlace: 'Ningbo', paymentTerms: 'T/T 30/70', lines: [{ description: 'Vice', quantity: '1', unitPrice: '5' }] },
    }, sales.token);
    expect(result.errors?.[0].extensions?.fields).toEqual([
      { path: 'input.contactId', message: `${stella} is not a contact of this customer`, messageZh: `${stella} 不是该客户的联系人` },
      { path: 'input.merchandiserId', message: `${financeUser.id} is not an active merchandiser`, messageZh: `${financeUser.id} 不是在职的跟单员` },
    ]);
    const quote = await api.graphql('mutation($i: CreateQuotationInput!) { createQuotation(input: $i) { id } }', {
      i: { customerId, contactId: stella, lines: [{ description: 'Vice', quantity: '1', unitPrice: '5' }] },
    }, sales.token);
    expect(quote.errors?.[0].extensions?.fields?.map((f: { path: string }) => f.path)).toEqual(['input.contactId']);
  });

  it('keeps the money received: refuses new lines below it and a change of currency once paid', async () => {
    const order = await createOrder(sales.token, { currency: 'USD', incotermCode: 'FOB', incotermPlace: 'Ningbo', paymentTerms: 'T/T 30/70', lines: [{ description: 'Vice', quantity: '100', unitPrice: '10' }] });
    await api.ok(MOVE, { id: order.id, to: 'confirmed' }, sales.token);
    await api.ok('mutation($id: ID!) { recordOrderReceipt(id: $id, amount: "800") { id } }', { id: order.id }, finance);
    const PAGE = 'query($id: ID!) { order(id: $id) { version currency total { amount } installments { paid { amount currency } } } }';
    const before = (await api.ok<{ order: { version: number } }>(PAGE, { id: order.id }, sales.token)).order;
    const UPDATE = 'mutation($id: ID!, $i: UpdateOrderInput!) { updateOrder(id: $id, input: $i) { id } }';
    const cheaper = await api.graphql(UPDATE, { id: order.id, i: { version: before.version, lines: [{ description: 'Vice', quantity: '10', unitPrice: '10' }] } }, sales.token);
    expect(codeOf(cheaper)).toBe('BAD_USER_INPUT');
    expect(cheaper.errors?.[0].extensions?.fields).toEqual([{ path: 'input.lines', message: 'the new total, USD 100.00, is less than the USD 800.00 already received', messageZh: '新的总额 USD 100.00 少于已收款 USD 800.00' }]);
    const relabelled = await api.graphql(UPDATE, { id: order.id, i: { version: before.version, currency: 'JPY' } }, sales.token);
    expect(relabelled.errors?.[0].extensions?.fields).toEqual([{ path: 'input.currency', message: 'USD 800.00 has been received on this order: its currency can no longer change', messageZh: '此订单已收款 USD 800.00，不能再更改币种' }]);
    // Nothing of either attempt stayed, and a total at or above what was received is still accepted.
    expect((await api.ok<{ order: unknown }>(PAGE, { id: order.id }, sales.token)).order).toEqual(before);
    await api.ok(UPDATE, { id: order.id, i: { version: before.version, lines: [{ description: 'Vice', quantity: '80', unitPrice: '10' }] } }, sales.token);
    const after = (await api.ok<{ order: { total: { amount: string }; installments: { paid: { amount: string } }[] } }>(PAGE, { id: order.id }, sales.token)).order;
    expect(after.total.amount).toBe('800.00');
    expect(after.installments.map((i) => i.paid.amount)).toEqual(['240.00', '560.00']);
  });

  it('flags what the Incoterm lacks and refuses sea-only rules by air', async () => {
    const { createOrder: order } = await api.ok<{ createOrder: { incotermFindings: { code: string; severity: string }[] } }>(
      'mutation($i: CreateOrderInput!) { createOrder(input: $i) { incotermFindings { code severity } } }',
      { i: { customerId, currency: 'EUR', incotermCode: 'CIF', incotermPlace: 'Hamburg', paymentTerms: 'T/T 30/70', lines: [{ description: 'Hoe', quantity: '10', unitPrice: '3' }] } }, sales.token);
    expect(order.incotermFindings.map((f) => f.code).sort()).toEqual(['FREIGHT_MISSING', 'INSURANCE_MISSING']);
    const byAir = await api.graphql('mutation($i: CreateOrderInput!) { createOrder(input: $i) { id } }', {
      i: { customerId, currency: 'EUR', incotermCode: 'FOB', incotermPlace: 'Shanghai', transportMode: 'air', paymentTerms: 'T/T 30/70', lines: [{ description: 'Hoe', quantity: '10', unitPrice: '3' }] },
    }, sales.token);
    expect(codeOf(byAir)).toBe('BAD_USER_INPUT');
    expect(byAir.errors?.[0].extensions?.fields).toEqual([{ path: 'input.transportMode', message: expect.stringContaining('FCA'), messageZh: 'FOB 只适用于海运和内河运输；空运请用 FCA、CPT 或 CIP' }]);
    const badTerms = await api.graphql('mutation($i: CreateOrderInput!) { createOrder(input: $i) { id } }', {
      i: { customerId, paymentTerms: 'pay whenever', lines: [{ description: 'Hoe', quantity: '-1', unitPrice: '3,50' }] },
    }, sales.token);
    expect((badTerms.errors?.[0].extensions?.fields ?? []).map((f) => f.path).sort()).toEqual(['input.lines.0.quantity', 'input.lines.0.unitPrice', 'input.paymentTerms']);
    // Figures the columns cannot hold are refused by field, not left to a database error.
    const huge = await api.graphql('mutation($i: CreateOrderInput!) { createOrder(input: $i) { id } }', {
      i: { customerId, paymentTerms: 'T/T 30/70', lines: [{ description: 'Hoe', quantity: '1000000000', unitPrice: '10000000' }, { description: 'Rake', quantity: '1.5', unitPrice: '2.12345' }] },
    }, sales.token);
    expect(codeOf(huge)).toBe('BAD_USER_INPUT');
    expect((huge.errors?.[0].extensions?.fields ?? []).map((f) => [f.path, f.messageZh])).toEqual([
      ['input.lines.0.quantity', '该行金额 10000000000000000.00 EUR 过大，不能达到 10,000,000,000,000,000'],
      ['input.lines.1.unitPrice', '单价“2.12345”最多 4 位小数'],
    ]);
    // The SPA's Chinese form shows each field's reason in Chinese.
    expect(Object.fromEntries((badTerms.errors?.[0].extensions?.fields ?? []).map((f) => [f.path, f.messageZh]))).toEqual({
      'input.lines.0.quantity': '数量“-1”必须是大于 0 的数字',
      'input.lines.0.unitPrice': '单价“3,50”必须是不小于 0 的金额（小数用点号）',
      'input.paymentTerms': '付款方式“pay whenever”有无法识别的内容：“whenever”（在“pay whenever”中）',
    });
  });

  it('moves through the stages only when the rules allow, and says why not', async () => {
    const order = await createOrder(sales.token, { currency: 'USD', incotermCode: 'FOB', incotermPlace: 'Ningbo', paymentTerms: 'T/T 30/70', deliveryDate: '2026-12-20', lines: [{ description: 'Pliers', quantity: '1000', unitPrice: '10' }] });
    await api.ok(MOVE, { id: order.id, to: 'confirmed' }, sales.token);
    const early = await api.graphql(MOVE, { id: order.id, to: 'in_production' }, merchandiser);
    expect(codeOf(early)).toBe('RULE_VIOLATION');
    expect(early.errors?.[0].message).toMatch(/deposit not received/);
    // The same reason in Chinese for the UI, and the refusal's code for integrators.
    expect(early.errors?.[0].extensions).toMatchObject({ reason: 'ORDERS_STAGE_DEPOSIT_NOT_RECEIVED', messageZh: '无法开始生产：30%定金未收到（尚欠 USD 3,000.00）' });
    const moves = await api.ok<{ order: { stageMoves: { to: string; allowed: boolean; reasons: string[] }[] } }>('query($id: ID!) { order(id: $id) { stageMoves { to allowed reasons } } }', { id: order.id }, sales.token);
    expect(moves.order.stageMoves.find((m) => m.to === 'deposit_received')).toMatchObject({ allowed: false });

    expect(codeOf(await api.graphql('mutation($id: ID!) { recordOrderReceipt(id: $id, amount: "3000") { id } }', { id: order.id }, sales.token))).toBe('FORBIDDEN');
    const notAnAmount = await api.graphql('mutation($id: ID!) { recordOrderReceipt(id: $id, amount: "3,000") { id } }', { id: order.id }, finance);
    expect(notAnAmount.errors?.[0].extensions?.fields).toEqual([{ path: 'amount', message: '"3,000" is not an amount; write it like 1250.50', messageZh: '“3,000”不是金额，请写成 1250.50 这样' }]);
    const subCent = await api.graphql('mutation($id: ID!) { recordOrderReceipt(id: $id, amount: "2999.995") { id } }', { id: order.id }, finance);
    expect(subCent.errors?.[0].extensions?.fields).toEqual([{ path: 'amount', message: 'USD has 2 decimals; "2999.995" has more', messageZh: 'USD 最多 2 位小数，“2999.995”超出了' }]);
    await api.ok('mutation($id: ID!) { recordOrderReceipt(id: $id, amount: "3000") { id } }', { id: order.id }, finance);
    await api.ok(MOVE, { id: order.id, to: 'deposit_received' }, finance);
    await api.ok(MOVE, { id: order.id, to: 'in_production' }, merchandiser);
    const notReady = await api.graphql(MOVE, { id: order.id, to: 'ready' }, merchandiser);
    expect(notReady.errors?.[0].message).toMatch(/inspect|QC/i);
    await api.ok('mutation($id: ID!) { planProduction(orderId: $id, plan: { qc_inspection: "2026-12-01", packing: "2026-12-05", ready_to_ship: "2026-12-10" }) { kind } }', { id: order.id }, merchandiser);
    await api.ok('mutation($id: ID!) { recordMilestone(orderId: $id, kind: "qc_inspection", actualDate: "2026-12-01") { kind } }', { id: order.id }, merchandiser);
    await api.ok('mutation($id: ID!) { recordMilestone(orderId: $id, kind: "packing", actualDate: "2026-12-05") { kind } }', { id: order.id }, merchandiser);
    await api.ok(MOVE, { id: order.id, to: 'ready' }, merchandiser);
    const noBooking = await api.graphql(MOVE, { id: order.id, to: 'booked' }, merchandiser);
    expect(noBooking.errors?.[0].message).toMatch(/booking number/);
    await runAsSystem('test', () => api.app.get(OrdersFacade).tx.run(() => api.app.get(OrdersFacade).recordShipmentFacts([order.id], { bookingNumber: 'COSU6123456780' })));
    await api.ok(MOVE, { id: order.id, to: 'booked' }, merchandiser);
    const unpaid = await api.graphql(MOVE, { id: order.id, to: 'shipped' }, merchandiser);
    expect(unpaid.errors?.[0].message).toMatch(/70% .*before shipment.* not received|not received/);
    const cancelled = await api.graphql(MOVE, { id: order.id, to: 'closed' }, admin);
    expect(codeOf(cancelled)).toBe('RULE_VIOLATION');
    // The rest of the way: balance received, B/L issued, shipped, documents sent (the move records when), paid, closed.
    await api.ok('mutation($id: ID!) { recordOrderReceipt(id: $id, amount: "7000") { id } }', { id: order.id }, finance);
    await runAsSystem('test', () => api.app.get(OrdersFacade).tx.run(() => api.app.get(OrdersFacade).recordShipmentFacts([order.id], { blNumber: 'COSU6123456780B', blDate: '2026-12-12' })));
    for (const to of ['shipped', 'documents_sent', 'paid', 'closed']) await api.ok(MOVE, { id: order.id, to }, admin);
    const { order: closed } = await api.ok<{ order: { stage: string; documentsSentAt: string | null } }>('query($id: ID!) { order(id: $id) { stage documentsSentAt } }', { id: order.id }, admin);
    expect(closed.stage).toBe('closed');
    expect(Date.now() - Date.parse(closed.documentsSentAt ?? '')).toBeLessThan(60_000);
    const history = await api.ok<{ order: { stageHistory: { fromStage: string | null; toStage: string }[] } }>('query($id: ID!) { order(id: $id) { stageHistory { fromStage toStage } } }', { id: order.id }, admin);
    expect(history.order.stageHistory.map((h) => h.toStage)).toEqual(['closed', 'paid', 'documents_sent', 'shipped', 'booked', 'ready', 'in_production', 'deposit_received', 'confirmed', 'draft']);
  });

  it('tells the owner when a new production plan puts shipping after the agreed delivery date', async () => {
    const order = await createOrder(sales.token, { currency: 'USD', incotermCode: 'FOB', incotermPlace: 'Ningbo', paymentTerms: 'T/T 30/70', deliveryDate: '2027-03-01', lines: [{ description: 'Level', quantity: '60', unitPrice: '5' }] });
    const atRiskNotices = async () => {
      const { myNotifications } = await api.ok<{ myNotifications: { nodes: { kind: string; link: string; text: string }[] } }>('{ myNotifications(first: 50) { nodes { kind link text } } }', {}, sales.token);
      return myNotifications.nodes.filter((n) => n.kind === 'order_at_risk' && n.link === `/orders/${order.id}`);
    };
    // A plan that ships in time tells no one; one that ships later than the delivery date does.
    await api.ok('mutation($id: ID!) { planProduction(orderId: $id, plan: { ready_to_ship: "2027-02-20" }) { kind } }', { id: order.id }, merchandiser);
    const { planProduction } = await api.ok<{ planProduction: { kind: string }[] }>('mutation($id: ID!) { planProduction(orderId: $id, plan: { ready_to_ship: "2027-03-05" }) { kind } }', { id: order.id }, merchandiser);
    expect(planProduction.map((m) => m.kind)).toContain('ready_to_ship');
    await eventually(async () => (await atRiskNotices()).length === 1, 15_000, 'the re-plan notice');
    expect((await atRiskNotices())[0].text).toBe(`${order.number}: ready to ship slipped 13 days; expected to ship 2027-03-05 — after the agreed delivery date`);
  });

  it('moves the expected ship date, and the balance due before shipment with it, when a supplier reports a delay, flags the risk and tells the owner', async () => {
    const order = await createOrder(sales.token, { currency: 'USD', incotermCode: 'FOB', incotermPlace: 'Ningbo', paymentTerms: 'T/T 30/70', deliveryDate: '2026-12-12', lines: [{ description: 'Saw', quantity: '100', unitPrice: '8' }] });
    type Due = { order: { expectedShipDate: string; installments: { trigger: string; dueDate: string; paid: { amount: string } }[] } };
    const dues = async () => (await api.ok<Due>('query($id: ID!) { order(id: $id) { expectedShipDate installments { trigger dueDate paid { amount } } } }', { id: order.id }, sales.token)).order;
    const beforeShipment = async () => (await dues()).installments.find((i) => i.trigger === 'before_shipment');
    expect(await beforeShipment()).toMatchObject({ dueDate: '2026-12-12' });
    await api.ok('mutation($id: ID!) { planProduction(orderId: $id, plan: { production_start: "2026-12-01", packing: "2026-12-08", ready_to_ship: "2026-12-10" }) { kind } }', { id: order.id }, merchandiser);
    expect(await beforeShipment()).toMatchObject({ dueDate: '2026-12-10' });
    await api.ok('mutation($id: ID!) { recordOrderReceipt(id: $id, amount: "240") { id } }', { id: order.id }, finance);
    const { reportProductionDelay } = await api.ok<{ reportProductionDelay: { expectedShipDate: string; atRisk: boolean } }>(
      'mutation($id: ID!) { reportProductionDelay(orderId: $id, kind: "packing", days: 3, note: "Factory needs 3 more days for cartons") { expectedShipDate atRisk } }', { id: order.id }, merchandiser);
    expect(reportProductionDelay).toEqual({ expectedShipDate: '2026-12-13', atRisk: true });
    // The deposit received stays where it was applied.
    expect((await dues()).installments.map((i) => ({ trigger: i.trigger, dueDate: i.dueDate, paid: i.paid.amount }))).toEqual([
      { trigger: 'on_order', dueDate: expect.any(String), paid: '240.00' },
      { trigger: 'before_shipment', dueDate: '2026-12-13', paid: '0.00' },
    ]);
    const board = await api.ok<{ orderBoard: { stage: string; orders: { id: string; atRisk: boolean }[] }[] }>('query { orderBoard(filter: { atRisk: true }) { stage orders { id atRisk } } }', {}, sales.token);
    expect(board.orderBoard.find((c) => c.stage === 'draft')?.orders.map((o) => o.id)).toContain(order.id);
    await eventually(async () => {
      const { myNotifications } = await api.ok<{ myNotifications: { nodes: { kind: string; link: string }[] } }>('{ myNotifications(first: 20) { nodes { kind link } } }', {}, sales.token);
      return myNotifications.nodes.some((n) => n.kind === 'order_at_risk' && n.link === `/orders/${order.id}`);
    }, 15_000, 'delay notification');
    // The customer agrees to a later delivery: the order is no longer at risk; an earlier one makes it so again.
    const redate = async (deliveryDate: string) => {
      const { order: current } = await api.ok<{ order: { version: number } }>('query($id: ID!) { order(id: $id) { version } }', { id: order.id }, sales.token);
      return (await api.ok<{ updateOrder: { atRisk: boolean; riskReason: string | null } }>(
        'mutation($id: ID!, $i: UpdateOrderInput!) { updateOrder(id: $id, input: $i) { atRisk riskReason } }', { id: order.id, i: { version: current.version, deliveryDate } }, sales.token)).updateOrder;
    };
    expect(await redate('2027-06-30')).toEqual({ atRisk: false, riskReason: null });
    expect(await redate('2026-12-12')).toEqual({ atRisk: true, riskReason: 'expected to ship 1 day after the agreed delivery date (2026-12-12)' });
  });

  it('shows each active stage on the board with its count and newest cards, as far as the viewer may see', async () => {
    const boardCustomer = (await createCustomer(api, sales.token, { name: 'Rue du Board SARL', country: 'FR' })).id;
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      ids.push((await createOrder(sales.token, { customerId: boardCustomer, currency: 'USD', incotermCode: 'FOB', incotermPlace: 'Ningbo', paymentTerms: 'T/T 30/70', lines: [{ description: `Board item ${i}`, quantity: '1', unitPrice: '10' }] })).id);
    }
    for (const i of [1, 4]) await api.ok(MOVE, { id: ids[i], to: 'confirmed' }, sales.token);
    await api.ok(MOVE, { id: ids[5], to: 'cancelled' }, sales.token);

    type Column = { stage: string; totalCount: number; orders: { id: string; stage: string }[] };
    const boardOf = async (token: string): Promise<Column[]> => (await api.ok<{ orderBoard: Column[] }>(
      'query($f: OrderFilterInput) { orderBoard(perColumn: 2, filter: $f) { stage totalCount orders { id stage } } }', { f: { customerId: boardCustomer } }, token)).orderBoard;
    const board = await boardOf(sales.token);
    expect(board.map((c) => c.stage)).toEqual(['draft', 'confirmed', 'deposit_received', 'in_production', 'ready', 'booked', 'shipped', 'customs_cleared', 'documents_sent', 'paid', 'on_hold']);
    const nonEmpty = board.filter((c) => c.totalCount > 0);
    expect(nonEmpty).toEqual([
      { stage: 'draft', totalCount: 3, orders: [{ id: ids[3], stage: 'draft' }, { id: ids[2], stage: 'draft' }] },
      { stage: 'confirmed', totalCount: 2, orders: [{ id: ids[4], stage: 'confirmed' }, { id: ids[1], stage: 'confirmed' }] },
    ]);
    expect(board.filter((c) => c.totalCount === 0).every((c) => c.orders.length === 0)).toBe(true);
    // A column's cards are the first page of the order list for that stage, which pages on from there.
    const { orders: drafts } = await api.ok<{ orders: { nodes: { id: string }[] } }>(
      'query($f: OrderFilterInput) { orders(first: 3, filter: $f) { nodes { id } } }', { f: { customerId: boardCustomer, stages: ['draft'] } }, sales.token);
    expect(drafts.nodes.map((o) => o.id)).toEqual([ids[3], ids[2], ids[0]]);

    expect(await boardOf(admin)).toEqual(board);
    const otherSalesperson = (await api.signedIn('sales')).token;
    expect((await boardOf(otherSalesperson)).filter((c) => c.totalCount > 0 || c.orders.length > 0)).toEqual([]);
  });

  it('filters the order list and the board alike by every filter, each ANDed with the search and the data scope', async () => {
    const other = await api.signedIn('sales');
    const german = (await createCustomer(api, sales.token, { name: 'Filterprobe Werkzeug GmbH', country: 'DE' })).id;
    const japanese = (await createCustomer(api, other.token, { name: 'Filterprobe Kogu KK', country: 'JP' })).id;
    const order = async (token: string, customer: string, deliveryDate: string) =>
      createOrder(token, { customerId: customer, currency: 'EUR', incotermCode: 'FOB', incotermPlace: 'Ningbo', paymentTerms: 'T/T 30/70', deliveryDate, lines: [{ description: 'Filter item', quantity: '1', unitPrice: '10' }] });
    const a = await order(sales.token, german, '2026-05-10');
    const b = await order(other.token, japanese, '2026-06-01');
    const c = await order(sales.token, german, '2026-05-31');
    await api.ok(MOVE, { id: c.id, to: 'cancelled' }, sales.token);
    const d = await order(sales.token, german, '2026-06-15');
    await api.ok('mutation($id: ID!) { planProduction(orderId: $id, plan: { packing: "2026-06-01", ready_to_ship: "2026-06-05" }) { kind } }', { id: d.id }, merchandiser);
    await api.ok('mutation($id: ID!) { reportProductionDelay(orderId: $id, kind: "packing", days: 20, note: "Mould broken") { atRisk } }', { id: d.id }, merchandiser);

    const listed = async (filter: Record<string, unknown>, token = admin) => (await api.ok<{ orders: { totalCount: number; nodes: { id: string }[] } }>(
      'query($f: OrderFilterInput) { orders(first: 10, filter: $f) { totalCount nodes { id } } }', { f: filter }, token)).orders;
    const boarded = async (filter: Record<string, unknown>, token = admin) => (await api.ok<{ orderBoard: { totalCount: number; orders: { id: string }[] }[] }>(
      'query($f: OrderFilterInput) { orderBoard(filter: $f) { totalCount orders { id } } }', { f: filter }, token)).orderBoard;
    const cases: [string, Record<string, unknown>, { id: string }[], string?][] = [
      ['the search alone', {}, [d, c, b, a]],
      ['a country, in any case', { country: 'de' }, [d, c, a]],
      ['an owner', { ownerId: other.user.id }, [b]],
      ['a customer', { customerId: japanese }, [b]],
      ['a delivery month, its last day in and the next month out', { deliveryMonth: '2026-05' }, [c, a]],
      ['at risk', { atRisk: true }, [d]],
      ['not at risk', { atRisk: false }, [c, b, a]],
      ['active only', { activeOnly: true }, [d, b, a]],
      ['stages', { stages: ['cancelled'] }, [c]],
      ['the scope of a salesperson', {}, [d, c, a], sales.token],
    ];
    for (const [label, filter, expected, token] of cases) {
      const list = await listed({ search: 'filterprobe', ...filter }, token);
      expect({ label, list: list.nodes.map((o) => o.id), total: list.totalCount }).toEqual({ label, list: expected.map((o) => o.id), total: expected.length });
      // The board shows the same orders but the cancelled one, column by column.
      const board = await boarded({ search: 'filterprobe', ...filter }, token);
      const onBoard = expected.filter((o) => o !== c).map((o) => o.id);
      expect({ label, cards: board.flatMap((col) => col.orders.map((o) => o.id)).sort(), counted: board.reduce((n, col) => n + col.totalCount, 0) })
        .toEqual({ label, cards: [...onBoard].sort(), counted: onBoard.length });
    }
    // An order number is searched too, with LIKE's wildcards taken literally.
    expect((await listed({ search: a.number })).nodes.map((o) => o.id)).toEqual([a.id]);
    expect((await listed({ search: 'filter_probe' })).totalCount).toBe(0);
    const badMonth = await api.graphql('query { orderBoard(filter: { deliveryMonth: "2026-13" }) { stage } }', {}, admin);
    expect(badMonth.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'filter.deliveryMonth' }] });
  });

  it('flags a confirmed order not shipped by its agreed delivery date from the next day on, on the order, in the list and on the board', async () => {
    const today = companyToday();
    const threeDaysAgo = addDays(today, -3);
    const latecomer = (await createCustomer(api, sales.token, { name: 'Latecomer Tools GmbH', country: 'DE' })).id;
    const order = (deliveryDate: string) => createOrder(sales.token, {
      customerId: latecomer, currency: 'EUR', incotermCode: 'FOB', incotermPlace: 'Ningbo', paymentTerms: 'T/T 30/70', deliveryDate, lines: [{ description: 'Late item', quantity: '5', unitPrice: '12' }],
    });
    const late = await order(threeDaysAgo);
    const dueToday = await order(today);
    const draft = await order(threeDaysAgo); // a draft promises no date yet
    const held = await order(threeDaysAgo); // on hold on purpose
    for (const o of [late, dueToday, held]) await api.ok(MOVE, { id: o.id, to: 'confirmed' }, sales.token);
    await api.ok(MOVE, { id: held.id, to: 'on_hold' }, sales.token);

    const risk = async (id: string) => (await api.ok<{ order: { atRisk: boolean; riskReason: string | null } }>('query($id: ID!) { order(id: $id) { atRisk riskReason } }', { id }, sales.token)).order;
    expect(await risk(late.id)).toEqual({ atRisk: true, riskReason: `not shipped 3 days after the agreed delivery date (${threeDaysAgo})` });
    for (const o of [dueToday, draft, held]) expect(await risk(o.id)).toEqual({ atRisk: false, riskReason: null });

    const listed = async (atRisk: boolean) => (await api.ok<{ orders: { totalCount: number; nodes: { id: string }[] } }>(
      'query($f: OrderFilterInput) { orders(first: 10, filter: $f) { totalCount nodes { id } } }', { f: { customerId: latecomer, atRisk } }, sales.token)).orders;
    expect(await listed(true)).toEqual({ totalCount: 1, nodes: [{ id: late.id }] });
    expect(await listed(false)).toEqual({ totalCount: 3, nodes: [held, draft, dueToday].map((o) => ({ id: o.id })) });
    const { orderBoard } = await api.ok<{ orderBoard: { stage: string; totalCount: number; orders: { id: string; atRisk: boolean; riskReason: string }[] }[] }>(
      'query($f: OrderFilterInput) { orderBoard(filter: $f) { stage totalCount orders { id atRisk riskReason } } }', { f: { customerId: latecomer, atRisk: true } }, sales.token);
    expect(orderBoard.filter((column) => column.totalCount > 0)).toEqual([
      { stage: 'confirmed', totalCount: 1, orders: [{ id: late.id, atRisk: true, riskReason: `not shipped 3 days after the agreed delivery date (${threeDaysAgo})` }] },
    ]);
  });

  it('tells the owner once, in the daily job, that a confirmed order passed its delivery date without shipping; not dates long gone, nor drafts', async () => {
    const today = companyToday();
    const customer = (await createCustomer(api, sales.token, { name: 'Overdue Notice Trading Ltd', country: 'GB' })).id;
    const order = (deliveryDate: string) => createOrder(sales.token, {
      customerId: customer, currency: 'GBP', incotermCode: 'FOB', incotermPlace: 'Ningbo', paymentTerms: 'T/T 30/70', deliveryDate, lines: [{ description: 'Notice item', quantity: '4', unitPrice: '25' }],
    });
    const yesterday = await order(addDays(today, -1));
    const longGone = await order(addDays(today, -30)); // an imported past order, say: the board shows it, nobody is told
    const draft = await order(addDays(today, -1));
    const dueToday = await order(today);
    for (const o of [yesterday, longGone, dueToday]) await api.ok(MOVE, { id: o.id, to: 'confirmed' }, sales.token);

    const notices = api.app.get(LateDeliveryNotices);
    expect(await runAsSystem('test', () => notices.send(today))).toBeGreaterThanOrEqual(1);
    const noticesOf = async () => (await api.ok<{ myNotifications: { nodes: { kind: string; link: string; text: string }[] } }>(
      '{ myNotifications(first: 50) { nodes { kind link text } } }', {}, sales.token)).myNotifications.nodes.filter((n) => n.kind === 'order_late');
    await eventually(async () => (await noticesOf()).some((n) => n.link === `/orders/${yesterday.id}`), 15_000, 'late delivery notice');
    const told = (await noticesOf()).filter((n) => [yesterday, longGone, draft, dueToday].some((o) => n.link === `/orders/${o.id}`));
    expect(told).toEqual([{ kind: 'order_late', link: `/orders/${yesterday.id}`, text: `${yesterday.number} has not shipped 1 day after the agreed delivery date (${addDays(today, -1)})` }]);
    // The next morning's run tells nobody again; tomorrow the order due today is late.
    expect(await runAsSystem('test', () => notices.send(today))).toBe(0);
    await runAsSystem('test', () => notices.send(addDays(today, 1)));
    await eventually(async () => (await noticesOf()).some((n) => n.link === `/orders/${dueToday.id}`), 15_000, "the next day's notice");
  });

  it('gives a board card and the order page the same values as the order entity the mutations load (both read plain rows)', async () => {
    const cardCustomer = (await createCustomer(api, sales.token, { name: 'Kartenhaus Logistik GmbH', country: 'DE' })).id;
    const created = await createOrder(sales.token, {
      customerId: cardCustomer, currency: 'EUR', incotermCode: 'CIF', incotermPlace: 'Hamburg', paymentTerms: 'T/T 30/70', orderDate: '2026-02-28', deliveryDate: '2026-03-31',
      freightCost: '1250.5', insuranceCost: '80', notes: 'Pallets, not loose cartons', lines: [{ description: 'Vice 6"', quantity: '40', unitPrice: '31.25' }],
    });
    await api.ok('mutation($id: ID!) { planProduction(orderId: $id, plan: { packing: "2026-03-20", ready_to_ship: "2026-03-25" }) { kind } }', { id: created.id }, merchandiser);
    await api.ok('mutation($id: ID!) { reportProductionDelay(orderId: $id, kind: "packing", days: 10, note: "Paint line down") { expectedShipDate } }', { id: created.id }, merchandiser);
    await runAsSystem('test', () => api.app.get(OrdersFacade).tx.run(() => api.app.get(OrdersFacade).recordShipmentFacts([created.id], { bookingNumber: 'HLCU1234567', blNumber: 'HLCUHAM260301', blDate: '2026-03-29', customsCleared: true })));
    const FIELDS = `id number customerId customerName customerCountry contactId quotationId currency incotermCode incotermPlace transportMode paymentTerms orderDate deliveryDate
      expectedShipDate ownerId merchandiserId stage resumeStage atRisk riskReason total { amount currency } freightCost { amount currency } insuranceCost { amount currency }
      importDutyCost { amount currency } bookingNumber blNumber blDate customsClearedAt documentsSentAt origin notes version createdAt owner { id displayName }`;
    const { order } = await api.ok<{ order: Record<string, unknown> }>(`query($id: ID!) { order(id: $id) { ${FIELDS} } }`, { id: created.id }, sales.token);
    const { orderBoard } = await api.ok<{ orderBoard: { orders: Record<string, unknown>[] }[] }>(`query($f: OrderFilterInput) { orderBoard(filter: $f) { orders { ${FIELDS} } } }`, { f: { customerId: cardCustomer } }, sales.token);
    expect(orderBoard.flatMap((c) => c.orders)).toEqual([order]);
    // The board reads only the columns its query selects: each field asked alone has the order page's value.
    const cardOf = async (selection: string) => (await api.ok<{ orderBoard: { orders: Record<string, unknown>[] }[] }>(
      `query($f: OrderFilterInput) { orderBoard(filter: $f) { orders { ${selection} } } }`, { f: { customerId: cardCustomer } }, sales.token)).orderBoard.flatMap((c) => c.orders);
    for (const field of FIELDS.match(/\w+(?: \{[^}]*\})?/g)!) {
      const name = field.split(' ')[0];
      expect({ field, cards: await cardOf(`${field} __typename`) }).toEqual({ field, cards: [{ [name]: order[name], __typename: 'Order' }] });
    }
    // A field resolved from more of the order (Incoterm findings, the stage rules) makes the board read all of it:
    // an FOB order carrying a freight cost is flagged, which a card without its Incoterm and costs would not be.
    const flagged = await createOrder(sales.token, {
      customerId: cardCustomer, currency: 'USD', incotermCode: 'FOB', incotermPlace: 'Ningbo', paymentTerms: 'T/T 30/70', orderDate: '2026-02-27',
      freightCost: '900', lines: [{ description: 'Vice 4"', quantity: '10', unitPrice: '20' }],
    });
    const RESOLVED = 'incotermFindings { code severity } stageMoves { to kind allowed reasons } lines { description amount { amount currency } }';
    const page = (await api.ok<{ order: Record<string, unknown> }>(`query($id: ID!) { order(id: $id) { number ${RESOLVED} } }`, { id: flagged.id }, sales.token)).order;
    expect(page.incotermFindings).not.toEqual([]);
    expect((await cardOf(`number ${RESOLVED}`)).find((card) => card.number === page.number)).toEqual(page);
    // The board prefetches its cards' owners; the order page resolves its owner on its own.
    expect(order.owner).toEqual({ id: order.ownerId, displayName: expect.any(String) });
    // The values the two paths could disagree on: dates, timestamps, decimals, nulls.
    expect(order).toMatchObject({ orderDate: '2026-02-28', deliveryDate: '2026-03-31', expectedShipDate: '2026-04-04', blDate: '2026-03-29', atRisk: true, freightCost: { amount: '1250.50', currency: 'EUR' }, importDutyCost: null, contactId: null });
    expect(order.customsClearedAt).toEqual(expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/));
    const repository = api.app.get(OrderRepository);
    const entity = await repository.findVisible(created.id, { kind: 'all' });
    expect(entity?.blDate).toBe('2026-03-29');
    expect(await repository.readVisible(created.id, { kind: 'all' })).toEqual(entity);
    const owner = { kind: 'own' as const, userId: sales.user.id };
    expect(await repository.readVisible(created.id, owner)).toEqual(entity);
    const stranger = { kind: 'own' as const, userId: '6f1c2f5e-8a4b-4c1d-9e2f-3a4b5c6d7e8f' };
    const otherTeam = { kind: 'team' as const, teamId: '6f1c2f5e-8a4b-4c1d-9e2f-3a4b5c6d7e8f', userId: '6f1c2f5e-8a4b-4c1d-9e2f-3a4b5c6d7e8f' };
    for (const scope of [stranger, otherTeam]) {
      expect(await repository.findVisible(created.id, scope)).toBeNull();
      expect(await repository.readVisible(created.id, scope)).toBeNull();
    }
  });

  it('notifies colleagues @mentioned in an order comment', async () => {
    const order = await createOrder(sales.token, { currency: 'USD', incotermCode: 'FOB', incotermPlace: 'Ningbo', paymentTerms: 'T/T 30/70', lines: [{ description: 'Drill', quantity: '10', unitPrice: '30' }] });
    const colleague = await api.signedIn('logistics');
    await api.ok('mutation($id: ID!, $i: AddCommentInput!) { addOrderComment(orderId: $id, input: $i) { id } }', { id: order.id, i: { body: '@Grace please book for week 51', mentionedUserIds: [colleague.user.id] } }, sales.token);
    await eventually(async () => {
      const { myNotifications } = await api.ok<{ myNotifications: { nodes: { kind: string }[] } }>('{ myNotifications(first: 20) { nodes { kind } } }', {}, colleague.token);
      return myNotifications.nodes.some((n) => n.kind === 'mention');
    }, 15_000, 'mention notification');
    // Another salesperson may not open this order: not offered, and a mention of them is refused (their
    // notification would lead to "not found").
    const outsider = await api.signedIn('sales');
    const CANDIDATES = 'query($id: ID!, $q: String) { order(id: $id) { mentionCandidates(search: $q) { id } } }';
    const candidates = async (q: string): Promise<string[]> =>
      (await api.ok<{ order: { mentionCandidates: { id: string }[] } }>(CANDIDATES, { id: order.id, q }, sales.token)).order.mentionCandidates.map((u) => u.id);
    expect(await candidates(colleague.user.email)).toEqual([colleague.user.id]);
    expect(await candidates(outsider.user.email)).toEqual([]);
    const refused = await api.graphql('mutation($id: ID!, $i: AddCommentInput!) { addOrderComment(orderId: $id, input: $i) { id } }', { id: order.id, i: { body: '@someone have a look', mentionedUserIds: [outsider.user.id] } }, sales.token);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.fields).toEqual([
      { path: 'input.mentionedUserIds', message: `${outsider.user.displayName} cannot see order ${order.number}; mention colleagues who work on it`, messageZh: `${outsider.user.displayName} 无权查看订单 ${order.number}，请 @ 经手此订单的同事` },
    ]);
  });

  it('names the author of each comment when several colleagues wrote on one order', async () => {
    const order = await createOrder(sales.token, { currency: 'USD', incotermCode: 'FOB', incotermPlace: 'Ningbo', paymentTerms: 'T/T 30/70', lines: [{ description: 'Saw', quantity: '5', unitPrice: '12' }] });
    const COMMENT = 'mutation($id: ID!, $i: AddCommentInput!) { addOrderComment(orderId: $id, input: $i) { id } }';
    const manager = await api.signedIn('admin');
    await api.ok(COMMENT, { id: order.id, i: { body: 'Cartons ordered' } }, sales.token);
    await api.ok(COMMENT, { id: order.id, i: { body: 'Approved' } }, manager.token);
    const { order: view } = await api.ok<{ order: { comments: { body: string; author: { id: string } | null }[] } }>(
      'query($id: ID!) { order(id: $id) { comments { body author { id } } } }', { id: order.id }, admin);
    expect(view.comments.map((c) => [c.body, c.author?.id])).toEqual([
      ['Approved', manager.user.id],
      ['Cartons ordered', sales.user.id],
    ]);
  });

  it("tells a colleague who may see the customer how many of its orders are not theirs to see, counting what the customer's figures count", async () => {
    const pooled = (await createCustomer(api, sales.token, { name: 'Handed Around Imports Ltd', country: 'GB' })).id;
    const order = (await createOrder(sales.token, { customerId: pooled, currency: 'GBP', incotermCode: 'FOB', incotermPlace: 'Ningbo', paymentTerms: 'Net 30', lines: [{ description: 'Pooled item', quantity: '3', unitPrice: '10' }] }));
    await api.ok(MOVE, { id: order.id, to: 'confirmed' }, sales.token);
    await createOrder(sales.token, { customerId: pooled, currency: 'GBP', incotermCode: 'FOB', incotermPlace: 'Ningbo', paymentTerms: 'Net 30', lines: [{ description: 'Draft item', quantity: '1', unitPrice: '10' }] });
    // The salesperson lets the customer go to the pool; their orders stay theirs.
    await api.ok('mutation($i: CustomerIdsInput!) { releaseCustomers(input: $i) { id } }', { i: { customerIds: [pooled] } }, sales.token);
    const other = await api.signedIn('sales');
    const view = async (token: string) => (await api.ok<{ customer: { ordersOutOfScope: number; orders: { totalCount: number } } }>(
      'query($id: ID!) { customer(id: $id) { ordersOutOfScope orders(first: 5) { totalCount } } }', { id: pooled }, token)).customer;
    expect(await view(other.token)).toEqual({ ordersOutOfScope: 1, orders: { totalCount: 0 } });
    expect(await view(sales.token)).toEqual({ ordersOutOfScope: 0, orders: { totalCount: 2 } });
    expect(await view(admin)).toEqual({ ordersOutOfScope: 0, orders: { totalCount: 2 } });
  });

  it("keeps another salesperson's orders and quotations out of reach (NOT_FOUND) on every query and mutation", async () => {
    const order = await createOrder(sales.token, { currency: 'USD', incotermCode: 'FOB', incotermPlace: 'Ningbo', paymentTerms: 'T/T 30/70', lines: [{ description: 'Axe', quantity: '5', unitPrice: '12' }] });
    const { createQuotation } = await api.ok<{ createQuotation: { id: string } }>('mutation($i: CreateQuotationInput!) { createQuotation(input: $i) { id } }', { i: { customerId, lines: [{ description: 'Axe', quantity: '5', unitPrice: '12' }] } }, sales.token);
    const other = await api.signedIn('sales');
    const calls: [string, Record<string, unknown>][] = [
      ['query($id: ID!) { order(id: $id) { id } }', { id: order.id }],
      ['mutation($id: ID!) { updateOrder(id: $id, input: { version: 1, notes: "x" }) { id } }', { id: order.id }],
      [MOVE, { id: order.id, to: 'confirmed' }],
      ['mutation($id: ID!) { addOrderComment(orderId: $id, input: { body: "hi" }) { id } }', { id: order.id }],
      ['query($id: ID!) { quotation(id: $id) { id } }', { id: createQuotation.id }],
      ['mutation($id: ID!) { setQuotationStatus(id: $id, status: "sent") { id } }', { id: createQuotation.id }],
      ['mutation($id: ID!) { reviseQuotation(id: $id) { id } }', { id: createQuotation.id }],
      ['mutation($id: ID!) { updateQuotation(id: $id, input: { version: 1, notes: "x" }) { id } }', { id: createQuotation.id }],
      ['mutation($id: ID!) { convertQuotation(id: $id) { id } }', { id: createQuotation.id }],
      ['mutation($id: ID!) { generateQuotationDocument(quotationId: $id) { id } }', { id: createQuotation.id }],
      ['mutation($id: ID!) { generateOrderDocument(orderId: $id, kind: "proforma_invoice") { id } }', { id: order.id }],
    ];
    for (const [query, variables] of calls) {
      const result = await api.graphql(query, variables, other.token);
      expect({ query, code: codeOf(result) }).toEqual({ query, code: 'NOT_FOUND' });
    }
    // Production and shipping are not a salesperson's to do at all; a manager of another team may do
    // them, but not on this team's orders.
    const production: [string, Record<string, unknown>][] = [
      ['mutation($id: ID!) { planProduction(orderId: $id, plan: { packing: "2026-12-01" }) { id } }', { id: order.id }],
      ['mutation($id: ID!) { recordMilestone(orderId: $id, kind: "packing", actualDate: "2026-12-01") { id } }', { id: order.id }],
      ['mutation($id: ID!) { reportProductionDelay(orderId: $id, kind: "packing", days: 3, note: "x") { id } }', { id: order.id }],
      ['mutation($id: ID!) { createPurchaseOrders(orderId: $id, input: { dueDate: "2026-12-20", lines: [{ orderLineId: "00000000-0000-4000-8000-000000000000" }] }) { id } }', { id: order.id }],
      ['mutation($id: ID!) { createShipment(input: { orderIds: [$id] }) { id } }', { id: order.id }],
    ];
    const { createTeam } = await api.ok<{ createTeam: { id: string } }>('mutation { createTeam(input: { name: "Scope Other Team" }) { id } }', {}, admin);
    const otherManager = await api.signedIn('manager', { teamId: createTeam.id });
    for (const [query, variables] of production) {
      const asSales = await api.graphql(query, variables, other.token);
      const asManager = await api.graphql(query, variables, otherManager.token);
      expect({ query, sales: codeOf(asSales), manager: codeOf(asManager) }).toEqual({ query, sales: 'FORBIDDEN', manager: 'NOT_FOUND' });
    }
    const list = await api.ok<{ orders: { nodes: { id: string }[] }; quotations: { nodes: { id: string }[] } }>('{ orders(first: 100) { nodes { id } } quotations(first: 100) { nodes { id } } }', {}, other.token);
    expect(list.orders.nodes.map((o) => o.id)).not.toContain(order.id);
    expect(list.quotations.nodes.map((q) => q.id)).not.toContain(createQuotation.id);
    // The refused calls changed nothing.
    const unchanged = await api.ok<{ order: { stage: string; notes: string | null; version: number; documents: unknown[]; comments: unknown[] }; quotation: { status: string; notes: string | null; revision: number } }>(
      'query($o: ID!, $q: ID!) { order(id: $o) { stage notes version documents { id } comments { id } } quotation(id: $q) { status notes revision } }', { o: order.id, q: createQuotation.id }, sales.token);
    expect(unchanged).toEqual({ order: { stage: 'draft', notes: null, version: order.version, documents: [], comments: [] }, quotation: { status: 'draft', notes: null, revision: 1 } });
    // Creating an order for a customer the salesperson cannot see is not-found too.
    expect(codeOf(await api.graphql('mutation($i: CreateOrderInput!) { createOrder(input: $i) { id } }', { i: { customerId, lines: [{ description: 'x', quantity: '1', unitPrice: '1' }] } }, other.token))).toBe('NOT_FOUND');
  });

  it("numbers orders by the admin's pattern, restarting each year, refuses a pattern without a sequence, and lets only admins change it", async () => {
    const SETTINGS = 'mutation($i: UpdateOrdersSettingsInput!) { updateOrdersSettings(input: $i) { numbering { order quotation purchaseOrder } } }';
    const { ordersSettings } = await api.ok<{ ordersSettings: { numbering: { order: string; quotation: string; purchaseOrder: string } } }>('{ ordersSettings { numbering { order quotation purchaseOrder } } }', {}, sales.token);
    const numbering = ordersSettings.numbering;
    const refused = await api.graphql(SETTINGS, { i: { numbering: { ...numbering, order: 'SC-{YY}' } } }, admin);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.numbering.order' }] });
    expect(codeOf(await api.graphql(SETTINGS, { i: { numbering: { ...numbering, order: 'SC-{YY}-{SEQ:3}' } } }, sales.token))).toBe('FORBIDDEN');
    await api.ok(SETTINGS, { i: { numbering: { ...numbering, order: 'SC-{YY}-{SEQ:3}' } } }, admin);
    const numbered = async (orderDate: string) => (await createOrder(sales.token, { currency: 'EUR', orderDate, lines: [{ description: 'Numbered item', quantity: '1', unitPrice: '1' }] })).number;
    expect([await numbered('2025-11-03'), await numbered('2025-12-30'), await numbered('2026-01-02')]).toEqual(['SC-25-001', 'SC-25-002', 'SC-26-001']);
    await api.ok(SETTINGS, { i: { numbering } }, admin);
    expect(await numbered('2026-01-05')).toMatch(/^PI-2026-\d{4}$/);
  });

  it('writes purchase orders per supplier from the order lines, with product defaults, and names each bad line', async () => {
    const SUPPLIER = 'mutation($i: CreateSupplierInput!) { createSupplier(input: $i) { id } }';
    const forge = (await api.ok<{ createSupplier: { id: string } }>(SUPPLIER, { i: { name: 'Yongkang Forge Co., Ltd.', contactName: 'Mr Chen' } }, merchandiser)).createSupplier.id;
    const mill = (await api.ok<{ createSupplier: { id: string } }>(SUPPLIER, { i: { name: 'Ningbo Handle Mill' } }, merchandiser)).createSupplier.id;
    const hammer = await product('PO-HAMMER', { defaultSupplierId: forge, defaultCost: '12.35' });
    const order = await createOrder(sales.token, { currency: 'USD', lines: [
      { productId: hammer, sku: 'PO-HAMMER', description: 'Claw hammer', quantity: '300', unitPrice: '2.9' },
      { description: 'Hickory handle', quantity: '120', unitPrice: '0.8' },
    ] });
    const { order: withLines } = await api.ok<{ order: { lines: { id: string }[] } }>('query($id: ID!) { order(id: $id) { lines { id } } }', { id: order.id }, sales.token);
    const [hammerLine, handleLine] = withLines.lines.map((l) => l.id);
    const CREATE = 'mutation($id: ID!, $i: CreatePurchaseOrdersInput!) { createPurchaseOrders(orderId: $id, input: $i) { number supplierId total { amount currency } dueDate status } }';

    const bad = await api.graphql(CREATE, { id: order.id, i: { dueDate: '2026-12-20', lines: [{ orderLineId: handleLine }, { orderLineId: hammerLine, quantity: '-5' }] } }, merchandiser);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [
      { path: 'input.lines.0.supplierId', message: 'no supplier given and the product has no default supplier' },
      { path: 'input.lines.0.unitCost', message: 'no cost given and the product has no default cost' },
      { path: 'input.lines.1.quantity', message: 'must be a positive number' },
    ] });
    // A negative cost, and a default cost in another currency than the purchase order's, are asked for again.
    const dollarHammer = await product('PO-HAMMER-USD', { defaultSupplierId: forge, defaultCost: '1.80', costCurrency: 'USD' });
    const dollarOrder = await createOrder(sales.token, { currency: 'USD', lines: [{ productId: dollarHammer, description: 'Claw hammer', quantity: '10', unitPrice: '2.9' }] });
    const [dollarLine] = (await api.ok<{ order: { lines: { id: string }[] } }>('query($id: ID!) { order(id: $id) { lines { id } } }', { id: dollarOrder.id }, sales.token)).order.lines.map((l) => l.id);
    const costs = await api.graphql(CREATE, { id: dollarOrder.id, i: { dueDate: '2026-12-20', lines: [{ orderLineId: dollarLine }] } }, merchandiser);
    expect(costs.errors?.[0].extensions?.fields).toEqual([{ path: 'input.lines.0.unitCost', message: "the product's default cost is in USD; give the cost in CNY", messageZh: '该产品的默认成本为 USD，请填写 CNY 采购单价' }]);
    const negative = await api.graphql(CREATE, { id: dollarOrder.id, i: { dueDate: '2026-12-20', lines: [{ orderLineId: dollarLine, unitCost: '-10' }] } }, merchandiser);
    expect(negative.errors?.[0].extensions?.fields).toEqual([{ path: 'input.lines.0.unitCost', message: '"-10" is not a cost (a number of 0 or more)', messageZh: '“-10”不是有效的采购单价（须为不小于 0 的数字）' }]);
    const inDollars = await api.ok<{ createPurchaseOrders: { total: { amount: string; currency: string } }[] }>(CREATE, { id: dollarOrder.id, i: { dueDate: '2026-12-20', currency: 'USD', lines: [{ orderLineId: dollarLine }] } }, merchandiser);
    expect(inDollars.createPurchaseOrders.map((po) => po.total)).toEqual([{ amount: '18.00', currency: 'USD' }]);
    const badCurrency = await api.graphql(CREATE, { id: order.id, i: { dueDate: '2026-12-20', currency: 'XYZ', lines: [{ orderLineId: hammerLine }] } }, merchandiser);
    expect(badCurrency.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'input.currency' }] });

    const { createPurchaseOrders } = await api.ok<{ createPurchaseOrders: { number: string; supplierId: string; total: { amount: string; currency: string }; dueDate: string; status: string }[] }>(
      CREATE, { id: order.id, i: { dueDate: '2026-12-20', lines: [{ orderLineId: hammerLine }, { orderLineId: handleLine, supplierId: mill, unitCost: '1.15' }] } }, merchandiser);
    expect(createPurchaseOrders.map(({ number, ...po }) => ({ ...po, numbered: /^PO-\d{4}-\d{4}$/.test(number) }))).toEqual([
      // 300 × 12.35 from the product's defaults; 120 × 1.15 as given.
      { supplierId: forge, total: { amount: '3705.00', currency: 'CNY' }, dueDate: '2026-12-20', status: 'open', numbered: true },
      { supplierId: mill, total: { amount: '138.00', currency: 'CNY' }, dueDate: '2026-12-20', status: 'open', numbered: true },
    ]);
    const { order: page } = await api.ok<{ order: { purchaseOrders: { supplierId: string }[] } }>('query($id: ID!) { order(id: $id) { purchaseOrders { supplierId } } }', { id: order.id }, sales.token);
    expect(page.purchaseOrders.map((po) => po.supplierId).sort()).toEqual([forge, mill].sort());

    // The purchase orders point at the order's lines: sent back unchanged they stay the same lines; changed, they are refused.
    type EditedOrder = { version: number; lines: { id: string; productId: string | null; sku: string | null; description: string; quantity: string; unitPrice: { amount: string } }[] };
    const EDIT = 'mutation($id: ID!, $i: UpdateOrderInput!) { updateOrder(id: $id, input: $i) { version lines { id productId sku description quantity unitPrice { amount } } } }';
    const current = (await api.ok<{ order: EditedOrder }>('query($id: ID!) { order(id: $id) { version lines { id productId sku description quantity unitPrice { amount } } } }', { id: order.id }, sales.token)).order;
    const asInput = current.lines.map(({ productId, sku, description, quantity, unitPrice }) => ({ productId, sku, description, quantity, unitPrice: unitPrice.amount }));
    const resent = (await api.ok<{ updateOrder: EditedOrder }>(EDIT, { id: order.id, i: { version: current.version, lines: asInput, notes: 'lines as they were' } }, sales.token)).updateOrder;
    expect(resent.lines.map((l) => l.id)).toEqual([hammerLine, handleLine]);
    const poNumbers = createPurchaseOrders.map((po) => po.number).sort();
    const changed = await api.graphql(EDIT, { id: order.id, i: { version: resent.version, lines: [{ ...asInput[0], quantity: '400' }, asInput[1]] } }, sales.token);
    expect(changed.errors?.[0].extensions?.fields).toEqual([{
      path: 'input.lines',
      message: `goods of this order are on purchase order ${poNumbers[0]}, purchase order ${poNumbers[1]}: its lines can no longer change`,
      messageZh: `此订单的货物已在采购单 ${poNumbers[0]}、采购单 ${poNumbers[1]}中，明细行不能再更改`,
    }]);
    const after = (await api.ok<{ order: EditedOrder }>('query($id: ID!) { order(id: $id) { version lines { id productId sku description quantity unitPrice { amount } } } }', { id: order.id }, sales.token)).order;
    expect(after.lines.map((l) => [l.id, l.quantity])).toEqual([[hammerLine, '300.000'], [handleLine, '120.000']]);
  });
});
