import { Injectable } from '@nestjs/common';
import {
  actorUserId,
  AuditChanges,
  AuditEntry,
  AuditTrail,
  ConflictError,
  currentActor,
  dataScopeOf,
  EventPublisher,
  positionalBinder,
  RuleViolationError,
  TransactionHost,
  User,
} from '@tradewind/platform';
import { groupBy, Money, newId } from '@tradewind/shared';
import { CrmFacade } from '@tradewind/crm';
import { missingRateMessage } from '../order/order-values';
import { orderScopeCondition } from '../order/order.repository';
import { describeLineUses, OrderLineUsage, sameLineTerms } from '../order/order-line-usage';
import { OrdersSettingsService } from '../settings/orders-settings.service';
import { applyReceived, formatPaymentTerms } from '../payment-terms';
import type { OrderStage } from '../order-stages/stage-names';
import { contentFingerprint } from './order-fingerprint';
import { importedOrderStage } from './imported-order.stage';
import { buildOrderImportReport, readOrderImport } from './order-import.parser';
import { orderKey } from './order-rows.grouper';
import type { OrderImportOutcome, OrderImportReport, ParsedOrder, ParsedOrderLine } from './order-import.types';

const ORDERS_PER_BATCH = 1000;
const ROWS_PER_SLICE = 100;

interface OrderImportRows {
  /** Stored orders the file changed (their lines and installments are replaced), with what they were replaced from. */
  replaced: { id: string; orderNo: string; since: SinceImport; keepLines: boolean }[];
  orders: Record<string, unknown>[];
  lines: Record<string, unknown>[];
  installments: Record<string, unknown>[];
  stages: Record<string, unknown>[];
  /** Changed orders whose stage and invoice date follow the file again. */
  restaged: Record<string, unknown>[];
  audits: AuditEntry[];
  created: { orderId: string; customerId: string }[];
}

/** An order the database holds under a number the file has. */
interface StoredOrder {
  readonly id: string;
  readonly fingerprint: string | null;
  readonly origin: string;
  /** Whether the importer's data scope covers it: a file may only replace orders its importer may see. */
  readonly visible: boolean;
}

/** What Tradewind recorded on an imported order after its import. */
interface SinceImport {
  readonly stage: OrderStage;
  readonly currency: string;
  /** Receipts recorded on the order (decimal string, in `currency`). */
  readonly receivedInTradewind: string;
  readonly stageMovedInTradewind: boolean;
}

interface OrderToWrite {
  readonly order: ParsedOrder;
  /** Set for a changed order still at the stage an import gave it: the stage it has now. */
  readonly restage: { readonly from: OrderStage } | null;
  readonly fingerprint: string;
  /** The stored order a changed file replaces, and what Tradewind had recorded on it when the replacement was computed. */
  readonly existing: { readonly id: string; readonly since: SinceImport } | null;
  /** The file's lines are the stored ones, which purchase orders or shipments point at: they stay, with their ids. */
  readonly keepLines: boolean;
}

/**
 * A changed file replaces an imported order's header, lines and installments, but not what happened
 * to it in Tradewind since: receipts recorded there are added to the file's received amount (the
 * file, a record of the old system, does not hold them), and a stage moved there stays.
 */
function replacingOrder(order: ParsedOrder, since: SinceImport): Pick<OrderToWrite, 'order' | 'restage'> | { refused: string } {
  const restage = since.stageMovedInTradewind ? null : { from: since.stage };
  const recorded = Money.of(since.receivedInTradewind, since.currency);
  if (recorded.isZero()) return { order, restage };
  if (since.currency !== order.currency) {
    return { refused: `order ${order.orderNo} has ${recorded.toFixed()} ${since.currency} received in Tradewind since its import: the file cannot change its currency to ${order.currency}` };
  }
  const fromFile = order.received ?? Money.zero(order.currency);
  const received = fromFile.add(recorded);
  const applied = applyReceived(order.installments, received);
  if (applied.overpayment.isPositive()) {
    return {
      refused: `order ${order.orderNo}: its total in the file, ${order.total.toFixed()} ${order.currency}, is less than the ${received.toFixed()} received (${fromFile.toFixed()} in the file and ${recorded.toFixed()} recorded in Tradewind since its import)`,
    };
  }
  return { order: { ...order, received, installments: applied.installments }, restage };
}

