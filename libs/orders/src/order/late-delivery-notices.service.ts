import { Injectable } from '@nestjs/common';
import { EventPublisher, Transactional, TransactionHost } from '@tradewind/platform';
import { companyToday } from '@tradewind/shared';
import { addDays, daysBetween } from '../payment-terms';
import { deliveryOverdueCondition } from './order-risk';

/**
 * Only dates passed this recently are told: an import of past orders leaves its unpaid ones confirmed
 * with delivery dates long gone, and their owners should not get a notice for each (the board still
 * shows them at risk).
 */
const NOTICE_WINDOW_DAYS = 7;

interface LateOrder {
  id: string;
  number: string;
  owner_id: string;
  delivery_date: string;
}

/** Tells owners, once per delivery date, that a confirmed order has passed it without shipping. */
@Injectable()
export class LateDeliveryNotices {
  constructor(
    private readonly tx: TransactionHost,
    private readonly events: EventPublisher,
  ) {}

  /** Returns how many orders were found late (and their owners told). */
  @Transactional()
  async send(today: string = companyToday()): Promise<number> {
    // Marked and published in one transaction: a crash tells nobody twice and forgets nobody.
    // TypeORM answers an UPDATE with [rows, count].
    const [late]: [LateOrder[], number] = await this.tx.manager.query(
      `UPDATE sales_order o SET late_notice_for = o.delivery_date
       WHERE ${deliveryOverdueCondition('o', '$1')} AND o.delivery_date >= $2::date AND o.late_notice_for IS DISTINCT FROM o.delivery_date
       RETURNING o.id, o.number, o.owner_id, o.delivery_date::text`,
      [today, addDays(today, -NOTICE_WINDOW_DAYS)],
    );
    await this.events.publishMany(late.map((o) => ({
      name: 'orders.order.late' as const,
      payload: { orderId: o.id, ownerId: o.owner_id, number: o.number, deliveryDate: o.delivery_date, daysLate: daysBetween(o.delivery_date, today) },
    })));
    return late.length;
  }
}
