import { Injectable } from '@nestjs/common';
import { AuditTrail, DomainEventEnvelope, EventHandler, HandlesEvent, TransactionHost } from '@tradewind/platform';
import { ActivityService } from '../activity/activity.service';
import { GradingService } from '../grading/grading.service';

/**
 * Keeps the CRM's copy of a customer's order figures and regrades the customer; a lead or prospect
 * with a confirmed order has become a customer, and its stage says so (on the timeline and audited).
 */
@Injectable()
@EventHandler({ event: 'orders.customerFigures.changed', name: 'crm.updateOrderFigures' })
export class OnCustomerFiguresChanged implements HandlesEvent<'orders.customerFigures.changed'> {
  constructor(
    private readonly tx: TransactionHost,
    private readonly grading: GradingService,
    private readonly activities: ActivityService,
    private readonly audit: AuditTrail,
  ) {}

  async handle(event: DomainEventEnvelope<'orders.customerFigures.changed'>): Promise<void> {
    const f = event.payload;
    // Figures are absolute, so an older event arriving late must not overwrite a newer one.
    await this.tx.manager.query(
      `INSERT INTO customer_order_stats AS s (customer_id, order_count, open_quotation_count, first_order_date, last_order_date, revenue_amount, revenue12m_amount, orders12m, revenue_currency, receivable_open_amount, receivable_overdue_amount, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (customer_id) DO UPDATE SET
         order_count = EXCLUDED.order_count, open_quotation_count = EXCLUDED.open_quotation_count, first_order_date = EXCLUDED.first_order_date,
         last_order_date = EXCLUDED.last_order_date, revenue_amount = EXCLUDED.revenue_amount, revenue12m_amount = EXCLUDED.revenue12m_amount,
         orders12m = EXCLUDED.orders12m, revenue_currency = EXCLUDED.revenue_currency, receivable_open_amount = EXCLUDED.receivable_open_amount,
         receivable_overdue_amount = EXCLUDED.receivable_overdue_amount, updated_at = EXCLUDED.updated_at
       WHERE s.updated_at <= EXCLUDED.updated_at`,
      [f.customerId, f.orderCount, f.openQuotationCount, f.firstOrderDate, f.lastOrderDate, f.revenue, f.revenue12m, f.orders12m, f.currency, f.receivableOpen, f.receivableOverdue, event.occurredAt],
    );
    if (f.orderCount > 0) await this.promoteToCustomer(f.customerId);
    await this.grading.recompute([f.customerId]);
  }

  private async promoteToCustomer(customerId: string): Promise<void> {
    // Only from the stages before the first order: dormant or lost is a person's judgement, and old
    // orders must not overrule it when the figures are refreshed.
    const [promoted]: [{ from: string }[], number] = await this.tx.manager.query(
      `UPDATE customer c SET stage = 'customer', version = c.version + 1, updated_at = now()
       FROM (SELECT id, stage FROM customer WHERE id = $1 AND stage IN ('lead', 'prospect') FOR UPDATE) before
       WHERE c.id = before.id
       RETURNING before.stage AS from`,
      [customerId],
    );
    if (promoted.length === 0) return;
    const from = promoted[0].from;
    await this.activities.record({ customerId, type: 'status_change', data: { from, to: 'customer', reason: 'first_order' }, authorId: null });
    await this.audit.record({ entityType: 'customer', entityId: customerId, action: 'updated', changes: { stage: { from, to: 'customer' } } });
  }
}