/** Lets pending I/O callbacks (the previous batch's query results) run before the next slice of work. */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * orders:import: past orders from a spreadsheet, one row per line. Parsing and validation happen
 * first, in memory (an order with any bad row is rejected whole); customers are resolved with the
 * CRM's matching (unknown ones created); then valid orders are written in batches, each one
 * transaction, with multi-row inserts. Re-importing compares a fingerprint of the content:
 * unchanged orders are left alone, changed ones replaced.
 */
@Injectable()
export class OrderImportService {
  constructor(
    readonly tx: TransactionHost,
    private readonly crm: CrmFacade,
    private readonly events: EventPublisher,
    private readonly audit: AuditTrail,
    private readonly settings: OrdersSettingsService,
    private readonly lineUsage: OrderLineUsage,
  ) {}

  async run(file: Uint8Array, fileName: string): Promise<OrderImportReport> {
    const ownerId = actorUserId(currentActor());
    if (!ownerId) throw new RuleViolationError('orders are imported as a user (pass --as EMAIL)', 'ORDERS_IMPORT_NEEDS_USER');
    const parsed = await readOrderImport(file, fileName);
    const owner = await this.tx.manager.findOneByOrFail(User, { id: ownerId });
    const outcomes = new Map<string, OrderImportOutcome>();
    const existing = await this.existing(parsed.orders.map((o) => o.orderNo));
    const { fxRates } = await this.settings.get();
    const changed: { order: ParsedOrder; fingerprint: string; stored: StoredOrder | null }[] = [];
    for (const order of parsed.orders) {
      const fingerprint = contentFingerprint(order);
      const stored = existing.get(orderKey(order.orderNo)) ?? null;
      if (!fxRates[order.currency]) outcomes.set(order.orderNo, { refused: `order ${order.orderNo}: ${missingRateMessage(order.currency)}` });
      else if (stored && !stored.visible) {
        // Worded as any clash of numbers: whose order holds it is not the importer's to learn.
        outcomes.set(order.orderNo, { refused: `order number ${order.orderNo} is already taken by an order outside your data scope: the file cannot replace it (renumber the order in the file, or ask your manager)` });
      } else if (stored && stored.fingerprint === fingerprint) outcomes.set(order.orderNo, 'unchanged');
      else if (stored && stored.origin !== 'import') {
        outcomes.set(order.orderNo, { refused: `order ${order.orderNo} was entered in Tradewind, not imported: the file cannot replace it (change it on its order page)` });
      } else changed.push({ order, fingerprint, stored });
    }
    // Re-importing rewrites an order's lines: not those a purchase order or a shipment refers to. Such an
    // order may still change the rest (the money received, say) when the file gives the same lines.
    const used = await this.lineUsage.of(changed.flatMap(({ stored }) => (stored ? [stored.id] : [])));
    const storedLines = await this.storedLines([...used.keys()]);
    const since = await this.sinceImport(changed.flatMap(({ stored }) => (stored ? [stored.id] : [])));
    const toWrite: OrderToWrite[] = [];
    for (const { order, fingerprint, stored } of changed) {
      const uses = stored && used.get(stored.id);
      const keepLines = !!uses && sameImportedLines(storedLines.get(stored!.id) ?? [], order.lines);
      if (uses && !keepLines) {
        outcomes.set(order.orderNo, { refused: `order ${order.orderNo} has goods on ${describeLineUses(uses).en} in Tradewind: the file can no longer change its lines` });
        continue;
      }
      const existing = stored ? { id: stored.id, since: since.get(stored.id)! } : null;
      const replacement = existing ? replacingOrder(order, existing.since) : { order, restage: null };
      if ('refused' in replacement) outcomes.set(order.orderNo, replacement);
      else {
        outcomes.set(order.orderNo, existing ? 'updated' : 'created');
        toWrite.push({ ...replacement, fingerprint, existing, keepLines });
      }
    }
    const resolver = toWrite.length ? await this.crm.customerBatchResolver() : null;
    // A pipeline of batches: the next batch is matched and turned into rows (JavaScript) while PostgreSQL
    // writes the previous one. Batches still commit one at a time, in order, each in its own transaction;
    // a failed batch ends the import (its error propagates) before a later one is written, so the
    // resolver, which knows the failed batch's new customers, is never used after a rollback.
    let writing: Promise<void> = Promise.resolve();
    try {
      for (let i = 0; i < toWrite.length; i += ORDERS_PER_BATCH) {
        const slice = toWrite.slice(i, i + ORDERS_PER_BATCH);
        const customers = resolver!.resolve(slice.map(({ order }) => ({ name: order.customer.name, country: order.customer.country })));
        const batch: OrderToWrite[] = [];
        const customerIds: string[] = [];
        slice.forEach((entry, index) => {
          const customerId = customers.customerIds[index];
          if (customerId) {
            batch.push(entry);
            customerIds.push(customerId);
          } else {
            outcomes.set(entry.order.orderNo, {
              refused: `order ${entry.order.orderNo}: its customer "${entry.order.customer.name}" is a customer of a colleague outside your data scope; ask your manager to hand it over or to import the order`,
            });
          }
        });
        const rows = await this.rows(batch, customerIds, owner);
        await writing;
        writing = this.tx.run(async () => {
          await customers.save();
          await this.write(rows);
        });
        // Awaited at the next batch or after the loop; this only keeps Node from calling it unhandled meanwhile.
        writing.catch(() => undefined);
      }
    } catch (error) {
      // Preparing a batch failed: let the batch in flight finish (commit or roll back) before reporting.
      await writing.catch(() => undefined);
      throw error;
    }
    await writing;
    return buildOrderImportReport(parsed, outcomes);
  }

