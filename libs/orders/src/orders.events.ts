declare module '@tradewind/platform' {
  interface DomainEventMap {
    /** An order was created (by hand, from a quotation, or by an import). */
    'orders.order.created': { orderId: string; customerId: string; origin: 'manual' | 'quotation' | 'import' };
    /** A batch of orders:import was written (one transaction); its customers' figures are to be recomputed. */
    'orders.orders.imported': { orderCount: number; customerIds: string[] };
    /** An order moved to another stage. */
    'orders.order.stageChanged': { orderId: string; customerId: string; ownerId: string; from: string; to: string };
    /** Production slipped: the expected ship date moved (and the order may be at risk). */
    'orders.order.delayed': { orderId: string; ownerId: string; number: string; milestone: string; days: number; expectedShipDate: string | null; atRisk: boolean };
    /** A confirmed order passed its agreed delivery date without shipping (told once per date). */
    'orders.order.late': { orderId: string; ownerId: string; number: string; deliveryDate: string; daysLate: number };
    /** A comment was added; mentioned users are to be notified. */
    'orders.comment.added': { orderId: string; number: string; commentId: string; authorId: string; mentionedUserIds: string[] };
    /** A customer's order figures changed (orders, quotations, revenue, receivables), in the reporting currency. */
    'orders.customerFigures.changed': {
      customerId: string;
      orderCount: number;
      openQuotationCount: number;
      firstOrderDate: string | null;
      lastOrderDate: string | null;
      revenue: string;
      revenue12m: string;
      orders12m: number;
      currency: string;
      receivableOpen: string;
      receivableOverdue: string;
    };
  }

  interface JobMap {
    /** Mark quotations past their validity date expired. */
    'orders.expireQuotations': Record<string, never>;
    /** Recompute the receivables and order figures of customers (nightly: overdue amounts change with the date). */
    'orders.refreshCustomerFigures': { customerIds?: string[] };
    /** Tell owners about confirmed orders that passed their delivery date without shipping. */
    'orders.noticeLateDeliveries': Record<string, never>;
  }
}

export const ORDERS_JOBS = ['orders.expireQuotations', 'orders.refreshCustomerFigures', 'orders.noticeLateDeliveries'] as const;
