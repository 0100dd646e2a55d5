import { clearQueues, TestApi, testConfig } from '../../../test/harness/test-app';
import { pdfText } from '../../../test/harness/pdf-text';
import { codeOf, createCustomer } from '../../crm/test/crm-fixtures';

describe('shipments, packing lists and customs drafts', () => {
  let api: TestApi;
  let admin: string;
  let sales: string;
  let logistics: string;
  let orderId: string;
  let lineIds: string[];

  beforeAll(async () => {
    api = await TestApi.start(await testConfig());
    admin = (await api.signedIn('admin')).token;
    sales = (await api.signedIn('sales')).token;
    logistics = (await api.signedIn('logistics')).token;
    const customer = await createCustomer(api, sales, { name: 'Antwerp Tools NV', country: 'BE' });
    const product = async (sku: string, hsCode: string | null) =>
      (await api.ok<{ createProduct: { id: string } }>('mutation($i: CreateProductInput!) { createProduct(input: $i) { id } }', {
        i: { sku, names: { en: sku, zh: sku === 'SH-HM' ? '羊角锤' : '手锯' }, hsCode, customsName: hsCode ? '手工具' : null, unitsPerCarton: 24, cartonLengthCm: '60', cartonWidthCm: '40', cartonHeightCm: '30', netWeightKg: '18', grossWeightKg: '19.5' },
      }, admin)).createProduct.id;
    const hammer = await product('SH-HM', '8205.20.0000');
    const saw = await product('SH-SAW', '8202.10.0000');
    const { createOrder } = await api.ok<{ createOrder: { id: string; lines: { id: string }[] } }>('mutation($i: CreateOrderInput!) { createOrder(input: $i) { id lines { id } } }', {
      i: { customerId: customer.id, currency: 'USD', incotermCode: 'FOB', incotermPlace: 'Ningbo', paymentTerms: '100% T/T in advance', lines: [
        { productId: hammer, sku: 'SH-HM', description: 'Claw hammer', quantity: '1000', unitPrice: '4.25' },
        { productId: saw, sku: 'SH-SAW', description: 'Hand saw', quantity: '240', unitPrice: '6.80' },
      ] },
    }, sales);
    orderId = createOrder.id;
    lineIds = createOrder.lines.map((l) => l.id);
    await confirm(orderId);
  });

  afterAll(async () => {
    await api.close();
    await clearQueues(api.config);
  });

  /** Orders are agreed before logistics books their goods. */
  async function confirm(id: string): Promise<void> {
    await api.ok('mutation($id: ID!) { moveOrderStage(id: $id, to: "confirmed") { id } }', { id }, sales);
  }

  /** A new customer's confirmed FOB order of ten pliers, paid in advance: its id. */
  async function pliersOrder(customerId: string, currency = 'USD'): Promise<string> {
    const { id } = (await api.ok<{ createOrder: { id: string } }>('mutation($i: CreateOrderInput!) { createOrder(input: $i) { id } }', {
      i: { customerId, currency, incotermCode: 'FOB', incotermPlace: 'Ningbo', paymentTerms: '100% T/T in advance', lines: [{ description: 'Pliers', quantity: '10', unitPrice: '3' }] },
    }, sales)).createOrder;
    await confirm(id);
    return id;
  }

  it('computes the packing list from the catalogue, takes typed-over values, and hints the container', async () => {
    const { createShipment } = await api.ok<{ createShipment: { id: string; status: string; items: { id: string; quantity: string }[]; packingList: { lines: { cartons: number; cartonNumbers: string; unitsInLastCarton: string; netWeightKg: string; grossWeightKg: string; cbm: string }[]; totals: { cartons: number; netWeightKg: string; grossWeightKg: string; cbm: string; complete: boolean }; smallestSingleContainer: string } } }>(
      `mutation($i: CreateShipmentInput!) { createShipment(input: $i) { id status items { id quantity }
         packingList { lines { cartons cartonNumbers unitsInLastCarton netWeightKg grossWeightKg cbm } totals { cartons netWeightKg grossWeightKg cbm complete } smallestSingleContainer } } }`,
      { i: { orderIds: [orderId], mode: 'sea', portOfLoading: 'Ningbo', portOfDischarge: 'Antwerp' } }, logistics);
    expect(createShipment.status).toBe('planned');
    expect(createShipment.items.map((i) => i.quantity)).toEqual(['1000.000', '240.000']);
    // 1000 hammers at 24 per carton: 41 full cartons and one of 16.
    expect(createShipment.packingList.lines[0]).toMatchObject({ cartons: 42, cartonNumbers: '1-42', unitsInLastCarton: '16', cbm: '3.024' });
    expect(createShipment.packingList.lines[1]).toMatchObject({ cartons: 10, cartonNumbers: '43-52', cbm: '0.720' });
    expect(createShipment.packingList.totals).toMatchObject({ cartons: 52, cbm: '3.744', complete: true });
    expect(createShipment.packingList.smallestSingleContainer).toBe('20GP');

    await api.ok('mutation($id: ID!) { setPackingOverride(itemId: $id, input: { cartons: 40, grossWeightKg: "800" }) { id } }', { id: createShipment.items[0].id }, logistics);
    const { shipment } = await api.ok<{ shipment: { packingList: { lines: { cartons: number; grossWeightKg: string }[]; totals: { cartons: number } } } }>(
      'query($id: ID!) { shipment(id: $id) { packingList { lines { cartons grossWeightKg } totals { cartons } } } }', { id: createShipment.id }, logistics);
    expect(shipment.packingList.lines[0]).toMatchObject({ cartons: 40, grossWeightKg: '800.00' });
    expect(shipment.packingList.totals.cartons).toBe(50);
  });

  it('refuses to ship more than the order has left', async () => {
    const overshoot = await api.graphql('mutation($i: CreateShipmentInput!) { createShipment(input: $i) { id } }', { i: { orderIds: [orderId], items: [{ orderLineId: lineIds[0], quantity: '1' }] } }, logistics);
    expect(codeOf(overshoot)).toBe('BAD_USER_INPUT');
    expect(overshoot.errors?.[0].extensions?.fields?.[0]).toEqual({ path: 'input.items.0.quantity', message: expect.stringContaining('only 0 pcs'), messageZh: '“Claw hammer”只剩 0 pcs 未出运' });
  });

  it('refuses one shipment for orders in different currencies, whose invoice and declaration state one', async () => {
    const customer = await createCustomer(api, sales, { name: 'Ghent Mixed Currency BV', country: 'BE' });
    const mixed = await api.graphql('mutation($i: CreateShipmentInput!) { createShipment(input: $i) { id } }', { i: { orderIds: [await pliersOrder(customer.id, 'USD'), await pliersOrder(customer.id, 'EUR')] } }, logistics);
    expect(mixed.errors?.[0].extensions?.fields).toEqual([
      { path: 'input.orderIds', message: 'one shipment carries orders in one currency only (these are in USD and EUR)', messageZh: '一票货只能装同一币种的订单（这些订单分别为 USD、EUR）' },
    ]);
    expect(await api.dataSource.query('SELECT count(*)::int AS n FROM shipment WHERE customer_id = $1', [customer.id])).toEqual([{ n: 0 }]);
  });

  it('ships a line once when two colleagues create shipments for the same order at the same moment', async () => {
    const orderId = await pliersOrder((await createCustomer(api, sales, { name: 'Bruges Race BV', country: 'BE' })).id);
    const CREATE = 'mutation($i: CreateShipmentInput!) { createShipment(input: $i) { id } }';
    const results = await Promise.all([1, 2, 3].map(() => api.graphql(CREATE, { i: { orderIds: [orderId] } }, logistics)));
    expect(results.map((r) => codeOf(r) ?? 'ok').sort()).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'ok']);
    expect(await api.dataSource.query('SELECT sum(si.quantity)::text AS shipped FROM shipment_item si JOIN order_line l ON l.id = si.order_line_id WHERE l.order_id = $1', [orderId])).toEqual([{ shipped: '10.000' }]);
  });

  it("tells the order how its goods travel, so its Incoterm checks flag FOB goods sent by air", async () => {
    const createOrder = { id: await pliersOrder((await createCustomer(api, sales, { name: 'Liege Air Freight SA', country: 'BE' })).id) };
    const FINDINGS = 'query($id: ID!) { order(id: $id) { transportMode incotermFindings { code severity } } }';
    const before = (await api.ok<{ order: { transportMode: string; incotermFindings: { code: string }[] } }>(FINDINGS, { id: createOrder.id }, sales)).order;
    expect({ mode: before.transportMode, flagged: before.incotermFindings.some((f) => f.code === 'MODE_NOT_ALLOWED') }).toEqual({ mode: 'sea', flagged: false });
    await api.ok('mutation($i: CreateShipmentInput!) { createShipment(input: $i) { id } }', { i: { orderIds: [createOrder.id], mode: 'air' } }, logistics);
    const after = (await api.ok<{ order: { transportMode: string; incotermFindings: { code: string; severity: string }[] } }>(FINDINGS, { id: createOrder.id }, sales)).order;
    expect(after.transportMode).toBe('air');
    expect(after.incotermFindings.filter((f) => f.code === 'MODE_NOT_ALLOWED')).toEqual([{ code: 'MODE_NOT_ALLOWED', severity: expect.any(String) }]);
  });

  it('builds the customs draft per HS code, matching the invoice total', async () => {
    const { shipmentList } = await api.ok<{ shipmentList: { nodes: { id: string; customsDraft: { items: { hsCode: string; declaredName: string; quantity: string; value: { amount: string } }[]; declaredTotal: { amount: string }; invoiceTotal: { amount: string }; valid: boolean; problems: { code: string }[] } }[] } }>(
      'query($o: ID) { shipmentList(first: 5, orderId: $o) { nodes { id customsDraft { items { hsCode declaredName quantity value { amount } } declaredTotal { amount } invoiceTotal { amount } valid problems { code } } } } }', { o: orderId }, logistics);
    const draft = shipmentList.nodes[0].customsDraft;
    expect(draft.items).toEqual([
      { hsCode: '8205200000', declaredName: '手工具', quantity: '1000', value: { amount: '4250.00' } },
      { hsCode: '8202100000', declaredName: '手工具', quantity: '240', value: { amount: '1632.00' } },
    ]);
    expect(draft.declaredTotal).toEqual(draft.invoiceTotal);
    expect(draft.valid).toBe(true);
  });

  it('tells the order its booking, B/L and customs clearance, which the stage rules then accept', async () => {
    const { shipmentList } = await api.ok<{ shipmentList: { nodes: { id: string; version: number }[] } }>('query($o: ID) { shipmentList(first: 5, orderId: $o) { nodes { id version } } }', { o: orderId }, logistics);
    const shipment = shipmentList.nodes[0];
    const { updateShipment } = await api.ok<{ updateShipment: { status: string; version: number } }>(
      'mutation($id: ID!, $i: UpdateShipmentInput!) { updateShipment(id: $id, input: $i) { status version } }',
      { id: shipment.id, i: { version: shipment.version, bookingNumber: 'MEDU1234567', carrier: 'MSC', containers: [{ number: 'MSCU 1234567', type: '20GP' }], etd: '2026-12-18', eta: '2027-01-20' } }, logistics);
    expect(updateShipment.status).toBe('booked');
    const { order } = await api.ok<{ order: { bookingNumber: string } }>('query($id: ID!) { order(id: $id) { bookingNumber } }', { id: orderId }, sales);
    expect(order.bookingNumber).toBe('MEDU1234567');
    const badContainer = await api.graphql('mutation($id: ID!, $i: UpdateShipmentInput!) { updateShipment(id: $id, input: $i) { status } }', { id: shipment.id, i: { version: updateShipment.version, containers: [{ number: '12345', type: '20GP' }] } }, logistics);
    expect(badContainer.errors?.[0].extensions?.fields).toEqual([{ path: 'input.containers.0.number', message: expect.stringContaining('4 letters and 7 digits'), messageZh: '“12345”不是集装箱号（4 个字母加 7 位数字，例如 MSCU1234567）' }]);
    // Costs carry an ISO 4217 currency: a made-up one is refused, a lower-case one kept as the code.
    const COSTS = 'mutation($id: ID!, $i: UpdateShipmentInput!) { updateShipment(id: $id, input: $i) { freightCost costCurrency version } }';
    const badCurrency = await api.graphql(COSTS, { id: shipment.id, i: { version: updateShipment.version, freightCost: '1250', costCurrency: 'XYZ' } }, logistics);
    expect(badCurrency.errors?.[0].extensions?.fields).toEqual([{ path: 'input.costCurrency', message: '"XYZ" is not an ISO 4217 currency code', messageZh: '“XYZ”不是 ISO 4217 币种代码' }]);
    const costed = (await api.ok<{ updateShipment: { freightCost: string; costCurrency: string; version: number } }>(COSTS, { id: shipment.id, i: { version: updateShipment.version, freightCost: '1250', costCurrency: 'usd' } }, logistics)).updateShipment;
    expect(costed).toMatchObject({ freightCost: '1250', costCurrency: 'USD' });
    // Read back, the amount is as typed, not padded to the column's four decimals.
    expect((await api.ok<{ shipment: { freightCost: string } }>('query($id: ID!) { shipment(id: $id) { freightCost } }', { id: shipment.id }, logistics)).shipment.freightCost).toBe('1250');
    updateShipment.version = costed.version;
    await api.ok('mutation($id: ID!, $i: UpdateShipmentInput!) { updateShipment(id: $id, input: $i) { status } }', { id: shipment.id, i: { version: updateShipment.version, transportDocumentNumber: 'MEDUNB123456', transportDocumentDate: '2026-12-18', atd: '2026-12-18' } }, logistics);
    await api.ok('mutation($id: ID!) { setShipmentCustomsCleared(id: $id, cleared: true) { id } }', { id: shipment.id }, logistics);
    const after = await api.ok<{ order: { blNumber: string; blDate: string; customsClearedAt: string | null; shipments: { id: string }[] } }>('query($id: ID!) { order(id: $id) { blNumber blDate customsClearedAt shipments { id } } }', { id: orderId }, sales);
    expect(after.order).toMatchObject({ blNumber: 'MEDUNB123456', blDate: '2026-12-18', shipments: [{ id: shipment.id }] });
    expect(after.order.customsClearedAt).not.toBeNull();
  });

  it('prints the packing list with cartons, weights and volume but no prices', async () => {
    const { shipmentList } = await api.ok<{ shipmentList: { nodes: { id: string }[] } }>('query($o: ID) { shipmentList(first: 5, orderId: $o) { nodes { id } } }', { o: orderId }, logistics);
    const { generatePackingListDocument: doc } = await api.ok<{ generatePackingListDocument: { downloadUrl: string; kind: string } }>(
      'mutation($id: ID!) { generatePackingListDocument(shipmentId: $id, language: "zh") { downloadUrl kind } }', { id: shipmentList.nodes[0].id }, logistics);
    expect(doc.kind).toBe('packing_list');
    const text = pdfText(Buffer.from(await (await fetch(`${api.url}${doc.downloadUrl}`, { headers: { authorization: `Bearer ${logistics}` } })).arrayBuffer()));
    expect(text).toContain('装箱单');
    expect(text).toMatch(/\b50\b/);
    expect(text).toContain('3.600');
    expect(text).not.toContain('4.25');
    expect(text).toContain('MSCU1234567');
    // In Chinese throughout: the products' Chinese names and the remarks.
    expect(text).toContain('羊角锤 — Claw hammer');
    expect(text.replace(/\s+/g, ' ')).toContain('集装箱：MSCU1234567 (20GP)');
    expect(text).toContain('订单：');
  });

  it("states on the order's commercial invoice how its goods left: ports, vessel and B/L of its shipment", async () => {
    const { shipmentList } = await api.ok<{ shipmentList: { nodes: { id: string; version: number }[] } }>('query($o: ID) { shipmentList(first: 5, orderId: $o) { nodes { id version } } }', { o: orderId }, logistics);
    const [shipment] = shipmentList.nodes;
    await api.ok('mutation($id: ID!, $i: UpdateShipmentInput!) { updateShipment(id: $id, input: $i) { id } }', { id: shipment.id, i: { version: shipment.version, vessel: 'MSC AURORA', voyage: '052W' } }, logistics);
    const invoice = async (language: string) => {
      const { generateOrderDocument: doc } = await api.ok<{ generateOrderDocument: { downloadUrl: string } }>(
        'mutation($id: ID!, $lang: String) { generateOrderDocument(orderId: $id, kind: "commercial_invoice", language: $lang) { downloadUrl } }', { id: orderId, lang: language }, sales);
      return pdfText(Buffer.from(await (await fetch(`${api.url}${doc.downloadUrl}`, { headers: { authorization: `Bearer ${sales}` } })).arrayBuffer())).replace(/\s+/g, ' ');
    };
    const english = await invoice('en');
    for (const fact of ['Port of loading Ningbo', 'Port of discharge Antwerp', 'Vessel / voyage MSC AURORA 052W', 'B/L No. MEDUNB123456']) expect(english).toContain(fact);
    const chinese = await invoice('zh');
    for (const fact of ['装运港 Ningbo', '目的港 Antwerp', '船名航次 MSC AURORA 052W', '提单号 MEDUNB123456']) expect(chinese).toContain(fact);
  });

  it('pages an order\'s shipments newest first and filters them by status', async () => {
    const customer = await createCustomer(api, sales, { name: 'Rotterdam Fasteners BV', country: 'NL' });
    const { createOrder } = await api.ok<{ createOrder: { id: string; lines: { id: string }[] } }>('mutation($i: CreateOrderInput!) { createOrder(input: $i) { id lines { id } } }', {
      i: { customerId: customer.id, currency: 'USD', incotermCode: 'FOB', incotermPlace: 'Ningbo', paymentTerms: '100% T/T in advance', lines: [{ description: 'Bolts', quantity: '30', unitPrice: '1.10' }] },
    }, sales);
    await confirm(createOrder.id);
    const created: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { createShipment } = await api.ok<{ createShipment: { id: string } }>('mutation($i: CreateShipmentInput!) { createShipment(input: $i) { id } }', {
        i: { orderIds: [createOrder.id], items: [{ orderLineId: createOrder.lines[0].id, quantity: '10' }] },
      }, logistics);
      created.push(createShipment.id);
    }
    type ShipmentPage = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { id: string; status: string }[] };
    const pageOf = async (after: string | null, status: string | null): Promise<ShipmentPage> =>
      (await api.ok<{ shipmentList: ShipmentPage }>(
        'query($o: ID, $after: String, $status: String) { shipmentList(first: 2, after: $after, orderId: $o, status: $status) { totalCount pageInfo { hasNextPage endCursor } nodes { id status } } }',
        { o: createOrder.id, after, status }, logistics,
      )).shipmentList;
    const first = await pageOf(null, null);
    expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const second = await pageOf(first.pageInfo.endCursor, null);
    expect(second).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false } });
    // Created one after another: newest first, ties (same millisecond) by id.
    const seen = [...first.nodes, ...second.nodes].map((n) => n.id);
    expect(new Set(seen).size).toBe(3);
    expect([...seen].sort()).toEqual([...created].sort());
    expect(seen[0]).not.toBe(created[0]);
    expect(seen[2]).not.toBe(created[2]);
    expect((await pageOf(null, 'planned')).totalCount).toBe(3);
    // The order's own field gives the newest, as many as asked, and says how many there are.
    const { order } = await api.ok<{ order: { shipments: { id: string }[]; shipmentCount: number } }>('query($id: ID!) { order(id: $id) { shipments(first: 2) { id } shipmentCount } }', { id: createOrder.id }, logistics);
    expect(order).toEqual({ shipments: [{ id: seen[0] }, { id: seen[1] }], shipmentCount: 3 });
    const tooMany = await api.graphql('query($id: ID!) { order(id: $id) { shipments(first: 101) { id } } }', { id: createOrder.id }, logistics);
    expect(tooMany.errors?.[0].extensions?.fields).toEqual([{ path: 'first', message: 'must be a whole number from 1 to 100 (got 101)' }]);
    expect(await pageOf(null, 'shipped')).toMatchObject({ totalCount: 0, nodes: [] });
  });

  it('keeps what a first shipment told the order when a second carries the rest: the latest booking and B/L, customs cleared once both are', async () => {
    const customer = await createCustomer(api, sales, { name: 'Namur Split Cargo SA', country: 'BE' });
    const { createOrder } = await api.ok<{ createOrder: { id: string; lines: { id: string }[] } }>('mutation($i: CreateOrderInput!) { createOrder(input: $i) { id lines { id } } }', {
      i: { customerId: customer.id, currency: 'USD', incotermCode: 'FOB', incotermPlace: 'Ningbo', paymentTerms: '100% T/T in advance', lines: [{ description: 'Vices', quantity: '10', unitPrice: '20' }, { description: 'Clamps', quantity: '50', unitPrice: '2' }] },
    }, sales);
    await confirm(createOrder.id);
    const CREATE = 'mutation($i: CreateShipmentInput!) { createShipment(input: $i) { id version } }';
    const first = (await api.ok<{ createShipment: { id: string } }>(CREATE, {
      i: { orderIds: [createOrder.id], items: [{ orderLineId: createOrder.lines[0].id, quantity: '10' }], bookingNumber: 'BK-ONE', transportDocumentNumber: 'BL-ONE', transportDocumentDate: '2026-11-01' },
    }, logistics)).createShipment;
    const second = (await api.ok<{ createShipment: { id: string; version: number } }>(CREATE, { i: { orderIds: [createOrder.id], items: [{ orderLineId: createOrder.lines[1].id, quantity: '50' }] } }, logistics)).createShipment;
    const FACTS = 'query($id: ID!) { order(id: $id) { bookingNumber blNumber blDate customsClearedAt } }';
    const facts = async () => (await api.ok<{ order: { bookingNumber: string | null; blNumber: string | null; blDate: string | null; customsClearedAt: string | null } }>(FACTS, { id: createOrder.id }, sales)).order;
    expect(await facts()).toEqual({ bookingNumber: 'BK-ONE', blNumber: 'BL-ONE', blDate: '2026-11-01', customsClearedAt: null });
    await api.ok('mutation($id: ID!, $i: UpdateShipmentInput!) { updateShipment(id: $id, input: $i) { id } }', {
      id: second.id, i: { version: second.version, bookingNumber: 'BK-TWO', transportDocumentNumber: 'BL-TWO', transportDocumentDate: '2026-11-20' },
    }, logistics);
    expect(await facts()).toMatchObject({ bookingNumber: 'BK-TWO', blNumber: 'BL-TWO', blDate: '2026-11-20' });
    await api.ok('mutation($id: ID!) { setShipmentCustomsCleared(id: $id, cleared: true) { id } }', { id: first.id }, logistics);
    expect((await facts()).customsClearedAt).toBeNull();
    await api.ok('mutation($id: ID!) { setShipmentCustomsCleared(id: $id, cleared: true) { id } }', { id: second.id }, logistics);
    expect((await facts()).customsClearedAt).not.toBeNull();
  });

  it('refuses to book goods of a draft, cancelled or on-hold order, naming the order and why', async () => {
    const customer = await createCustomer(api, sales, { name: 'Mons Early Booking SPRL', country: 'BE' });
    const { createOrder: draft } = await api.ok<{ createOrder: { id: string; number: string } }>('mutation($i: CreateOrderInput!) { createOrder(input: $i) { id number } }', {
      i: { customerId: customer.id, currency: 'USD', incotermCode: 'FOB', incotermPlace: 'Ningbo', paymentTerms: '100% T/T in advance', lines: [{ description: 'Files', quantity: '10', unitPrice: '2' }] },
    }, sales);
    const CREATE = 'mutation($i: CreateShipmentInput!) { createShipment(input: $i) { id } }';
    expect((await api.graphql(CREATE, { i: { orderIds: [draft.id] } }, logistics)).errors?.[0].extensions?.fields).toEqual([
      { path: 'input.orderIds', message: `order ${draft.number} is a draft: confirm it before booking its goods`, messageZh: `订单 ${draft.number} 是草稿，请先确认订单再安排出运` },
    ]);
    await api.ok('mutation($id: ID!) { moveOrderStage(id: $id, to: "cancelled", note: "buyer withdrew") { id } }', { id: draft.id }, sales);
    expect((await api.graphql(CREATE, { i: { orderIds: [draft.id] } }, logistics)).errors?.[0].extensions?.fields?.[0].message).toBe(`order ${draft.number} is cancelled`);
    const held = await pliersOrder(customer.id);
    await api.ok('mutation($id: ID!) { moveOrderStage(id: $id, to: "on_hold", note: "waiting for the L/C") { id } }', { id: held }, sales);
    expect((await api.graphql(CREATE, { i: { orderIds: [held] } }, logistics)).errors?.[0].extensions?.fields?.[0].message).toMatch(/is on hold: resume it before booking its goods$/);
    expect(await api.dataSource.query('SELECT count(*)::int AS n FROM shipment WHERE customer_id = $1', [customer.id])).toEqual([{ n: 0 }]);
  });

  it("refuses to change the lines of an order whose goods are on a shipment, so the shipment keeps its lines", async () => {
    const customer = await createCustomer(api, sales, { name: 'Leuven Fixed Lines NV', country: 'BE' });
    const orderId = await pliersOrder(customer.id);
    const { createShipment } = await api.ok<{ createShipment: { id: string; reference: string } }>('mutation($i: CreateShipmentInput!) { createShipment(input: $i) { id reference } }', { i: { orderIds: [orderId] } }, logistics);
    const { order } = await api.ok<{ order: { version: number } }>('query($id: ID!) { order(id: $id) { version } }', { id: orderId }, sales);
    const changed = await api.graphql('mutation($id: ID!, $i: UpdateOrderInput!) { updateOrder(id: $id, input: $i) { id } }', {
      id: orderId, i: { version: order.version, lines: [{ description: 'Pliers', quantity: '12', unitPrice: '3' }] },
    }, sales);
    expect(changed.errors?.[0].extensions?.fields).toEqual([{
      path: 'input.lines',
      message: `goods of this order are on shipment ${createShipment.reference}: its lines can no longer change`,
      messageZh: `此订单的货物已在出运 ${createShipment.reference}中，明细行不能再更改`,
    }]);
    // Nor its currency: the shipment's invoice and declaration state one.
    const recurrency = await api.graphql('mutation($id: ID!, $i: UpdateOrderInput!) { updateOrder(id: $id, input: $i) { id } }', { id: orderId, i: { version: order.version, currency: 'EUR' } }, sales);
    expect(recurrency.errors?.[0].extensions?.fields).toEqual([{
      path: 'input.currency',
      message: `goods of this order are on shipment ${createShipment.reference}: its currency can no longer change`,
      messageZh: `此订单的货物已在出运 ${createShipment.reference}中，币种不能再更改`,
    }]);
    const { shipment } = await api.ok<{ shipment: { packingList: { lines: { description: string }[] } } }>('query($id: ID!) { shipment(id: $id) { packingList { lines { description } } } }', { id: createShipment.id }, logistics);
    expect(shipment.packingList.lines).toEqual([{ description: 'Pliers' }]);
    const again = await api.graphql('mutation($i: CreateShipmentInput!) { createShipment(input: $i) { id } }', { i: { orderIds: [orderId] } }, logistics);
    expect(again.errors?.[0].extensions?.fields).toEqual([{ path: 'input.orderIds', message: 'everything on these orders is already on shipments', messageZh: '这些订单的货物已全部安排出运' }]);
  });

  it("counts freight and insurance booked on the shipments in the order's Incoterm checks", async () => {
    const customer = await createCustomer(api, sales, { name: 'Ostend Insured Cargo NV', country: 'BE' });
    const order = async (incotermCode: string, incotermPlace: string) => {
      const { createOrder } = await api.ok<{ createOrder: { id: string } }>('mutation($i: CreateOrderInput!) { createOrder(input: $i) { id } }', {
        i: { customerId: customer.id, currency: 'USD', incotermCode, incotermPlace, paymentTerms: '100% T/T in advance', lines: [{ description: 'Chisels', quantity: '40', unitPrice: '2.5' }] },
      }, sales);
      await confirm(createOrder.id);
      return createOrder.id;
    };
    const findings = async (id: string) => (await api.ok<{ order: { incotermFindings: { code: string }[] } }>('query($id: ID!) { order(id: $id) { incotermFindings { code } } }', { id }, sales)).order.incotermFindings.map((f) => f.code);
    const ship = async (id: string, costs: Record<string, string>) =>
      api.ok('mutation($i: CreateShipmentInput!) { createShipment(input: $i) { id } }', { i: { orderIds: [id], costCurrency: 'CNY', ...costs } }, logistics);

    const cif = await order('CIF', 'Antwerp');
    expect(await findings(cif)).toEqual(['FREIGHT_MISSING', 'INSURANCE_MISSING']);
    await ship(cif, { freightCost: '9800', insuranceCost: '210' });
    expect(await findings(cif)).toEqual([]);
    // FOB goods whose shipment books the freight: the seller is paying what the buyer should.
    const fob = await order('FOB', 'Ningbo');
    expect(await findings(fob)).toEqual([]);
    await ship(fob, { freightCost: '9800' });
    expect(await findings(fob)).toEqual(['UNEXPECTED_FREIGHT']);
  });

  it('refuses dates that are not on the calendar, naming the field', async () => {
    const CREATE = 'mutation($i: CreateShipmentInput!) { createShipment(input: $i) { id } }';
    const orderId = await pliersOrder((await createCustomer(api, sales, { name: 'Wavre Calendar BV', country: 'BE' })).id);
    const bad = await api.graphql(CREATE, { i: { orderIds: [orderId], etd: '2026-02-30', transportDocumentDate: '2026-13-45' } }, logistics);
    expect(bad.errors?.[0].extensions?.fields).toEqual([
      { path: 'input.etd', message: 'must be a date like 2026-03-05', messageZh: '必须是 2026-03-05 这样的日期' },
      { path: 'input.transportDocumentDate', message: 'must be a date like 2026-03-05', messageZh: '必须是 2026-03-05 这样的日期' },
    ]);
  });

  it("hides shipments of another salesperson's orders", async () => {
    const { shipmentList } = await api.ok<{ shipmentList: { nodes: { id: string }[] } }>('query($o: ID) { shipmentList(first: 5, orderId: $o) { nodes { id } } }', { o: orderId }, logistics);
    const other = (await api.signedIn('sales')).token;
    expect(codeOf(await api.graphql('query($id: ID!) { shipment(id: $id) { id } }', { id: shipmentList.nodes[0].id }, other))).toBe('NOT_FOUND');
    expect((await api.ok<{ shipmentList: { totalCount: number } }>('{ shipmentList(first: 5) { totalCount } }', {}, other)).shipmentList.totalCount).toBe(0);
  });
});
