import type { AppConfig } from '@tradewind/platform';
import { cliTestDatabase, runCli } from '../../../test/harness/cli';
import { eventually, startTestWorker } from '../../../test/harness/test-app';

/** `pnpm cli demo:seed --json` against the given database, as README's start command runs it. */
const seedDemo = (config: AppConfig) => runCli(config, ['demo:seed', '--json']);

// A newcomer's first look at the product is this data: it must obey the rules real data obeys.
describe('demo:seed', () => {
  const database = cliTestDatabase();
  const rows = <T>(sql: string): Promise<T[]> => database.rows<T>(sql);

  it('fills an empty database with consistent data once, and leaves it alone the second time', async () => {
    const first = await seedDemo(database.config);
    expect({ code: first.code, stderr: first.stderr }).toEqual({ code: 0, stderr: '' });
    const result = JSON.parse(first.stdout);
    expect(result.seeded).toBe(true);
    expect(result.counts).toMatchObject({ customers: expect.any(Number), orders: expect.any(Number) });
    expect(result.counts.customers).toBeGreaterThan(20);
    expect(result.counts.orders).toBeGreaterThan(5);

    // Every customer is graded, with a reason the SPA can word in either language.
    expect(await rows("SELECT name FROM customer WHERE grade IS NULL OR grade_basis IS NULL OR grade_basis->>'code' IS NULL")).toEqual([]);

    // The figures a customer's page shows come from orders a user can open: once the worker has summed
    // the imported order book and the live orders, every count matches the orders behind it.
    const countsThatDiffer = () =>
      rows<{ name: string; shown: number; orders: number }>(
        `SELECT c.name, coalesce(s.order_count, 0) AS shown, count(o.id)::int AS orders
         FROM customer c LEFT JOIN customer_order_stats s ON s.customer_id = c.id
         LEFT JOIN sales_order o ON o.customer_id = c.id AND o.stage NOT IN ('draft', 'cancelled')
         GROUP BY c.id, c.name, s.order_count HAVING coalesce(s.order_count, 0) <> count(o.id)`,
      );
    expect((await countsThatDiffer()).length).toBeGreaterThan(0); // nothing summed before the worker runs
    const worker = await startTestWorker(database.config);
    try {
      await eventually(async () => (await countsThatDiffer()).length === 0, 30_000, "the customers' order figures");
    } finally {
      await worker.close();
    }
    expect(await countsThatDiffer()).toEqual([]);
    expect(result.counts.pastOrders).toBeGreaterThan(40);
    // Regular customers have a history of orders; what was bought recently grades them. A lead whose
    // first order was confirmed became a customer by it, and its timeline says so.
    expect(await rows(
      `SELECT c.name FROM customer c LEFT JOIN customer_order_stats s ON s.customer_id = c.id WHERE c.stage = 'customer' AND coalesce(s.order_count, 0) < 2
       AND NOT (s.order_count = 1 AND EXISTS (SELECT 1 FROM activity a WHERE a.customer_id = c.id AND a.type = 'status_change' AND a.data->>'reason' = 'first_order' AND a.data->>'to' = 'customer'))`,
    )).toEqual([]);
    expect(await rows("SELECT c.name FROM customer c JOIN customer_order_stats s ON s.customer_id = c.id WHERE s.orders12m > 0 AND c.grade IN ('potential', 'lost')")).toEqual([]);
    // Every customer whose contacts were logged shows its last contact, pool customers too (their former owner's).
    expect(await rows(
      "SELECT c.name FROM customer c WHERE c.last_activity_at IS NULL AND EXISTS (SELECT 1 FROM activity a WHERE a.customer_id = c.id AND a.type IN ('email', 'call', 'meeting', 'note', 'whatsapp', 'wechat'))",
    )).toEqual([]);
    // Some still owe money (the dunning and receivables pages have something to show), and what is overdue is part of what is open.
    expect((await rows('SELECT customer_id FROM customer_order_stats WHERE receivable_open_amount > 0')).length).toBeGreaterThan(0);
    expect(await rows('SELECT customer_id FROM customer_order_stats WHERE receivable_overdue_amount > receivable_open_amount')).toEqual([]);
    // Each order's installments add up to its total, and the balance before shipment falls due on the expected ship date.
    expect(await rows('SELECT o.number FROM sales_order o JOIN order_installment i ON i.order_id = o.id GROUP BY o.id, o.number, o.total HAVING sum(i.amount) <> o.total')).toEqual([]);
    expect(await rows("SELECT o.number, i.due_date::text, o.expected_ship_date::text FROM sales_order o JOIN order_installment i ON i.order_id = o.id WHERE i.trigger = 'before_shipment' AND i.due_date IS DISTINCT FROM o.expected_ship_date")).toEqual([]);

    // The past orders' lines are the catalogue's products, so quotations show what each customer last paid.
    expect((await rows("SELECT l.id FROM order_line l JOIN sales_order o ON o.id = l.order_id WHERE o.origin = 'import' AND l.product_id IS NOT NULL")).length).toBeGreaterThan(0);
    // Freight is booked on a shipment only where the order's Incoterm has the seller pay it.
    expect(await rows("SELECT s.reference FROM shipment s JOIN shipment_item si ON si.shipment_id = s.id JOIN sales_order o ON o.id = si.order_id WHERE s.freight_cost > 0 AND o.incoterm_code IN ('EXW', 'FCA', 'FAS', 'FOB')")).toEqual([]);

    const second = await seedDemo(database.config);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toEqual({ seeded: false, reason: 'demo data is already there' });
    expect(await rows<{ n: number }>('SELECT count(*)::int AS n FROM customer')).toEqual([{ n: result.counts.customers }]);
  });
});
