import { runInContext, User } from '@tradewind/platform';
import { OrderImportService } from '../src';
import { OrdersNumberAnyCase1795768200000 } from '../src/migrations/1795768200000-orders-number-any-case';
import { clearQueues, eventually, startTestWorker, TestApi, testConfig } from '../../../test/harness/test-app';
import { createCustomer } from '../../crm/test/crm-fixtures';

const HEADER = '订单号,客户,国家,下单日期,币种,贸易术语,付款方式,货号,品名,数量,单价,交期,已收金额';

describe('orders:import', () => {
  let api: TestApi;
  let admin: User;

  beforeAll(async () => {
    api = await TestApi.start(await testConfig());
    admin = (await api.signedIn('admin')).user;
  });

  afterAll(async () => {
    await api.close();
    await clearQueues(api.config);
  });

  function run(lines: string[]) {
    const actor = { kind: 'user' as const, userId: admin.id, email: admin.email, role: admin.role, teamId: null };
    return runInContext({ actor }, () => api.app.get(OrderImportService).run(Buffer.from([HEADER, ...lines].join('\n')), 'orders.csv'));
  }

  const FILE = [
    'PI-2025-0501,Rotterdam Garden B.V.,NL,2025-02-10,EUR,CIF Rotterdam,"30% T/T deposit, 70% before shipment",GH-1,Garden hose 15m,1000,3.33,2025-04-01,1000',
    'PI-2025-0501,Rotterdam Garden B.V.,NL,2025-02-10,EUR,CIF Rotterdam,"30% T/T deposit, 70% before shipment",GH-2,Hose reel,333,10.01,2025-04-01,1000',
    'PI-2025-0502,Tokyo Living KK,JP,2025-03-01,JPY,FOB Ningbo,T/T 30/70,,Storage box,1001,333,2025-05-01,',
    'PI-2025-0503,Broken Data Ltd,GB,2025-03-01,GBP,FOB Ningbo,pay when you like,,Mop,10,2,,',
    'PI-2025-0503,,,,,,,,Bucket,10,1,,',
  ];

  it('groups rows into orders, resolves customers with the CRM matching, and writes exact installments', async () => {
    const existing = await createCustomer(api, (await api.login(admin.email)).accessToken, { name: 'Rotterdam Garden BV', country: 'NL' });
    const report = await run(FILE);
    expect({ created: report.created, updated: report.updated, errors: report.errors }).toEqual({ created: 2, updated: 0, errors: 2 });
    expect(report.rows.map((r) => [r.row, r.status])).toEqual([[2, 'created'], [3, 'created'], [4, 'created'], [5, 'error'], [6, 'error']]);
    expect(report.rows[3].error).toMatch(/row 5, paymentTerms/);
    expect(report.rows[4].error).toBe('order PI-2025-0503 not imported: row 5 has an error');
    const [rotterdam] = await api.dataSource.query("SELECT id, customer_id, total, stage, invoice_date::text FROM sales_order WHERE number = 'PI-2025-0501'");
    // Delivered on 2025-04-01, long before the import, and still owed 4,663.33: shipped, waiting for the balance.
    expect(rotterdam).toMatchObject({ customer_id: existing.id, total: '6663.3300', stage: 'shipped', invoice_date: '2025-04-01' });
    expect(await api.dataSource.query('SELECT from_stage, to_stage, note FROM order_stage_change WHERE order_id = $1', [rotterdam.id])).toEqual([
      { from_stage: null, to_stage: 'shipped', note: 'imported: delivery date 2025-04-01 had passed, taken as shipped' },
    ]);
    // So the board does not flag it "not shipped N days after the delivery date".
    const token = (await api.login(admin.email)).accessToken;
    const { order } = await api.ok<{ order: { stage: string; atRisk: boolean } }>('query($id: ID!) { order(id: $id) { stage atRisk } }', { id: rotterdam.id }, token);
    expect(order).toEqual({ stage: 'shipped', atRisk: false });
    const installments = await api.dataSource.query('SELECT amount, paid_amount FROM order_installment WHERE order_id = $1 ORDER BY sequence', [rotterdam.id]);
    expect(installments).toEqual([{ amount: '1999.0000', paid_amount: '1000.0000' }, { amount: '4664.3300', paid_amount: '0.0000' }]);
    const [tokyo] = await api.dataSource.query("SELECT o.total, c.name, c.country FROM sales_order o JOIN customer c ON c.id = o.customer_id WHERE o.number = 'PI-2025-0502'");
    expect(tokyo).toEqual({ total: '333333.0000', name: 'Tokyo Living KK', country: 'JP' });
    expect(await api.dataSource.query("SELECT count(*)::int AS n FROM sales_order WHERE number = 'PI-2025-0503'")).toEqual([{ n: 0 }]);
  });

  it('changes nothing when the same file is imported again, and updates an order whose rows changed', async () => {
    const before = await api.dataSource.query('SELECT id, version, updated_at FROM sales_order ORDER BY number');
    const again = await run(FILE);
    expect({ created: again.created, updated: again.updated }).toEqual({ created: 0, updated: 0 });
    expect(again.rows.filter((r) => r.status !== 'error').every((r) => r.status === 'unchanged')).toBe(true);
    expect(await api.dataSource.query('SELECT id, version, updated_at FROM sales_order ORDER BY number')).toEqual(before);
    expect(await api.dataSource.query("SELECT count(*)::int AS n FROM customer WHERE name = 'Tokyo Living KK'")).toEqual([{ n: 1 }]);

    const changed = [...FILE];
    changed[2] = changed[2].replace(',1001,333,2025-05-01,', ',2002,333,2025-05-20,');
    const third = await run(changed);
    expect({ created: third.created, updated: third.updated }).toEqual({ created: 0, updated: 1 });
    const [tokyo] = await api.dataSource.query("SELECT id, total, delivery_date::text, expected_ship_date::text FROM sales_order WHERE number = 'PI-2025-0502'");
    expect(tokyo.total).toBe('666666.0000');
    // The expected ship date follows the new delivery date (production never moved it).
    expect({ delivery: tokyo.delivery_date, expected: tokyo.expected_ship_date }).toEqual({ delivery: '2025-05-20', expected: '2025-05-20' });
    expect(tokyo.id).toBe(before.find((o: { id: string }) => o.id === tokyo.id)?.id);
  });

  describe('a changed file over orders Tradewind has worked on since', () => {
    const ROTTERDAM = FILE.slice(0, 2);
    const TOKYO = FILE[2];
    /** The Rotterdam order's two rows with their quantities and received amount replaced. */
    const rotterdam = (hoses: number, reels: number, received: string) => [
      ROTTERDAM[0].replace(',1000,3.33,', `,${hoses},3.33,`).replace(/,1000$/, `,${received}`),
      ROTTERDAM[1].replace(',333,10.01,', `,${reels},10.01,`).replace(/,1000$/, `,${received}`),
    ];
    let token: string;
    let rotterdamId: string;
    const state = async (id: string) => {
      const [order] = await api.dataSource.query('SELECT stage, total FROM sales_order WHERE id = $1', [id]);
      const [money] = await api.dataSource.query('SELECT sum(amount)::text AS amount, sum(paid_amount)::text AS paid FROM order_installment WHERE order_id = $1', [id]);
      const history = await api.dataSource.query('SELECT from_stage, to_stage, note FROM order_stage_change WHERE order_id = $1 ORDER BY at, id', [id]);
      return { ...order, ...money, history };
    };

    beforeAll(async () => {
      token = (await api.login(admin.email)).accessToken;
      [{ id: rotterdamId }] = await api.dataSource.query("SELECT id FROM sales_order WHERE number = 'PI-2025-0501'");
      // Finance books the part of the balance that came in after the import (the file knows 1,000.00 only).
      await api.ok('mutation($id: ID!) { recordOrderReceipt(id: $id, amount: "3663.33") { id } }', { id: rotterdamId }, token);
    });

    it('adds the receipts recorded in Tradewind to the received amount of the file', async () => {
      const report = await run([...rotterdam(1000, 233, '1000'), TOKYO]);
      expect(report.rows.filter((r) => r.orderNo === 'PI-2025-0501').map((r) => r.status)).toEqual(['updated', 'updated']);
      // 3,330.00 + 2,332.33 ordered; 1,000.00 from the file and 3,663.33 booked in Tradewind received.
      expect(await state(rotterdamId)).toEqual({
        stage: 'shipped', total: '5662.3300', amount: '5662.3300', paid: '4663.3300',
        history: [{ from_stage: null, to_stage: 'shipped', note: 'imported: delivery date 2025-04-01 had passed, taken as shipped' }],
      });
    });

    it('moves an order still where the import put it to where the file now puts it, with the move in its history', async () => {
      await run([...rotterdam(1000, 233, '1999'), TOKYO]);
      const after = await state(rotterdamId);
      expect(after).toMatchObject({ stage: 'closed', paid: '5662.3300' });
      expect(after.history[1]).toEqual({ from_stage: 'shipped', to_stage: 'closed', note: 're-imported: delivery date 2025-04-01 had passed, taken as shipped and paid in full' });
    });

    it('refuses a file whose total is less than what the order has received, and leaves the order as it was', async () => {
      const before = await state(rotterdamId);
      const report = await run([...rotterdam(500, 233, '1999'), TOKYO]);
      const rows = report.rows.filter((r) => r.orderNo === 'PI-2025-0501');
      expect(rows.map((r) => [r.row, r.status])).toEqual([[2, 'error'], [3, 'error']]);
      expect(rows[0].error).toBe(
        'order PI-2025-0501: its total in the file, 3997.33 EUR, is less than the 5662.33 received (1999.00 in the file and 3663.33 recorded in Tradewind since its import)',
      );
      expect(report.errors).toBe(2);
      expect(await state(rotterdamId)).toEqual(before);
    });

    it('stops at a batch whose orders got a receipt after the import read them, and finishes when run again', async () => {
      // A receipt booked between the import's read and its batch: simulated by a trigger on the
      // customers the batch creates first, inside the batch's transaction.
      await api.dataSource.query(`CREATE FUNCTION receipt_during_import() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN INSERT INTO audit_log (entity_type, entity_id, action, changes, actor_label)
          VALUES ('order', '${rotterdamId}', 'payment_recorded', '{"received": {"from": null, "to": "10.00"}}', 'test'); RETURN NULL; END $$`);
      await api.dataSource.query('CREATE TRIGGER receipt_during_import AFTER INSERT ON customer FOR EACH STATEMENT EXECUTE FUNCTION receipt_during_import()');
      const before = await state(rotterdamId);
      const file = [...rotterdam(1000, 240, '1999'), 'PI-2025-0601,Race Condition Trading Ltd,GB,2025-06-01,GBP,FOB Ningbo,Net 30,,Mop,10,2,2027-01-10,'];
      try {
        await expect(run(file)).rejects.toThrow(
          'order PI-2025-0501 changed in Tradewind while it was being imported (a receipt or a stage move); nothing of this batch was written: run the import again',
        );
      } finally {
        await api.dataSource.query('DROP TRIGGER receipt_during_import ON customer');
        await api.dataSource.query('DROP FUNCTION receipt_during_import()');
      }
      expect(await state(rotterdamId)).toEqual(before);
      expect(await api.dataSource.query("SELECT count(*)::int AS n FROM sales_order WHERE number = 'PI-2025-0601'")).toEqual([{ n: 0 }]);
      expect(await api.dataSource.query("SELECT count(*)::int AS n FROM customer WHERE name = 'Race Condition Trading Ltd'")).toEqual([{ n: 0 }]);

      const again = await run(file);
      expect({ created: again.created, updated: again.updated, errors: again.errors }).toEqual({ created: 1, updated: 1, errors: 0 });
      // 3,330.00 + 2,402.40; still 1,999.00 from the file and 3,663.33 from Tradewind received.
      expect(await state(rotterdamId)).toMatchObject({ stage: 'shipped', total: '5732.4000', paid: '5662.3300' });
    });

    it('keeps a stage moved in Tradewind when the file changes the order', async () => {
      const [{ id: tokyoId }] = await api.dataSource.query("SELECT id FROM sales_order WHERE number = 'PI-2025-0502'");
      await api.ok('mutation($id: ID!, $to: String!) { moveOrderStage(id: $id, to: $to) { stage } }', { id: tokyoId, to: 'on_hold' }, token);
      const report = await run([TOKYO.replace(',1001,333,', ',1500,333,')]);
      expect(report.rows.map((r) => r.status)).toEqual(['updated']);
      expect(await state(tokyoId)).toMatchObject({ stage: 'on_hold', total: '499500.0000' });
    });

    it('finds the order whatever case the file spells its number in, and keeps the number as stored', async () => {
      const [{ id: tokyoId }] = await api.dataSource.query("SELECT id FROM sales_order WHERE number = 'PI-2025-0502'");
      const report = await run([TOKYO.replace('PI-2025-0502', 'pi-2025-0502').replace(',1001,333,', ',1200,333,')]);
      expect(report.rows.map((r) => r.status)).toEqual(['updated']);
      expect(await api.dataSource.query("SELECT id, number, total FROM sales_order WHERE lower(number) = 'pi-2025-0502'")).toEqual([
        { id: tokyoId, number: 'PI-2025-0502', total: '399600.0000' },
      ]);
    });

    it('gives an order made in Tradewind the next number no order holds in any case', async () => {
      const year = new Date().getFullYear();
      const [sequence] = await api.dataSource.query('SELECT last FROM number_sequence WHERE key = $1', [`PI-${year}-#`]);
      const next = `pi-${year}-${String((sequence?.last ?? 0) + 1).padStart(4, '0')}`;
      expect((await run([TOKYO.replace('PI-2025-0502', next)])).rows.map((r) => r.status)).toEqual(['created']);
      const [{ id: customerId }] = await api.dataSource.query("SELECT id FROM customer WHERE name = 'Tokyo Living KK'");
      const { createOrder } = await api.ok<{ createOrder: { number: string } }>(
        'mutation($i: CreateOrderInput!) { createOrder(input: $i) { number } }',
        { i: { customerId, currency: 'JPY', incotermCode: 'FOB', incotermPlace: 'Ningbo', paymentTerms: 'T/T 30/70', lines: [{ description: 'Storage box', quantity: '10', unitPrice: '300' }] } },
        token,
      );
      expect(createOrder.number).not.toBe(next.toUpperCase());
      expect(createOrder.number).toMatch(new RegExp(`^PI-${year}-\\d{4}$`));
      expect(await api.dataSource.query('SELECT count(*)::int AS n FROM sales_order WHERE lower(number) = lower($1)', [createOrder.number])).toEqual([{ n: 1 }]);
    });

    it('refuses to change the lines of an order whose goods are on a shipment, leaves the shipment whole, and still takes the money the file adds', async () => {
      const line = 'PI-2025-0610,Tokyo Living KK,JP,2025-03-01,JPY,FOB Ningbo,T/T 30/70,,Storage box,100,333,2030-05-01,';
      expect((await run([line])).rows.map((r) => r.status)).toEqual(['created']);
      const [{ id }] = await api.dataSource.query("SELECT id FROM sales_order WHERE number = 'PI-2025-0610'");
      const logistics = (await api.signedIn('logistics')).token;
      const { createShipment } = await api.ok<{ createShipment: { id: string; reference: string } }>('mutation($i: CreateShipmentInput!) { createShipment(input: $i) { id reference } }', { i: { orderIds: [id] } }, logistics);
      const report = await run([line.replace(',100,333,', ',120,333,')]);
      expect(report.rows).toEqual([
        { row: 2, status: 'error', orderNo: 'PI-2025-0610', error: `order PI-2025-0610 has goods on shipment ${createShipment.reference} in Tradewind: the file can no longer change its lines` },
      ]);
      const lineIds = async () => (await api.dataSource.query('SELECT id FROM order_line WHERE order_id = $1 ORDER BY position', [id])).map((l: { id: string }) => l.id);
      const before = await lineIds();
      // The same lines with the deposit now received: the order takes the money, its lines stay the shipment's.
      const paid = await run([line.replace(/,$/, ',9990')]);
      expect(paid.rows.map((r) => [r.status, r.error])).toEqual([['updated', null]]);
      expect(await lineIds()).toEqual(before);
      expect(await api.dataSource.query("SELECT sum(paid_amount)::text AS paid FROM order_installment WHERE order_id = $1", [id])).toEqual([{ paid: '9990.0000' }]);
      const { shipment } = await api.ok<{ shipment: { items: { quantity: string }[]; packingList: { lines: { description: string }[] } } }>(
        'query($id: ID!) { shipment(id: $id) { items { quantity } packingList { lines { description } } } }', { id: createShipment.id }, logistics);
      expect(shipment).toEqual({ items: [{ quantity: '100.000' }], packingList: { lines: [{ description: 'Storage box' }] } });
    });

    it('refuses to replace an order entered in Tradewind that has the same number', async () => {
      const [{ id: customerId }] = await api.dataSource.query("SELECT id FROM customer WHERE name = 'Tokyo Living KK'");
      const { createOrder } = await api.ok<{ createOrder: { id: string; number: string } }>(
        'mutation($i: CreateOrderInput!) { createOrder(input: $i) { id number } }',
        { i: { customerId, currency: 'JPY', incotermCode: 'FOB', incotermPlace: 'Ningbo', paymentTerms: 'T/T 30/70', lines: [{ description: 'Storage box', quantity: '10', unitPrice: '300' }] } },
        token,
      );
      const report = await run([TOKYO.replace('PI-2025-0502', createOrder.number)]);
      expect(report.rows).toEqual([
        { row: 2, status: 'error', orderNo: createOrder.number, error: `order ${createOrder.number} was entered in Tradewind, not imported: the file cannot replace it (change it on its order page)` },
      ]);
      // The same number in lower case is the same order, not a second one beside it.
      const lowerCase = await run([TOKYO.replace('PI-2025-0502', createOrder.number.toLowerCase())]);
      expect(lowerCase.rows.map((r) => r.error)).toEqual([
        `order ${createOrder.number.toLowerCase()} was entered in Tradewind, not imported: the file cannot replace it (change it on its order page)`,
      ]);
      expect(await state(createOrder.id)).toMatchObject({ stage: 'draft', total: '3000.0000' });
    });
  });

  it("links a line to the catalogue product of its SKU, so quotations show the customer's last price for it", async () => {
    const token = (await api.login(admin.email)).accessToken;
    const { createProduct } = await api.ok<{ createProduct: { id: string } }>('mutation($i: CreateProductInput!) { createProduct(input: $i) { id } }', { i: { sku: 'IMP-BOX-40', names: { en: 'Storage box 40 l' } } }, token);
    const report = await run(['PI-2025-0540,Tokyo Living KK,JP,2025-03-01,JPY,FOB Ningbo,T/T 30/70,IMP-BOX-40,Storage box 40 l,200,480,2025-05-01,', 'PI-2025-0540,Tokyo Living KK,JP,2025-03-01,JPY,FOB Ningbo,T/T 30/70,NOT-IN-CATALOGUE,Lid,200,20,2025-05-01,']);
    expect(report.rows.map((r) => r.status)).toEqual(['created', 'created']);
    const lines = await api.dataSource.query("SELECT l.sku, l.product_id FROM order_line l JOIN sales_order o ON o.id = l.order_id WHERE o.number = 'PI-2025-0540' ORDER BY l.position");
    expect(lines).toEqual([{ sku: 'IMP-BOX-40', product_id: createProduct.id }, { sku: 'NOT-IN-CATALOGUE', product_id: null }]);
    const [{ customer_id: customerId }] = await api.dataSource.query("SELECT customer_id FROM sales_order WHERE number = 'PI-2025-0540'");
    const { quotationDefaults } = await api.ok<{ quotationDefaults: { prices: { lastPrice: { amount: string; currency: string } | null }[] } }>(
      'query($c: ID!, $p: [ID!]!) { quotationDefaults(customerId: $c, productIds: $p) { prices { lastPrice { amount currency } } } }', { c: customerId, p: [createProduct.id] }, token);
    expect(quotationDefaults.prices).toEqual([{ lastPrice: { amount: '480', currency: 'JPY' } }]);
  });

  it('refuses to add the any-case number index over orders whose numbers differ only in case, naming them', async () => {
    const runner = api.dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      await runner.query('DROP INDEX sales_order_number_any_case_key');
      await runner.query(
        `INSERT INTO sales_order SELECT (jsonb_populate_record(NULL::sales_order, to_jsonb(o) || jsonb_build_object('id', gen_random_uuid(), 'number', lower(o.number)))).*
           FROM sales_order o WHERE o.number = 'PI-2025-0501'`,
      );
      await expect(new OrdersNumberAnyCase1795768200000().up(runner)).rejects.toThrow('orders whose numbers differ only in case must be renumbered first: PI-2025-0501 = pi-2025-0501');
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  describe("a salesperson's import stays within their data scope", () => {
    let teamOne: string;
    let teamTwo: string;
    let alice: { user: User; token: string };
    let bruno: { user: User; token: string };

    beforeAll(async () => {
      const adminToken = (await api.login(admin.email)).accessToken;
      const team = async (name: string): Promise<string> =>
        (await api.ok<{ createTeam: { id: string } }>('mutation($name: String!) { createTeam(input: { name: $name }) { id } }', { name }, adminToken)).createTeam.id;
      teamOne = await team('Import Scope One');
      teamTwo = await team('Import Scope Two');
      alice = await api.signedIn('sales', { teamId: teamOne });
      bruno = await api.signedIn('sales', { teamId: teamTwo });
    });

    function runAs(user: User, lines: string[]) {
      const actor = { kind: 'user' as const, userId: user.id, email: user.email, role: user.role, teamId: user.teamId };
      return runInContext({ actor }, () => api.app.get(OrderImportService).run(Buffer.from([HEADER, ...lines].join('\n')), 'orders.csv'));
    }

    it('refuses an order in a currency without an exchange rate, naming it', async () => {
      const report = await runAs(alice.user, ['RATE-0001,Rupee Traders Pvt Ltd,IN,2025-02-10,INR,FOB Ningbo,T/T 30/70,,Hammer,100,10,2030-04-01,']);
      expect(report.rows.map((r) => [r.status, r.error])).toEqual([
        ['error', "order RATE-0001: the settings have no exchange rate for INR, so its orders could not count in the customer's figures; an admin adds one first"],
      ]);
      expect(await api.dataSource.query("SELECT count(*)::int AS n FROM sales_order WHERE number = 'RATE-0001'")).toEqual([{ n: 0 }]);
    });

    it("refuses to replace a colleague's imported order of another team by its number, and changes nothing of it", async () => {
      const first = await runAs(alice.user, ['SCOPE-0777,Alpha Tools GmbH,DE,2025-02-10,EUR,FOB Ningbo,T/T 30/70,,Hammer,100,10,2030-04-01,']);
      expect(first.rows.map((r) => r.status)).toEqual(['created']);
      const before = await api.dataSource.query("SELECT id, owner_id, total, currency, customer_name, version FROM sales_order WHERE number = 'SCOPE-0777'");
      const second = await runAs(bruno.user, ['SCOPE-0777,Beta Holdings Ltd,GB,2025-02-10,USD,FOB Ningbo,T/T 30/70,,Nothing,1,0.01,2030-04-01,']);
      expect(second.rows).toEqual([
        {
          row: 2, status: 'error', orderNo: 'SCOPE-0777',
          error: 'order number SCOPE-0777 is already taken by an order outside your data scope: the file cannot replace it (renumber the order in the file, or ask your manager)',
        },
      ]);
      expect(await api.dataSource.query("SELECT id, owner_id, total, currency, customer_name, version FROM sales_order WHERE number = 'SCOPE-0777'")).toEqual(before);
      expect(before[0]).toMatchObject({ owner_id: alice.user.id, total: '1000.0000', currency: 'EUR' });
    });

    it("refuses an order whose customer is a colleague's of another team instead of attaching it there", async () => {
      const hidden = await createCustomer(api, alice.token, { name: 'Gamma Secret Trading GmbH', country: 'DE' });
      const report = await runAs(bruno.user, [
        'SCOPE-0888,Gamma Secret Trading,DE,2025-02-10,EUR,FOB Ningbo,T/T 30/70,,Hammer,100,10,2030-04-01,',
        'SCOPE-0889,Bruno Own Imports Ltd,GB,2025-02-10,EUR,FOB Ningbo,T/T 30/70,,Hammer,100,10,2030-04-01,',
      ]);
      expect(report.rows.map((r) => [r.orderNo, r.status, r.error])).toEqual([
        ['SCOPE-0888', 'error', 'order SCOPE-0888: its customer "Gamma Secret Trading" is a customer of a colleague outside your data scope; ask your manager to hand it over or to import the order'],
        ['SCOPE-0889', 'created', null],
      ]);
      expect({ created: report.created, errors: report.errors }).toEqual({ created: 1, errors: 1 });
      expect(await api.dataSource.query("SELECT count(*)::int AS n FROM sales_order WHERE number = 'SCOPE-0888' OR customer_id = $1", [hidden.id])).toEqual([{ n: 0 }]);
      // The same file as an admin, whose scope is everything, attaches the order to the existing customer.
      const asAdmin = await run(['SCOPE-0888,Gamma Secret Trading,DE,2025-02-10,EUR,FOB Ningbo,T/T 30/70,,Hammer,100,10,2030-04-01,']);
      expect(asAdmin.rows.map((r) => r.status)).toEqual(['created']);
      expect(await api.dataSource.query("SELECT customer_id FROM sales_order WHERE number = 'SCOPE-0888'")).toEqual([{ customer_id: hidden.id }]);
    });
  });

  describe('more orders than one batch (1,000 orders) holds', () => {
    // 2,100 one-line orders: three batches, written while the next one is being prepared.
    const numbers = Array.from({ length: 2100 }, (_, i) => `BATCH-${String(i + 1).padStart(4, '0')}`);
    const cities = ['Hamburg', 'Stuttgart', 'Leipzig', 'Nürnberg', 'Hannover', 'Düsseldorf', 'Wiesbaden', 'Augsburg'];
    const customerOf = (i: number) => (i === 0 ? 'Nordlicht Handel GmbH' : i === 1499 ? 'NORDLICHT HANDEL GMBH' : `${cities[i % cities.length]} Gartenmöbel GmbH`);
    const lines = numbers.map((no, i) => `${no},${customerOf(i)},DE,2025-01-15,EUR,FOB Ningbo,Net 30,,Garden chair,2,${i + 1}.50,2025-03-01,`);

    afterAll(async () => {
      await api.dataSource.query('DROP TRIGGER IF EXISTS refuse_batch_1500 ON sales_order');
      await api.dataSource.query('DROP FUNCTION IF EXISTS refuse_batch_1500()');
    });

    it('stops at a failed batch: earlier batches stay, later ones are not written, and running again finishes the job', async () => {
      // A database error inside the second batch's transaction (orders 1,001–2,000).
      await api.dataSource.query(`CREATE FUNCTION refuse_batch_1500() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.number = 'BATCH-1500' THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END $$`);
      await api.dataSource.query('CREATE TRIGGER refuse_batch_1500 BEFORE INSERT ON sales_order FOR EACH ROW EXECUTE FUNCTION refuse_batch_1500()');
      await expect(run(lines)).rejects.toThrow(/refused for the test/);
      const written: { number: string }[] = await api.dataSource.query("SELECT number FROM sales_order WHERE number LIKE 'BATCH-%' ORDER BY number");
      expect(written.map((o) => o.number)).toEqual(numbers.slice(0, 1000));

      await api.dataSource.query('DROP TRIGGER refuse_batch_1500 ON sales_order');
      const again = await run(lines);
      expect({ created: again.created, updated: again.updated, errors: again.errors }).toEqual({ created: 1100, updated: 0, errors: 0 });
      expect(again.rows.filter((r) => r.status === 'unchanged')).toHaveLength(1000);
      expect(await api.dataSource.query("SELECT count(*)::int AS n FROM sales_order WHERE number LIKE 'BATCH-%'")).toEqual([{ n: 2100 }]);
    });

    it('finds a customer created by an earlier batch and names every order after the CRM record', async () => {
      const nordlicht: { number: string; customer_id: string; customer_name: string; customer_country: string }[] = await api.dataSource.query(
        "SELECT o.number, o.customer_id, o.customer_name, o.customer_country FROM sales_order o JOIN customer c ON c.id = o.customer_id WHERE c.normalized_name LIKE 'nordlicht handel%' ORDER BY o.number",
      );
      expect(nordlicht.map((o) => [o.number, o.customer_name, o.customer_country])).toEqual([
        ['BATCH-0001', 'Nordlicht Handel GmbH', 'DE'],
        ['BATCH-1500', 'Nordlicht Handel GmbH', 'DE'],
      ]);
      expect(nordlicht[0].customer_id).toBe(nordlicht[1].customer_id);
      expect(await api.dataSource.query("SELECT count(*)::int AS n FROM customer WHERE name LIKE '% Gartenmöbel GmbH'")).toEqual([{ n: cities.length }]);
      const mismatched = await api.dataSource.query("SELECT count(*)::int AS n FROM sales_order o JOIN customer c ON c.id = o.customer_id WHERE o.number LIKE 'BATCH-%' AND o.customer_name <> c.name");
      expect(mismatched).toEqual([{ n: 0 }]);
    });

    it("has the worker bring the imported orders into their customers' figures", async () => {
      const [{ id }] = await api.dataSource.query("SELECT id FROM customer WHERE normalized_name LIKE 'nordlicht handel%'");
      const worker = await startTestWorker(api.config);
      try {
        await eventually(async () => {
          const [stats] = await api.dataSource.query('SELECT order_count FROM customer_order_stats WHERE customer_id = $1', [id]);
          return stats?.order_count === 2;
        }, 15_000, "the imported customer's order count");
      } finally {
        await worker.close();
      }
    });
  });
});
