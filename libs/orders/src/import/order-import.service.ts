import { Injectable } from '@nestjs/common';
import { actorUserId, currentActor, describeActor, EventPublisher, RuleViolationError, TransactionHost, User } from '@tradewind/platform';
import { newId } from '@tradewind/shared';
import { CrmFacade } from '@tradewind/crm';
import { CustomerFiguresService } from '../order/customer-figures.service';
import { formatPaymentTerms } from '../payment-terms';
import { contentFingerprint } from './order-fingerprint';
import { buildOrderImportReport, readOrderImport } from './order-import.parser';
import type { OrderImportOutcome, OrderImportReport, ParsedOrder } from './order-import.types';

const ORDERS_PER_BATCH = 1000;

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
    private readonly figures: CustomerFiguresService,
    private readonly events: EventPublisher,
  ) {}

  async run(file: Uint8Array, fileName: string): Promise<OrderImportReport> {
    const ownerId = actorUserId(currentActor());
    if (!ownerId) throw new RuleViolationError('orders are imported as a user (pass --as EMAIL)', 'ORDERS_IMPORT_NEEDS_USER');
    const parsed = await readOrderImport(file, fileName);
    const owner = await this.tx.manager.findOneByOrFail(User, { id: ownerId });
    const outcomes = new Map<string, OrderImportOutcome>();
    const existing = await this.existing(parsed.orders.map((o) => o.orderNo));
    const toWrite: { order: ParsedOrder; fingerprint: string; existingId: string | null }[] = [];
    for (const order of parsed.orders) {
      const fingerprint = contentFingerprint(order);
      const current = existing.get(order.orderNo);
      if (current && current.fingerprint === fingerprint) {
        outcomes.set(order.orderNo, 'unchanged');
        continue;
      }
      outcomes.set(order.orderNo, current ? 'updated' : 'created');
      toWrite.push({ order, fingerprint, existingId: current?.id ?? null });
    }
    const customerIds = new Set<string>();
    // A failed batch ends the import (its error propagates), so the resolver never outlives a rollback.
    const resolveCustomers = toWrite.length ? await this.crm.customerBatchResolver() : null;
    for (let i = 0; i < toWrite.length; i += ORDERS_PER_BATCH) {
      const batch = toWrite.slice(i, i + ORDERS_PER_BATCH);
      await this.tx.run(async () => {
        const customers = await resolveCustomers!(batch.map(({ order }) => ({ name: order.customer.name, country: order.customer.country })));
        const ids = batch.map(({ order }) => customers.get(this.crm.customerReferenceKey({ name: order.customer.name, country: order.customer.country }))!.customerId);
        ids.forEach((id) => customerIds.add(id));
        await this.write(batch, ids, owner);
      });
    }
    if (customerIds.size) {
      await this.tx.run(async () => {
        await this.figures.publishFor([...customerIds]);
      });
    }
    return buildOrderImportReport(parsed, outcomes);
  }

  private async existing(numbers: string[]): Promise<Map<string, { id: string; fingerprint: string | null }>> {
    if (numbers.length === 0) return new Map();
    const rows: { id: string; number: string; import_fingerprint: string | null }[] = await this.tx.manager.query(
      'SELECT id, number, import_fingerprint FROM sales_order WHERE number = ANY($1::text[])',
      [numbers],
    );
    return new Map(rows.map((r) => [r.number, { id: r.id, fingerprint: r.import_fingerprint }]));
  }

  private async write(batch: { order: ParsedOrder; fingerprint: string; existingId: string | null }[], customerIds: string[], owner: User): Promise<void> {
    const replaced = batch.filter((b) => b.existingId).map((b) => b.existingId!);
    if (replaced.length) {
      // A changed order keeps its id, history and comments; its header, lines and installments come from the file again.
      await this.tx.manager.query('DELETE FROM order_line WHERE order_id = ANY($1::uuid[])', [replaced]);
      await this.tx.manager.query('DELETE FROM order_installment WHERE order_id = ANY($1::uuid[])', [replaced]);
    }
    const names: { id: string; name: string; country: string | null }[] = await this.tx.manager.query('SELECT id, name, country FROM customer WHERE id = ANY($1::uuid[])', [[...new Set(customerIds)]]);
    const customer = new Map(names.map((n) => [n.id, n]));
    const orders: Record<string, unknown>[] = [];
    const lines: Record<string, unknown>[] = [];
    const installments: Record<string, unknown>[] = [];
    const stages: Record<string, unknown>[] = [];
    const audits: Record<string, unknown>[] = [];
    const created: { orderId: string; customerId: string }[] = [];
    batch.forEach(({ order, fingerprint, existingId }, index) => {
      const id = existingId ?? newId();
      const customerId = customerIds[index];
      const paidInFull = order.installments.every((i) => i.open.isZero());
      const stage = paidInFull ? 'closed' : 'confirmed';
      orders.push({
        id, number: order.orderNo, customer_id: customerId, customer_name: customer.get(customerId)?.name ?? order.customer.name, customer_country: customer.get(customerId)?.country ?? order.customer.country ?? null,
        currency: order.currency, incoterm_code: order.incoterm.code, incoterm_place: order.incoterm.place ?? '', payment_terms_text: formatPaymentTerms(order.paymentTerms, 'en'),
        payment_terms: order.paymentTerms, order_date: order.orderDate, delivery_date: order.deliveryDate ?? null, expected_ship_date: order.deliveryDate ?? null,
        owner_id: owner.id, team_id: owner.teamId, stage, total: order.total.toFixed(), import_fingerprint: fingerprint,
      });
      order.lines.forEach((line, position) => {
        lines.push({ id: newId(), order_id: id, position: position + 1, sku: line.sku ?? null, description: line.description, quantity: line.quantity, unit_price: line.unitPrice, amount: line.amount.toFixed() });
      });
      for (const i of order.installments) {
        installments.push({ id: newId(), order_id: id, sequence: i.sequence, trigger: i.trigger, method: i.method, percentage: i.percentage, days: i.days, label: i.label, amount: i.amount.toFixed(), paid_amount: i.paid.toFixed(), due_date: i.dueDate });
      }
      stages.push({ id: newId(), order_id: id, from_stage: null, to_stage: stage, note: existingId ? 'updated by import' : 'imported' });
      audits.push({ id: newId(), entity_id: id, action: existingId ? 'reimported' : 'imported', changes: { number: { from: null, to: order.orderNo }, total: { from: null, to: order.total.toFixed() } } });
      if (!existingId) created.push({ orderId: id, customerId });
    });
    const actor = currentActor();
    await this.insert(
      `INSERT INTO sales_order (id, number, customer_id, customer_name, customer_country, currency, incoterm_code, incoterm_place, payment_terms_text, payment_terms, order_date, delivery_date, expected_ship_date, owner_id, team_id, stage, total, import_fingerprint, origin)
       SELECT id, number, customer_id, customer_name, customer_country, currency, incoterm_code, incoterm_place, payment_terms_text, payment_terms, order_date, delivery_date, expected_ship_date, owner_id, team_id, stage, total, import_fingerprint, 'import'
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, number text, customer_id uuid, customer_name text, customer_country char(2), currency char(3), incoterm_code text, incoterm_place text,
         payment_terms_text text, payment_terms jsonb, order_date date, delivery_date date, expected_ship_date date, owner_id uuid, team_id uuid, stage text, total numeric, import_fingerprint text)
       ON CONFLICT (id) DO UPDATE SET customer_id = EXCLUDED.customer_id, customer_name = EXCLUDED.customer_name, customer_country = EXCLUDED.customer_country,
         currency = EXCLUDED.currency, incoterm_code = EXCLUDED.incoterm_code, incoterm_place = EXCLUDED.incoterm_place, payment_terms_text = EXCLUDED.payment_terms_text,
         payment_terms = EXCLUDED.payment_terms, order_date = EXCLUDED.order_date, delivery_date = EXCLUDED.delivery_date, total = EXCLUDED.total,
         import_fingerprint = EXCLUDED.import_fingerprint, version = sales_order.version + 1, updated_at = now()`,
      orders,
    );
    await this.insert(
      `INSERT INTO order_line (id, order_id, position, sku, description, quantity, unit_price, amount)
       SELECT id, order_id, position, sku, description, quantity, unit_price, amount FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, order_id uuid, position int, sku text, description text, quantity numeric, unit_price numeric, amount numeric)`,
      lines,
    );
    await this.insert(
      `INSERT INTO order_installment (id, order_id, sequence, trigger, method, percentage, days, label, amount, paid_amount, due_date)
       SELECT id, order_id, sequence, trigger, method, percentage, days, label, amount, paid_amount, due_date
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, order_id uuid, sequence int, trigger text, method text, percentage numeric, days int, label text, amount numeric, paid_amount numeric, due_date date)`,
      installments,
    );
    await this.insert(
      `INSERT INTO order_stage_change (id, order_id, from_stage, to_stage, note, by_user_id) SELECT id, order_id, from_stage, to_stage, note, $2 FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, order_id uuid, from_stage text, to_stage text, note text)`,
      stages,
      [actorUserId(actor)],
    );
    await this.insert(
      `INSERT INTO audit_log (id, actor_user_id, actor_label, entity_type, entity_id, action, changes)
       SELECT id, $2, $3, 'order', entity_id, action, changes FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, entity_id uuid, action text, changes jsonb)`,
      audits,
      [actorUserId(actor), describeActor(actor)],
    );
    await this.events.publishMany(created.map((c) => ({ name: 'orders.order.created' as const, payload: { orderId: c.orderId, customerId: c.customerId, origin: 'import' as const } })));
  }

  /** Ids are given (newId: time-ordered), not left to the columns' random default, so the batch's rows share index pages. */
  private async insert(sql: string, rows: Record<string, unknown>[], extra: unknown[] = []): Promise<void> {
    for (let i = 0; i < rows.length; i += 5000) await this.tx.manager.query(sql, [JSON.stringify(rows.slice(i, i + 5000)), ...extra]);
  }
}
