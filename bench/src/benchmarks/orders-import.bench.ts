import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Benchmark, BenchContext, BenchOutcome } from '../benchmark';
import { copyBenchDatabase, withClient } from '../database/bench-database';
import { benchDatabaseUrl } from '../environment';
import { datasetNow } from '../generate/table-generator';
import { Random } from '../generate/random';
import { cpuNote } from '../load/cpu-meter';
import { oneShotRow, runImportCli } from './cli-import';

type OrderImportReport = { created: number; updated: number; errors: number; rows: { status: string; error: string | null }[] };

// The header as a Chinese exporter's order book has it; the importer recognises each column by its name.
const HEADER = ['订单号', '客户', '国家', '下单日期', '币种', '贸易术语', '付款方式', '货号', '品名', '数量', '单价', '交期', '已收金额'];
const TERMS = ['T/T 30/70', '100% T/T in advance', 'L/C at sight', 'O/A 60 days', '30% T/T deposit, 70% against B/L copy'];
const INCOTERMS = ['FOB Ningbo', 'FOB Shanghai', 'CIF Hamburg', 'CIF Rotterdam', 'CFR Felixstowe', 'EXW Yiwu', 'DDP Los Angeles'];

interface FileFacts {
  lines: number;
  orders: number;
  knownCustomers: number;
}

/**
 * Past orders as an exporter keeps them in Excel, one row per line: about 3 lines an order, 90% of
 * orders for customers already in the CRM (by their exact name), the rest for new customers (created
 * by the import), a third with an amount already received. Order numbers do not collide with the
 * generated ones (prefix HIS-).
 */
async function writeOrdersFile(file: string, lines: number, seed: string, now: Date): Promise<FileFacts> {
  const random = new Random(`${seed}:orders-import`);
  const { customers, products } = await withClient(benchDatabaseUrl(), async (db) => ({
    customers: (await db.query<{ name: string; country: string | null }>('SELECT name, country FROM customer WHERE merged_into_id IS NULL ORDER BY id LIMIT 20000')).rows,
    products: (await db.query<{ sku: string; name: string; price: string }>("SELECT p.sku, p.names->>'en' AS name, pp.amount::text AS price FROM product p JOIN product_price pp ON pp.product_id = p.id AND pp.currency = 'USD' ORDER BY p.sku")).rows,
  }));
  if (!customers.length || !products.length) throw new Error('orders-import needs customers and products (--customers, --orders)');
  const csv = (cells: (string | number)[]): string => cells.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(',');
  const out = [csv(HEADER)];
  let orders = 0;
  let known = 0;
  while (out.length - 1 < lines) {
    orders++;
    const existing = random.chance(0.9);
    if (existing) known++;
    const customer = existing ? random.pick(customers) : { name: `Historic Buyer ${orders} Trading Ltd`, country: random.pick(['GB', 'DE', 'US', 'AU']) };
    const date = new Date(now.getTime() - random.int(400, 3000) * 86_400_000).toISOString().slice(0, 10);
    const delivery = new Date(Date.parse(date) + 60 * 86_400_000).toISOString().slice(0, 10);
    const terms = random.pick(TERMS);
    const incoterm = random.pick(INCOTERMS);
    const count = Math.min(lines - (out.length - 1), random.int(1, 5));
    const items = Array.from({ length: count }, () => ({ product: random.pick(products), quantity: random.int(1, 200) * 10 }));
    // A deposit already received: 30% of the order, in cents, given on the order's first line.
    const totalCents = items.reduce((sum, item) => sum + item.quantity * Math.round(Number(item.product.price) * 100), 0);
    const deposit = Math.floor(totalCents * 0.3);
    const received = random.chance(0.33) ? `${Math.floor(deposit / 100)}.${String(deposit % 100).padStart(2, '0')}` : '';
    for (const [i, { product, quantity }] of items.entries()) {
      out.push(csv([`HIS-${String(orders).padStart(7, '0')}`, customer.name, customer.country ?? '', date, 'USD', incoterm, terms, product.sku, product.name, quantity, product.price, delivery, i === 0 ? received : '']));
    }
  }
  writeFileSync(file, `${out.join('\n')}\n`);
  return { lines, orders, knownCustomers: known };
}