  private async existing(numbers: string[]): Promise<Map<string, StoredOrder>> {
    if (numbers.length === 0) return new Map();
    const parameters: unknown[] = [numbers];
    const visible = orderScopeCondition(dataScopeOf(currentActor()), 'o', positionalBinder(parameters)) ?? 'true';
    const rows: { id: string; number: string; import_fingerprint: string | null; origin: string; visible: boolean }[] = await this.tx.manager.query(
      `SELECT o.id, o.number, o.import_fingerprint, o.origin, ${visible} AS visible FROM sales_order o WHERE lower(o.number) = ANY(SELECT lower(n) FROM unnest($1::text[]) n)`,
      parameters,
    );
    return new Map(rows.map((r) => [orderKey(r.number), { id: r.id, fingerprint: r.import_fingerprint, origin: r.origin, visible: r.visible }]));
  }

  private async storedLines(orderIds: string[]): Promise<Map<string, StoredLine[]>> {
    if (orderIds.length === 0) return new Map();
    const rows: (StoredLine & { order_id: string })[] = await this.tx.manager.query(
      'SELECT order_id, sku, description, quantity::text, unit_price::text AS "unitPrice" FROM order_line WHERE order_id = ANY($1::uuid[]) ORDER BY order_id, position',
      [orderIds],
    );
    return groupBy(rows, (r) => r.order_id);
  }

