import { Injectable } from '@nestjs/common';
import { DomainEventEnvelope, EventHandler, HandlesEvent, TransactionHost, User } from '@tradewind/platform';
import { NotificationService } from '../notification/notification.service';

/** Tells the owner that production slipped (and whether the order is now at risk). */
@Injectable()
@EventHandler({ event: 'orders.order.delayed', name: 'alerts.notifyProductionDelay' })
export class NotifyProductionDelay implements HandlesEvent<'orders.order.delayed'> {
  constructor(private readonly notifications: NotificationService) {}

  async handle(event: DomainEventEnvelope<'orders.order.delayed'>): Promise<void> {
    const { orderId, ownerId, number, milestone, days, expectedShipDate, atRisk } = event.payload;
    await this.notifications.notify({
      userId: ownerId,
      kind: 'order_at_risk',
      text: `${number}: ${milestone.replace(/_/g, ' ')} slipped ${days} day${days === 1 ? '' : 's'}; expected to ship ${expectedShipDate ?? 'unknown'}${atRisk ? ' — after the agreed delivery date' : ''}`,
      params: { orderId, number, milestone, days, expectedShipDate, atRisk: atRisk ? 1 : 0 },
      link: `/orders/${orderId}`,
      sourceKey: event.id,
    });
  }
}

/** Tells the owner that a confirmed order passed its agreed delivery date without shipping. */
@Injectable()
@EventHandler({ event: 'orders.order.late', name: 'alerts.notifyLateDelivery' })
export class NotifyLateDelivery implements HandlesEvent<'orders.order.late'> {
  constructor(private readonly notifications: NotificationService) {}

  async handle(event: DomainEventEnvelope<'orders.order.late'>): Promise<void> {
    const { orderId, ownerId, number, deliveryDate, daysLate } = event.payload;
    await this.notifications.notify({
      userId: ownerId,
      kind: 'order_late',
      text: `${number} has not shipped ${daysLate} day${daysLate === 1 ? '' : 's'} after the agreed delivery date (${deliveryDate})`,
      params: { orderId, number, deliveryDate, days: daysLate },
      link: `/orders/${orderId}`,
      sourceKey: event.id,
    });
  }
}

/** Tells each @mentioned colleague about the comment. */
@Injectable()
@EventHandler({ event: 'orders.comment.added', name: 'alerts.notifyMentions' })
export class NotifyMentions implements HandlesEvent<'orders.comment.added'> {
  constructor(
    private readonly notifications: NotificationService,
    private readonly tx: TransactionHost,
  ) {}

  async handle(event: DomainEventEnvelope<'orders.comment.added'>): Promise<void> {
    const { orderId, number, commentId, authorId, mentionedUserIds } = event.payload;
    const author = await this.tx.manager.findOneBy(User, { id: authorId });
    for (const userId of mentionedUserIds.filter((id) => id !== authorId)) {
      await this.notifications.notify({
        userId,
        kind: 'mention',
        text: `${author?.displayName ?? 'A colleague'} mentioned you on ${number}`,
        params: { orderId, number, commentId, authorName: author?.displayName ?? null },
        link: `/orders/${orderId}`,
        sourceKey: event.id,
      });
    }
  }
}