async function run(context: BenchContext): Promise<BenchOutcome> {
  const lines = context.scale.orderImportLines;
  const dir = mkdtempSync(join(tmpdir(), 'tradewind-orders-import-'));
  try {
    const file = join(dir, 'orders.csv');
    const facts = await writeOrdersFile(file, lines, context.dataset.seed, datasetNow(context.dataset));
    const tiny = join(dir, 'one-line.csv');
    writeFileSync(tiny, `${HEADER.join(',')}\nPROBE-1,Start-up Probe Ltd,GB,2025-01-02,USD,FOB Ningbo,T/T 30/70,,Probe item,10,1.50,2025-03-01,\n`);
    context.log(`  ${lines} lines (${facts.orders} orders) written to a CSV; copying the bench database`);
    const copy = await copyBenchDatabase('orders_import');
    try {
      const startup = await runImportCli<OrderImportReport>('orders:import', tiny, copy.url);
      context.log(`  start-up: ${startup.seconds.toFixed(1)} s; import`);
      const first = await runImportCli<OrderImportReport>('orders:import', file, copy.url);
      context.log(`  import: ${first.seconds.toFixed(1)} s; the same file again`);
      const again = await runImportCli<OrderImportReport>('orders:import', file, copy.url);
      const unchanged = again.report.rows.filter((r) => r.status === 'unchanged').length;
      // Start-up varies by a second or so between runs; a re-import that finds nothing to do is within that.
      const work = (seconds: number): string => (seconds - startup.seconds > 0.5 ? `${Math.round(lines / (seconds - startup.seconds)).toLocaleString('en-US')} lines/s` : 'about as long as the start-up alone');
      const firstError = first.report.rows.find((r) => r.error)?.error;
      return {
        rows: [
          oneShotRow('CLI start-up and exit (a 1-line import)', 1, startup.seconds),
          oneShotRow('import (read, resolve customers, price, schedule installments, write), end to end', lines, first.seconds),
          oneShotRow('the same file again (every order unchanged), end to end', lines, again.seconds),
        ],
        notes: [
          `The file: ${lines.toLocaleString('en-US')} lines of ${facts.orders.toLocaleString('en-US')} orders, ${facts.knownCustomers.toLocaleString('en-US')} of them for customers already in the CRM (by name), the rest for new customers; five payment terms forms, seven Incoterms with places, a third with a 30% deposit received.`,
          `The import's report: ${first.report.created.toLocaleString('en-US')} orders created, ${first.report.updated} updated, ${first.report.errors} rows with errors${firstError ? ` (first: ${firstError})` : ''}; again: ${unchanged.toLocaleString('en-US')} of ${again.report.rows.length.toLocaleString('en-US')} rows unchanged, ${again.report.created} created.`,
          `Without the CLI's start-up and exit (${startup.seconds.toFixed(1)} s): import ${work(first.seconds)}, re-import ${work(again.seconds)}.`,
          cpuNote('during the import', first.cpu),
        ],
        disturbance: Math.max(first.cpu.other, again.cpu.other),
      };
    } finally {
      await copy.drop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const ordersImportBenchmark: Benchmark = {
  name: 'orders-import',
  title: 'import of past orders',
  summary: '`orders:import` of a past-orders CSV (one row per line, ~3 lines an order) into the 1,000,000-order database, through the real CLI: lines/s, and the idempotent re-import.',
  measures:
    "The real CLI (`orders:import FILE --json --as <admin>`) in its own process, importing a generated order book (Chinese headers as exporters keep them; see the file below) into a fresh copy of the bench database, then the same file again (which must change nothing). End to end: from starting the process until it has printed the JSON report and exited, so it includes the CLI's start-up (measured alone in the first row). The import parses and groups the rows by order number, resolves each customer with the CRM's matching (creating unknown ones), checks Incoterms and payment terms, prices the lines, schedules the installments with what was received, and writes orders, lines and installments with their audit entries.",
  target: '≥ 5,000 lines/s.',
  boundBy:
    "The CLI's one thread, then PostgreSQL (a CPU profile of 2026-12-02): about 2.5 s of start-up (loading modules, connecting), 3 s reading, parsing and grouping the 60,000 rows and fingerprinting the orders, 1.5 s building the CRM's matcher over the 100,000 customers' names and countries, then about 5 s writing 20 batches of 1,000 orders (orders, lines, installments, stage changes, audit entries and outbox events as multi-row inserts from one JSON parameter each, one transaction per batch), during which the CLI waits for PostgreSQL 60% of the time while it matches and builds the next batch. The re-import compares each order's fingerprint with the stored one and writes nothing. What is left is PostgreSQL maintaining the indexes of the written tables (nine on sales_order since 2026-12-06) and the CLI's start-up. Above the 5,000 lines/s target since the changes of 2026-12-02.",
  history: [
    "2026-12-02: changes that took it from 2,015 lines/s (measured on another machine that morning) to over 5,000: customers are resolved from the names and countries of the 100,000 customers only (start-up fell from 9.1 to 4.8 s); every row gets a time-ordered id (UUIDv7), so a batch's rows share index pages instead of dirtying a random page each (shared_buffers is 128 MB here); each distinct payment-terms and Incoterm text is parsed once; the next batch is matched and built while PostgreSQL writes the previous one; outbox events and audit rows go in through one JSON parameter instead of TypeORM inserts with thousands of bound values; exceljs is loaded only for .xlsx files; and the imported customers' order figures are recomputed by the worker, on the event each batch publishes (as every other order change reaches the CRM), instead of inside the import: summing every order of 20,000 customers (about 130,000 orders and their installments) took PostgreSQL 2.3 s. What was left was PostgreSQL maintaining the indexes of the written tables (eight on sales_order) and the CLI's start-up.",
    "2026-12-06 04:15 UTC: the import also finds stored orders whatever the case of their number (through a unique index on lower(number), the ninth on sales_order), links each line to the catalogue product with its SKU, and checks whether purchase orders or shipments point at a changed order's lines; runs of the code before and after those changes on one machine (an Intel Xeon) took 10.5 and 9.6 s end to end: no cost this machine resolves.",
  ],
  unit: 'rows/s',
  needsDataset: true,
  run,
};
