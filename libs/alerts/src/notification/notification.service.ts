import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import { actorUserId, currentActor, keysetPage, Page, PageArgs, TransactionHost, UnauthenticatedError } from '@tradewind/platform';
import { Notification, NotificationKind } from './notification.entity';

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  text: string;
  params?: Record<string, string | number | null>;
  link?: string | null;
  sourceKey?: string | null;
}

/** In-app notifications: written by event handlers, read by their recipient only. */
@Injectable()
export class NotificationService {
  constructor(readonly tx: TransactionHost) {}

  async notify(notification: NewNotification): Promise<void> {
    await this.tx.manager.insert(Notification, {
      userId: notification.userId,
      kind: notification.kind,
      text: notification.text,
      params: notification.params ?? {},
      link: notification.link ?? null,
      sourceKey: notification.sourceKey ?? null,
    });
  }

  mine(page: PageArgs, unreadOnly: boolean): Promise<Page<Notification>> {
    const qb = this.tx.manager.createQueryBuilder(Notification, 'n').where('n.user_id = :userId', { userId: this.me() });
    if (unreadOnly) qb.andWhere('n.read_at IS NULL');
    return keysetPage(qb, page, { expression: "date_trunc('milliseconds', n.created_at)", direction: 'DESC', valueOf: (n) => n.createdAt, idExpression: 'n.id', idOf: (n) => n.id });
  }

  unreadCount(): Promise<number> {
    return this.tx.manager.count(Notification, { where: { userId: this.me(), readAt: IsNull() } });
  }

  /** Marks the given notifications (or all) of the caller read; returns how many changed. */
  async markRead(ids?: string[]): Promise<number> {
    const where = { userId: this.me(), readAt: IsNull(), ...(ids ? { id: In(ids) } : {}) };
    const result = await this.tx.manager.update(Notification, where, { readAt: new Date() });
    return result.affected ?? 0;
  }

  private me(): string {
    const id = actorUserId(currentActor());
    if (!id || currentActor().kind !== 'user') throw new UnauthenticatedError('notifications belong to a signed-in user');
    return id;
  }
}
