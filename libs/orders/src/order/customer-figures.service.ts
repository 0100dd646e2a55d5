import { Injectable } from '@nestjs/common';
import { EventPublisher, TransactionHost } from '@tradewind/platform';
import { companyToday, decimal, groupBy } from '@tradewind/shared';
import { OrdersSettingsService } from '../settings/orders-settings.service';
import { bindingStageCondition } from '../order-stages';

interface FigureRow {
  customer_id: string;
  currency: string;
  order_count: string;
  first_order_date: string | null;
  last_order_date: string | null;
  revenue: string;
  revenue_12m: string;
  orders_12m: string;
  open: string;
  overdue: string;
}

/**
 * Sums a customer's orders into the figures the CRM shows and grades by (order count, revenue,
 * receivables), converted to the reporting currency, and publishes them as an event: the CRM never
 * reads order tables.
 */
@Injectable()
export class CustomerFiguresService {
  constructor(
    readonly tx: TransactionHost,
    private readonly settings: OrdersSettingsService,
    private readonly events: EventPublisher,
  ) {}

  async publishFor(customerIds: readonly string[]): Promise<void> {
    if (customerIds.length === 0) return;
    const { reportingCurrency, fxRates } = await this.settings.get();
    const ids = [...new Set(customerIds)];
    // Receivables as the order page shows them (isInstallmentOverdue), summed per customer and currency:
    // open after the due date, binding orders only.
    const rows: FigureRow[] = await this.tx.manager.query(
      `SELECT o.customer_id, o.currency,
              count(*) AS order_count, min(o.order_date)::text AS first_order_date, max(o.order_date)::text AS last_order_date,
              sum(o.total)::text AS revenue,
              coalesce(sum(o.total) FILTER (WHERE o.order_date >= $2::date - interval '12 months'), 0)::text AS revenue_12m,
              count(*) FILTER (WHERE o.order_date >= $2::date - interval '12 months') AS orders_12m,
              coalesce(sum(i.open), 0)::text AS open, coalesce(sum(i.overdue), 0)::text AS overdue
       FROM sales_order o
       LEFT JOIN LATERAL (
         SELECT sum(amount - paid_amount) AS open, sum(amount - paid_amount) FILTER (WHERE due_date < $2::date) AS overdue
         FROM order_installment WHERE order_id = o.id
       ) i ON true
       WHERE o.customer_id = ANY($1::uuid[]) AND ${bindingStageCondition('o')}
       GROUP BY o.customer_id, o.currency`,
      // The company's date, not the database session's (UTC here): an installment due today is not overdue yet in China.
      [ids, companyToday()],
    );
    const quotations: { customer_id: string; n: string }[] = await this.tx.manager.query(
      `SELECT customer_id, count(*) AS n FROM quotation WHERE customer_id = ANY($1::uuid[]) AND is_latest AND status IN ('draft', 'sent') GROUP BY customer_id`,
      [ids],
    );
    const toReporting = (amount: string, currency: string) => decimal(amount).times(fxRates[currency] ?? '0');
    const rowsOf = groupBy(rows, (r) => r.customer_id);
    const openQuotations = new Map(quotations.map((q) => [q.customer_id, Number(q.n)]));
    // One outbox write for all of them: an import touches thousands of customers.
    await this.events.publishMany(
      ids.map((customerId) => {
        const mine = rowsOf.get(customerId) ?? [];
        const sum = (pick: (r: FigureRow) => string) => mine.reduce((acc, r) => acc.plus(toReporting(pick(r), r.currency)), decimal(0)).toDecimalPlaces(2).toFixed(2);
        const dates = (pick: (r: FigureRow) => string | null) => mine.map(pick).filter((d): d is string => d !== null).sort();
        return {
          name: 'orders.customerFigures.changed' as const,
          payload: {
            customerId,
            orderCount: mine.reduce((n, r) => n + Number(r.order_count), 0),
            openQuotationCount: openQuotations.get(customerId) ?? 0,
            firstOrderDate: dates((r) => r.first_order_date)[0] ?? null,
            lastOrderDate: dates((r) => r.last_order_date).at(-1) ?? null,
            revenue: sum((r) => r.revenue),
            revenue12m: sum((r) => r.revenue_12m),
            orders12m: mine.reduce((n, r) => n + Number(r.orders_12m), 0),
            currency: reportingCurrency,
            receivableOpen: sum((r) => r.open),
            receivableOverdue: sum((r) => r.overdue),
          },
        };
      }),
    );
  }
}