  /** For imported orders the file changes: what Tradewind has recorded on them since they were imported. */
  private async sinceImport(ids: string[]): Promise<Map<string, SinceImport>> {
    if (ids.length === 0) return new Map();
    // Receipts and stage moves are audited (recordReceipt, moveStage); an import writes neither entry.
    const rows: { id: string; stage: OrderStage; currency: string; received: string; moved: boolean }[] = await this.tx.manager.query(
      `SELECT o.id, o.stage, o.currency,
              COALESCE(sum((a.changes -> 'received' ->> 'to')::numeric) FILTER (WHERE a.action = 'payment_recorded'), 0)::text AS received,
              COALESCE(bool_or(a.action = 'stage_changed'), false) AS moved
         FROM sales_order o
         LEFT JOIN audit_log a ON a.entity_type = 'order' AND a.entity_id = o.id AND a.action IN ('payment_recorded', 'stage_changed')
        WHERE o.id = ANY($1::uuid[])
        GROUP BY o.id`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, { stage: r.stage, currency: r.currency, receivedInTradewind: r.received, stageMovedInTradewind: r.moved }]));
  }

  /** A batch's rows for every table, built in slices that let the previous batch's queries proceed in between. */
  private async rows(batch: OrderToWrite[], customerIds: string[], owner: User): Promise<OrderImportRows> {
    const rows: OrderImportRows = { replaced: [], orders: [], lines: [], installments: [], stages: [], restaged: [], audits: [], created: [] };
    for (let start = 0; start < batch.length; start += ROWS_PER_SLICE) {
      if (start > 0) await yieldToEventLoop();
      batch.slice(start, start + ROWS_PER_SLICE).forEach(({ order, restage, fingerprint, existing, keepLines }, offset) => {
        const existingId = existing?.id ?? null;
        const id = existingId ?? newId();
        const customerId = customerIds[start + offset];
        const { stage, reason } = importedOrderStage(order);
        if (existing) rows.replaced.push({ id: existing.id, orderNo: order.orderNo, since: existing.since, keepLines });
        rows.orders.push({
          id, number: order.orderNo, customer_id: customerId, customer_name: order.customer.name, customer_country: order.customer.country ?? null,
          currency: order.currency, incoterm_code: order.incoterm.code, incoterm_place: order.incoterm.place ?? '', payment_terms_text: formatPaymentTerms(order.paymentTerms, 'en'),
          payment_terms: order.paymentTerms, order_date: order.orderDate, delivery_date: order.deliveryDate ?? null, expected_ship_date: order.deliveryDate ?? null,
          invoice_date: order.shippedOn ?? null, owner_id: owner.id, team_id: owner.teamId, stage, total: order.total.toFixed(), import_fingerprint: fingerprint,
        });
        if (!keepLines) order.lines.forEach((line, position) => {
          rows.lines.push({ id: newId(), order_id: id, position: position + 1, sku: line.sku ?? null, description: line.description, quantity: line.quantity, unit_price: line.unitPrice, amount: line.amount.toFixed() });
        });
        for (const i of order.installments) {
          rows.installments.push({ id: newId(), order_id: id, sequence: i.sequence, trigger: i.trigger, method: i.method, percentage: i.percentage, days: i.days, label: i.label, amount: i.amount.toFixed(), paid_amount: i.paid.toFixed(), due_date: i.dueDate });
        }
        if (!existingId) rows.stages.push({ id: newId(), order_id: id, from_stage: null, to_stage: stage, note: reason ? `imported: ${reason}` : 'imported' });
        // A changed order moved on in Tradewind keeps its stage (the upsert leaves it alone); one still
        // where the import put it goes where the file now puts it.
        const changes: AuditChanges = { number: { from: null, to: order.orderNo }, total: { from: null, to: order.total.toFixed() } };
        if (restage) {
          rows.restaged.push({ id, stage, invoice_date: order.shippedOn ?? null });
          if (restage.from !== stage) {
            changes.stage = { from: restage.from, to: stage };
            rows.stages.push({ id: newId(), order_id: id, from_stage: restage.from, to_stage: stage, note: `re-imported: ${reason ?? 'not delivered yet'}` });
          }
        }
        rows.audits.push({ entityType: 'order', entityId: id, action: existingId ? 'reimported' : 'imported', changes });
        if (!existingId) rows.created.push({ orderId: id, customerId });
      });
    }
    return rows;
  }

  /**
   * Locks the orders a batch replaces (recordReceipt and moveStage lock them too) and checks that
   * nothing was recorded on them since their replacement was computed, before the import started
   * writing: a receipt booked meanwhile would otherwise be lost. A batch that finds one fails, which
   * stops the import as any failed batch does; running it again reads the receipt and finishes the job.
   */
  private async lockUnchangedSinceRead(replaced: OrderImportRows['replaced']): Promise<void> {
    const ids = replaced.map((r) => r.id);
    await this.tx.manager.query('SELECT id FROM sales_order WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [ids]);
    const now = await this.sinceImport(ids);
    const used = await this.lineUsage.of(ids);
    for (const { id, orderNo, since, keepLines } of replaced) {
      if (used.has(id) && !keepLines) {
        throw new ConflictError(`order ${orderNo} got a purchase order or a shipment while it was being imported; nothing of this batch was written: run the import again`, 'ORDERS_IMPORT_CONFLICT');
      }
      const current = now.get(id)!;
      const same =
        current.stage === since.stage &&
        current.stageMovedInTradewind === since.stageMovedInTradewind &&
        current.currency === since.currency &&
        Money.of(current.receivedInTradewind, current.currency).equals(Money.of(since.receivedInTradewind, since.currency));
      if (!same) {
        throw new ConflictError(`order ${orderNo} changed in Tradewind while it was being imported (a receipt or a stage move); nothing of this batch was written: run the import again`, 'ORDERS_IMPORT_CONFLICT');
      }
    }
  }

  private async write({ replaced, orders, lines, installments, stages, restaged, audits, created }: OrderImportRows): Promise<void> {
    if (replaced.length) {
      await this.lockUnchangedSinceRead(replaced);
      // A changed order keeps its id, history and comments; its header, lines and installments come from the file again.
      const ids = replaced.map((r) => r.id);
      await this.tx.manager.query('DELETE FROM order_line WHERE order_id = ANY($1::uuid[])', [replaced.filter((r) => !r.keepLines).map((r) => r.id)]);
      await this.tx.manager.query('DELETE FROM order_installment WHERE order_id = ANY($1::uuid[])', [ids]);
    }
    const actor = currentActor();
    await this.tx.writeJsonRows(
      `INSERT INTO sales_order (id, number, customer_id, customer_name, customer_country, currency, incoterm_code, incoterm_place, payment_terms_text, payment_terms, order_date, delivery_date, expected_ship_date, invoice_date, owner_id, team_id, stage, total, import_fingerprint, origin)
       SELECT x.id, number, customer_id, COALESCE(c.name, x.customer_name), COALESCE(c.country, x.customer_country), currency, incoterm_code, incoterm_place, payment_terms_text, payment_terms, order_date, delivery_date, expected_ship_date, invoice_date, x.owner_id, x.team_id, x.stage, total, import_fingerprint, 'import'
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, number text, customer_id uuid, customer_name text, customer_country char(2), currency char(3), incoterm_code text, incoterm_place text,
         payment_terms_text text, payment_terms jsonb, order_date date, delivery_date date, expected_ship_date date, invoice_date date, owner_id uuid, team_id uuid, stage text, total numeric, import_fingerprint text)
       LEFT JOIN customer c ON c.id = x.customer_id -- the CRM's spelling of a matched customer, not the file's
       ON CONFLICT (id) DO UPDATE SET customer_id = EXCLUDED.customer_id, customer_name = EXCLUDED.customer_name, customer_country = EXCLUDED.customer_country,
         currency = EXCLUDED.currency, incoterm_code = EXCLUDED.incoterm_code, incoterm_place = EXCLUDED.incoterm_place, payment_terms_text = EXCLUDED.payment_terms_text,
         payment_terms = EXCLUDED.payment_terms, order_date = EXCLUDED.order_date, delivery_date = EXCLUDED.delivery_date, total = EXCLUDED.total,
         -- The expected ship date follows the file's delivery date unless production moved it in Tradewind.
         expected_ship_date = CASE WHEN sales_order.expected_ship_date IS NOT DISTINCT FROM sales_order.delivery_date THEN EXCLUDED.expected_ship_date ELSE sales_order.expected_ship_date END,
         import_fingerprint = EXCLUDED.import_fingerprint, version = sales_order.version + 1, updated_at = now()`,
      orders,
    );
    await this.tx.writeJsonRows(
      `UPDATE sales_order o SET stage = x.stage, invoice_date = x.invoice_date
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, stage text, invoice_date date) WHERE o.id = x.id`,
      restaged,
    );
    await this.tx.writeJsonRows(
      // A line whose SKU is a catalogue product's is that product's: quotations then show what the customer paid for it.
      `INSERT INTO order_line (id, order_id, position, sku, product_id, description, quantity, unit_price, amount)
       SELECT x.id, order_id, position, x.sku, p.id, description, quantity, unit_price, amount
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, order_id uuid, position int, sku text, description text, quantity numeric, unit_price numeric, amount numeric)
       LEFT JOIN product p ON p.sku = x.sku`,
      lines,
    );
    await this.tx.writeJsonRows(
      `INSERT INTO order_installment (id, order_id, sequence, trigger, method, percentage, days, label, amount, paid_amount, due_date)
       SELECT id, order_id, sequence, trigger, method, percentage, days, label, amount, paid_amount, due_date
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, order_id uuid, sequence int, trigger text, method text, percentage numeric, days int, label text, amount numeric, paid_amount numeric, due_date date)`,
      installments,
    );
    await this.tx.writeJsonRows(
      `INSERT INTO order_stage_change (id, order_id, from_stage, to_stage, note, by_user_id) SELECT id, order_id, from_stage, to_stage, note, $2 FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, order_id uuid, from_stage text, to_stage text, note text)`,
      stages,
      [actorUserId(actor)],
    );
    await this.audit.recordMany(audits);
    await this.events.publishMany([
      ...created.map((c) => ({ name: 'orders.order.created' as const, payload: { orderId: c.orderId, customerId: c.customerId, origin: 'import' as const } })),
      // The customers' figures are recomputed by the worker (RefreshFiguresAfterImport), not in the import's time.
      { name: 'orders.orders.imported' as const, payload: { orderCount: orders.length, customerIds: [...new Set(orders.map((o) => o.customer_id as string))] } },
    ]);
  }
}

interface StoredLine {
  sku: string | null;
  description: string;
  quantity: string;
  unitPrice: string;
}

/** Whether the file gives an order the lines it has, in order (a file names no catalogue product or unit). */
function sameImportedLines(stored: readonly StoredLine[], file: readonly ParsedOrderLine[]): boolean {
  return stored.length === file.length && file.every((line, i) => sameLineTerms(stored[i], line));
}
