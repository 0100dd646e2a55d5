import { Benchmark, BenchContext, BenchOutcome } from '../benchmark';
import { withClient } from '../database/bench-database';
import { benchDatabaseUrl } from '../environment';
import { Random } from '../generate/random';
import { BENCH_ACCOUNTS } from '../generate/users.generator';
import { BenchApi } from '../servers/api';
import { measureGraphqlCases } from './graphql-load';
import { GENERATE_DOCUMENT } from './order-queries';

/** The worker runs jobs eight at a time (JobRunner's concurrency); the same number of clients here. */
const WORKER_CONCURRENCY = 8;

/** Active orders (their PIs are the ones people generate), a different one for every request. */
async function activeOrders(random: Random): Promise<string[]> {
  return withClient(benchDatabaseUrl(), async (db) => {
    const ids = (await db.query<{ id: string }>("SELECT id FROM sales_order WHERE stage NOT IN ('closed', 'cancelled') ORDER BY id")).rows.map((r) => r.id);
    if (ids.length < 100) throw new Error('pi-pdf needs active orders (--orders)');
    return [...ids].sort(() => random.next() - 0.5);
  });
}

/** Removes what the run generated, so the next run renders again instead of finding the same content. */
async function removeGenerated(since: Date): Promise<number> {
  return withClient(benchDatabaseUrl(), async (db) => {
    const { rowCount } = await db.query("DELETE FROM order_document WHERE owner_type = 'order' AND created_at >= $1", [since]);
    await db.query("DELETE FROM audit_log WHERE action = 'document_generated' AND at >= $1", [since]);
    return rowCount ?? 0;
  });
}

async function run(context: BenchContext): Promise<BenchOutcome> {
  const ids = await activeOrders(new Random('pi-pdf'));
  const generate = (language: string) => (id: string) => JSON.stringify({ query: GENERATE_DOCUMENT, variables: { orderId: id, kind: 'proforma_invoice', language } });
  // Each case takes its own orders, so no request finds a PI it could reuse (same content, no new version).
  const quarter = Math.floor(ids.length / 4);
  const slice = (n: number): string[] => ids.slice(n * quarter, (n + 1) * quarter);
  const started = new Date();
  const api = await BenchApi.start();
  try {
    const outcome = await measureGraphqlCases(
      api,
      'generateOrderDocument',
      [
        { label: 'PI in English, one at a time', email: BENCH_ACCOUNTS.admin, bodies: slice(0).map(generate('en')), connections: 1 },
        { label: 'PI in Chinese, one at a time', email: BENCH_ACCOUNTS.admin, bodies: slice(1).map(generate('zh')), connections: 1 },
        { label: `PI in English, ${WORKER_CONCURRENCY} at once`, email: BENCH_ACCOUNTS.admin, bodies: slice(2).map(generate('en')), connections: WORKER_CONCURRENCY },
        { label: `PI in Chinese, ${WORKER_CONCURRENCY} at once`, email: BENCH_ACCOUNTS.admin, bodies: slice(3).map(generate('zh')), connections: WORKER_CONCURRENCY },
      ],
      context.log,
    );
    const sizes = await withClient(benchDatabaseUrl(), async (db) =>
      (await db.query<{ language: string; kib: string }>("SELECT language, round(avg(size_bytes) / 1024.0)::text AS kib FROM order_document WHERE owner_type = 'order' AND created_at >= $1 GROUP BY language ORDER BY language", [started])).rows,
    );
    outcome.notes.push(`Average PDF size: ${sizes.map((s) => `${s.language} ${s.kib} KiB`).join(', ')}.`);
    return outcome;
  } finally {
    await api.stop();
    context.log(`  removed the ${await removeGenerated(started)} generated documents`);
  }
}

export const piPdfBenchmark: Benchmark = {
  name: 'pi-pdf',
  title: 'proforma invoice PDF',
  summary: 'generating a proforma invoice PDF for an order (model, render with embedded fonts, store a version): latency one at a time, and documents/s eight at a time.',
  measures:
    "The documents tab's `generateOrderDocument(kind: proforma_invoice)` through the real API: read the order, its lines, products, customer and settings, build the document model (amount in words, payment terms), render the PDF with pdfkit (letterhead, lines table, totals; Noto Sans CJK subset embedded for Chinese), hash it, store it as a new version with an audit entry, and answer. Every request is another active order, so each one renders (an unchanged order would get its latest version back without rendering). One client at a time gives the latency of one document; eight at a time (the worker's job concurrency) gives documents/s when many are wanted at once. 2 s warm-up, 10 s measured; the documents the run generated are deleted afterwards.",
  target: 'p95 < 300 ms per document; documents/s at the worker\'s concurrency reported.',
  boundBy:
    `CPU in the API process: pdfkit lays out and compresses the document in JavaScript on the one thread, so documents do not render in parallel; eight at a time only queue (documents/s stays about where one at a time is). Chinese documents cost more: the Noto Sans CJK font is subset and embedded. Reading the order and storing the PDF (a bytea row and an audit entry) are a few milliseconds of it. More documents/s means rendering in worker threads or processes.`,
  unit: 'req/s',
  needsDataset: true,
  run,
};
