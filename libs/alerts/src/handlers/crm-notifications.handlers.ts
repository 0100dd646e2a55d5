import { Injectable } from '@nestjs/common';
import { DomainEventEnvelope, EventHandler, HandlesEvent, TransactionHost, User } from '@tradewind/platform';
import { CrmFacade } from '@tradewind/crm';
import { NotificationService } from '../notification/notification.service';

async function customerName(crm: CrmFacade, id: string): Promise<string> {
  return (await crm.findCustomers([id]))[0]?.name ?? 'a customer';
}

/** Reminds the assignee of a follow-up that is due. */
@Injectable()
@EventHandler({ event: 'crm.followUp.reminderDue', name: 'alerts.notifyFollowUpDue' })
export class NotifyFollowUpDue implements HandlesEvent<'crm.followUp.reminderDue'> {
  constructor(
    private readonly notifications: NotificationService,
    private readonly crm: CrmFacade,
  ) {}

  async handle(event: DomainEventEnvelope<'crm.followUp.reminderDue'>): Promise<void> {
    const { followUpId, assigneeId, customerId, dueAt } = event.payload;
    const name = await customerName(this.crm, customerId);
    await this.notifications.notify({
      userId: assigneeId,
      kind: 'follow_up_due',
      text: `Follow up with ${name} (due ${dueAt})`,
      params: { customerId, customerName: name, followUpId, dueAt },
      link: `/customers/${customerId}`,
      sourceKey: event.id,
    });
  }
}

/** Warns an owner that an idle customer goes back to the pool soon. */
@Injectable()
@EventHandler({ event: 'crm.customer.poolReturnWarned', name: 'alerts.notifyPoolReturn' })
export class NotifyPoolReturn implements HandlesEvent<'crm.customer.poolReturnWarned'> {
  constructor(
    private readonly notifications: NotificationService,
    private readonly crm: CrmFacade,
  ) {}

  async handle(event: DomainEventEnvelope<'crm.customer.poolReturnWarned'>): Promise<void> {
    const { customerId, ownerId, returnsOn } = event.payload;
    const name = await customerName(this.crm, customerId);
    await this.notifications.notify({
      userId: ownerId,
      kind: 'pool_return_warning',
      text: `${name} returns to the pool on ${returnsOn} unless you log an activity`,
      params: { customerId, customerName: name, returnsOn },
      link: `/customers/${customerId}`,
      sourceKey: event.id,
    });
  }
}

/** Tells an owner of a contact's birthday or a customer's company anniversary a few days ahead. */
@Injectable()
@EventHandler({ event: 'crm.keyDate.approaching', name: 'alerts.notifyKeyDate' })
export class NotifyKeyDate implements HandlesEvent<'crm.keyDate.approaching'> {
  constructor(
    private readonly notifications: NotificationService,
    private readonly crm: CrmFacade,
  ) {}

  async handle(event: DomainEventEnvelope<'crm.keyDate.approaching'>): Promise<void> {
    const { kind, occursOn, years, customerId, ownerId, contactName } = event.payload;
    const name = await customerName(this.crm, customerId);
    await this.notifications.notify({
      userId: ownerId,
      kind: 'key_date',
      text: kind === 'birthday' ? `${contactName ?? 'A contact'} of ${name} has a birthday on ${occursOn}` : `${name} turns ${years} on ${occursOn}`,
      params: { keyDate: kind, customerId, customerName: name, contactName, occursOn, years },
      link: `/customers/${customerId}`,
      sourceKey: event.id,
    });
  }
}

/** Tells a user a customer was given to them by someone else (not when they claimed it). */
@Injectable()
@EventHandler({ event: 'crm.customer.ownerChanged', name: 'alerts.notifyNewOwner' })
export class NotifyNewOwner implements HandlesEvent<'crm.customer.ownerChanged'> {
  constructor(
    private readonly notifications: NotificationService,
    private readonly crm: CrmFacade,
    private readonly tx: TransactionHost,
  ) {}

  async handle(event: DomainEventEnvelope<'crm.customer.ownerChanged'>): Promise<void> {
    const { customerId, toUserId, reason } = event.payload;
    if (!toUserId || toUserId === event.actorUserId) return;
    const name = await customerName(this.crm, customerId);
    const by = event.actorUserId ? await this.tx.manager.findOneBy(User, { id: event.actorUserId }) : null;
    await this.notifications.notify({
      userId: toUserId,
      kind: 'customer_assigned',
      text: `${name} is now yours (${reason}${by ? ` by ${by.displayName}` : ''})`,
      params: { customerId, customerName: name, reason, byName: by?.displayName ?? null },
      link: `/customers/${customerId}`,
      sourceKey: event.id,
    });
  }
}

/**
 * Tells the owner of a customer merged into another (by someone else) where it went: its record,
 * contacts and follow-ups are the survivor's now, which may be a colleague's they cannot open.
 */
@Injectable()
@EventHandler({ event: 'crm.customer.merged', name: 'alerts.notifyMergedCustomerOwner' })
export class NotifyMergedCustomerOwner implements HandlesEvent<'crm.customer.merged'> {
  constructor(
    private readonly notifications: NotificationService,
    private readonly tx: TransactionHost,
  ) {}

  async handle(event: DomainEventEnvelope<'crm.customer.merged'>): Promise<void> {
    const { survivorId, mergedName, mergedOwnerId, survivorName, survivorOwnerId } = event.payload;
    if (!mergedOwnerId || mergedOwnerId === event.actorUserId || mergedOwnerId === survivorOwnerId) return;
    const [by, owner] = await Promise.all([event.actorUserId, survivorOwnerId].map((id) => (id ? this.tx.manager.findOneBy(User, { id }) : null)));
    await this.notifications.notify({
      userId: mergedOwnerId,
      kind: 'customer_merged',
      text: `${mergedName} was merged into ${survivorName}${owner ? `, ${owner.displayName}'s customer` : ''}${by ? ` by ${by.displayName}` : ''}`,
      params: { customerId: survivorId, customerName: survivorName ?? null, mergedName: mergedName ?? null, ownerName: owner?.displayName ?? null, byName: by?.displayName ?? null },
      link: `/customers/${survivorId}`,
      sourceKey: event.id,
    });
  }
}

/** Tells whoever started an import that it finished. */
@Injectable()
@EventHandler({ event: 'crm.customers.imported', name: 'alerts.notifyImportFinished' })
export class NotifyImportFinished implements HandlesEvent<'crm.customers.imported'> {
  constructor(private readonly notifications: NotificationService) {}

  async handle(event: DomainEventEnvelope<'crm.customers.imported'>): Promise<void> {
    const { importId, created, merged, errors, byUserId } = event.payload;
    if (!byUserId) return;
    await this.notifications.notify({
      userId: byUserId,
      kind: 'import_finished',
      text: `Customer import finished: ${created} created, ${merged} merged, ${errors} errors`,
      params: { importId, created, merged, errors },
      link: importId ? `/customers/import/${importId}` : '/customers',
      sourceKey: event.id,
    });
  }
}
