import { Injectable } from '@nestjs/common';
import { DomainEventEnvelope, EventHandler, HandlesEvent, TransactionHost } from '@tradewind/platform';
import { GradingService } from '../grading/grading.service';

/** Keeps the CRM's copy of a customer's order figures and regrades the customer. */
@Injectable()
@EventHandler({ event: 'orders.customerFigures.changed', name: 'crm.updateOrderFigures' })
export class OnCustomerFiguresChanged implements HandlesEvent<'orders.customerFigures.changed'> {
  constructor(
    private readonly tx: TransactionHost,
    private readonly grading: GradingService,
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
    await this.grading.recompute([f.customerId]);
  }
}
