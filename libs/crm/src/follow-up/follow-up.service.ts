import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { In, IsNull, LessThanOrEqual } from 'typeorm';
import {
  actorUserId,
  AuditTrail,
  ConflictError,
  currentActor,
  dataScopeOf,
  diffFields,
  EventPublisher,
  keysetPage,
  NotFoundError,
  Page,
  PageArgs,
  RuleViolationError,
  Transactional,
  TransactionHost,
  userActor,
  UsersService,
  ValidationFailedError,
} from '@tradewind/platform';
import { ActivityService } from '../activity/activity.service';
import { Activity, ActivityType } from '../activity/activity.entity';
import { Contact } from '../contact/contact.entity';
import { applyCustomerScope } from '../customer/customer-scope';
import { CustomerService } from '../customer/customer.service';
import { Customer } from '../customer/customer.entity';
import { OwnershipService } from '../pool/ownership.service';
import { FollowUp, FollowUpType } from './follow-up.entity';

export interface FollowUpData {
  customerId: string;
  contactId?: string;
  assigneeId?: string;
  dueAt: Date;
  type?: FollowUpType;
  note?: string;
}

export interface FollowUpFilter {
  assigneeId?: string;
  customerId?: string;
  /** "due today / overdue" in the assignee's (or caller's) time zone. */
  due?: 'overdue' | 'today' | 'today_or_overdue' | 'upcoming';
  from?: Date;
  to?: Date;
  includeDone?: boolean;
}

export interface LogActivityData {
  customerId: string;
  type: ActivityType;
  subject?: string;
  body?: string;
  contactId?: string;
  occurredAt?: Date;
  /** Logging an activity from a follow-up completes it. */
  followUpId?: string;
}

// How far ahead of this server's clock a browser's clock may run when it stamps an activity "now".
const CLOCK_SKEW_MS = 5 * 60_000;

/** Follow-up tasks with reminders, and logging customer activities (which completes follow-ups). */
@Injectable()
export class FollowUpService {
  constructor(
    readonly tx: TransactionHost,
    private readonly customers: CustomerService,
    private readonly ownership: OwnershipService,
    private readonly activities: ActivityService,
    private readonly audit: AuditTrail,
    private readonly events: EventPublisher,
    private readonly users: UsersService,
  ) {}

  @Transactional()
  async create(data: FollowUpData): Promise<FollowUp> {
    const customer = await this.customers.getVisible(data.customerId);
    const assigneeId = data.assigneeId ?? actorUserId(currentActor());
    if (!assigneeId) throw ValidationFailedError.field('input.assigneeId', 'give the user who should follow up');
    await this.requireAssigneeWhoSees(customer, assigneeId);
    if (data.contactId) await this.requireContactOf(customer.id, data.contactId);
    const followUp = await this.tx.manager.save(
      this.tx.manager.create(FollowUp, {
        customerId: customer.id,
        contactId: data.contactId ?? null,
        assigneeId,
        dueAt: data.dueAt,
        type: data.type ?? 'call',
        note: data.note?.trim() || null,
        origin: 'manual',
        createdById: actorUserId(currentActor()),
      }),
    );
    await this.audit.record({ entityType: 'follow_up', entityId: followUp.id, action: 'created', changes: { dueAt: { from: null, to: followUp.dueAt } } });
    return followUp;
  }

  @Transactional()
  async update(
    id: string,
    data: Partial<Omit<FollowUpData, 'customerId' | 'note' | 'contactId'>> & { version?: number; note?: string | null; contactId?: string | null },
  ): Promise<FollowUp> {
    const followUp = await this.getVisible(id);
    if (data.version !== undefined && data.version !== followUp.version) throw new ConflictError(`follow-up ${id} was changed by someone else`, 'STALE_VERSION');
    if (followUp.doneAt) throw new RuleViolationError('this follow-up is already done', 'CRM_FOLLOW_UP_DONE');
    if (data.assigneeId && data.assigneeId !== followUp.assigneeId) await this.requireAssigneeWhoSees(await this.customers.getVisible(followUp.customerId), data.assigneeId);
    if (data.contactId) await this.requireContactOf(followUp.customerId, data.contactId);
    const patch: Partial<FollowUp> = {
      ...(data.assigneeId ? { assigneeId: data.assigneeId } : {}),
      ...(data.dueAt ? { dueAt: data.dueAt, reminderSentAt: null } : {}),
      ...(data.type ? { type: data.type } : {}),
      ...(data.note !== undefined ? { note: data.note?.trim() || null } : {}),
      ...(data.contactId !== undefined ? { contactId: data.contactId || null } : {}),
    };
    const changes = diffFields(followUp, patch, ['assigneeId', 'dueAt', 'type', 'note', 'contactId']);
    Object.assign(followUp, patch);
    await this.tx.manager.save(followUp);
    if (Object.keys(changes).length) await this.audit.record({ entityType: 'follow_up', entityId: id, action: 'updated', changes });
    return followUp;
  }

  /**
   * The assignee must be able to open the customer (its reminder names it). A colleague who cannot is
   * given a share of it when the caller may share it (its owner, a manager), as asking them to follow
   * up means; otherwise the assignment is refused.
   */
  private async requireAssigneeWhoSees(customer: Customer, assigneeId: string): Promise<void> {
    const assignee = await this.ownership.requireActiveUser(assigneeId, 'input.assigneeId');
    const scope = dataScopeOf(userActor(assignee));
    const visible = await applyCustomerScope(this.tx.manager.createQueryBuilder(Customer, 'c').where('c.id = :id', { id: customer.id }), scope).getExists();
    if (visible) return;
    try {
      this.ownership.requireOwnerOrManager(customer, 'share it');
    } catch {
      throw ValidationFailedError.field(
        'input.assigneeId',
        `${assignee.displayName} cannot open ${customer.name}; its owner or a manager can share it with them first`,
        undefined,
        `${assignee.displayName}无权查看${customer.name}；请客户负责人或经理先共享给对方`,
      );
    }
    await this.ownership.share(customer.id, assignee.id, 'follow_up');
  }

  /** A contact id given with a customer's follow-up or activity must be one of that customer's contacts. */
  private async requireContactOf(customerId: string, contactId: string): Promise<void> {
    if (!(await this.tx.manager.existsBy(Contact, { id: contactId, customerId }))) throw ValidationFailedError.field('input.contactId', `${contactId} is not a contact of this customer`);
  }

  /** Logs a call, e-mail, meeting, note or message on the customer's timeline. */
  @Transactional()
  async logActivity(data: LogActivityData): Promise<{ activity: Activity; completed: FollowUp | null }> {
    const customer = await this.customers.getVisible(data.customerId);
    let followUp: FollowUp | null = null;
    if (data.followUpId) {
      followUp = await this.getVisible(data.followUpId);
      if (followUp.customerId !== customer.id) throw ValidationFailedError.field('input.followUpId', 'this follow-up belongs to another customer');
      if (followUp.doneAt) throw new RuleViolationError('this follow-up is already done', 'CRM_FOLLOW_UP_DONE');
    }
    if (data.contactId) await this.requireContactOf(customer.id, data.contactId);
    // A future date would also keep the customer "active" until then, out of the pool's idle return.
    if (data.occurredAt && data.occurredAt.getTime() > Date.now() + CLOCK_SKEW_MS) {
      throw ValidationFailedError.field('input.occurredAt', 'an activity is logged once it has happened: the date cannot be in the future (plan it as a follow-up)');
    }
    const activity = await this.activities.record({
      customerId: customer.id,
      type: data.type,
      subject: data.subject?.trim() || null,
      body: data.body?.trim() || null,
      contactId: data.contactId ?? followUp?.contactId ?? null,
      occurredAt: data.occurredAt,
      authorId: actorUserId(currentActor()),
    });
    if (followUp) {
      followUp.doneAt = new Date();
      followUp.doneActivityId = activity.id;
      await this.tx.manager.save(followUp);
      await this.audit.record({ entityType: 'follow_up', entityId: followUp.id, action: 'completed', changes: { doneActivityId: { from: null, to: activity.id } } });
    }
    await this.audit.record({ entityType: 'activity', entityId: activity.id, action: 'created', changes: { customerId: { from: null, to: customer.id } } });
    return { activity, completed: followUp };
  }

  async getVisible(id: string): Promise<FollowUp> {
    const qb = this.tx.manager
      .createQueryBuilder(FollowUp, 'f')
      .innerJoin(Customer, 'c', 'c.id = f.customer_id')
      .where('f.id = :id', { id });
    applyCustomerScope(qb, dataScopeOf(currentActor()));
    const followUp = await qb.getOne();
    if (!followUp) throw new NotFoundError('follow-up', id, 'CRM_FOLLOW_UP_NOT_FOUND');
    return followUp;
  }

  /** Follow-ups of customers the caller may see, by due time (a calendar asks with from/to). */
  async list(filter: FollowUpFilter, page: PageArgs): Promise<Page<FollowUp>> {
    const actor = currentActor();
    if (filter.from && filter.to && filter.from >= filter.to) throw ValidationFailedError.field('filter.to', 'must be after from (the range is from inclusive to exclusive)', undefined, '结束时间须晚于开始时间');
    const qb = this.tx.manager.createQueryBuilder(FollowUp, 'f').innerJoin(Customer, 'c', 'c.id = f.customer_id');
    applyCustomerScope(qb, dataScopeOf(actor));
    if (filter.assigneeId) qb.andWhere('f.assignee_id = :assigneeId', { assigneeId: filter.assigneeId });
    if (filter.customerId) qb.andWhere('f.customer_id = :customerId', { customerId: filter.customerId });
    if (!filter.includeDone) qb.andWhere('f.done_at IS NULL');
    if (filter.from) qb.andWhere('f.due_at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('f.due_at < :to', { to: filter.to });
    if (filter.due) {
      const zone = await this.users.timeZoneOf(filter.assigneeId ?? actorUserId(actor));
      const startOfToday = DateTime.now().setZone(zone).startOf('day');
      const startOfTomorrow = startOfToday.plus({ days: 1 });
      const now = new Date();
      switch (filter.due) {
        case 'overdue':
          qb.andWhere('f.due_at < :now', { now });
          break;
        case 'today':
          qb.andWhere('f.due_at >= :dayStart AND f.due_at < :dayEnd', { dayStart: startOfToday.toJSDate(), dayEnd: startOfTomorrow.toJSDate() });
          break;
        case 'today_or_overdue':
          qb.andWhere('f.due_at < :dayEnd', { dayEnd: startOfTomorrow.toJSDate() });
          break;
        case 'upcoming':
          qb.andWhere('f.due_at >= :now', { now });
          break;
      }
    }
    return keysetPage(qb, page, {
      expression: "date_trunc('milliseconds', f.due_at)",
      direction: 'ASC',
      valueOf: (f) => f.dueAt,
      idExpression: 'f.id',
      idOf: (f) => f.id,
    });
  }

  /** Publishes a reminder for each open follow-up due within `leadMinutes` that has none yet. */
  @Transactional()
  async sendDueReminders(leadMinutes = 15, now = new Date()): Promise<number> {
    const due = await this.tx.manager.find(FollowUp, {
      where: { doneAt: IsNull(), reminderSentAt: IsNull(), dueAt: LessThanOrEqual(new Date(now.getTime() + leadMinutes * 60_000)) },
      lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' },
      take: 5000,
    });
    if (due.length === 0) return 0;
    await this.tx.manager.update(FollowUp, { id: In(due.map((f) => f.id)) }, { reminderSentAt: now });
    await this.events.publishMany(
      due.map((f) => ({ name: 'crm.followUp.reminderDue' as const, payload: { followUpId: f.id, assigneeId: f.assigneeId, customerId: f.customerId, dueAt: f.dueAt.toISOString() } })),
    );
    return due.length;
  }

  /** Creates policy follow-ups for customers without an open one whose last contact is older than their grade's interval. */
  async createPolicyFollowUps(entries: { customerId: string; assigneeId: string; dueAt: Date }[]): Promise<number> {
    if (entries.length === 0) return 0;
    const open = await this.tx.manager.find(FollowUp, { select: { customerId: true }, where: { customerId: In(entries.map((e) => e.customerId)), doneAt: IsNull() } });
    const hasOpen = new Set(open.map((f) => f.customerId));
    const rows = entries.filter((e) => !hasOpen.has(e.customerId)).map((e) => ({ ...e, type: 'call' as const, origin: 'policy' as const, note: null, contactId: null, createdById: null }));
    let created = 0;
    for (let i = 0; i < rows.length; i += 1000) {
      // Another grading of the same customer may have just created one (follow_up_open_policy_uq).
      const result = await this.tx.manager.createQueryBuilder().insert().into(FollowUp).values(rows.slice(i, i + 1000)).orIgnore().returning('id').execute();
      created += (result.raw as unknown[]).length;
    }
    return created;
  }

  /**
   * A deactivated user's open follow-ups, which the handover did not move (those on customers they did
   * not own), go to each customer's owner, or else to whoever set the follow-up, so no reminder goes to
   * someone who can no longer sign in. Those with neither (a pool customer, a policy follow-up) stay
   * with the user, who still shows as their assignee. Returns how many moved.
   */
  async reassignFromDeactivated(userId: string): Promise<number> {
    // An UPDATE answers [rows, count].
    const [moved]: [{ id: string }[], number] = await this.tx.manager.query(
      `WITH target AS (
         SELECT f.id, coalesce(owner.id, creator.id) AS assignee_id
         FROM follow_up f
         JOIN customer c ON c.id = f.customer_id
         LEFT JOIN app_user owner ON owner.id = c.owner_id AND owner.active AND owner.id <> $1
         LEFT JOIN app_user creator ON creator.id = f.created_by_id AND creator.active AND creator.id <> $1
         WHERE f.assignee_id = $1 AND f.done_at IS NULL
       )
       UPDATE follow_up f SET assignee_id = t.assignee_id, reminder_sent_at = NULL, version = f.version + 1, updated_at = now()
       FROM target t WHERE f.id = t.id AND t.assignee_id IS NOT NULL
       RETURNING f.id`,
      [userId],
    );
    if (moved.length) {
      await this.audit.record({ entityType: 'user', entityId: userId, action: 'follow_ups_reassigned', changes: { followUps: { from: null, to: moved.length } } });
    }
    return moved.length;
  }

  /**
   * Open follow-ups go with their customer when a new owner takes it (claim, assignment, rule): those
   * its previous owner was to do pass to the new one, who now answers for the customer. For a customer
   * taken from the pool, the previous owner is whoever held it before it went there (their manual
   * follow-ups stayed with them meanwhile: see dropPolicyFollowUps). Returns how many moved.
   */
  async passToNewOwner(changes: { customerId: string; fromUserId: string | null; toUserId: string }[]): Promise<number> {
    if (changes.length === 0) return 0;
    // An UPDATE answers [rows, count]. The reminder is sent again: the new assignee has had none.
    const [moved]: [{ id: string }[], number] = await this.tx.manager.query(
      `WITH change AS (
         SELECT x.customer_id, x.to_user_id,
           coalesce(x.from_user_id, (SELECT oc.from_user_id FROM customer_owner_change oc
             WHERE oc.customer_id = x.customer_id AND oc.to_user_id IS NULL AND oc.from_user_id IS NOT NULL ORDER BY oc.at DESC, oc.id DESC LIMIT 1)) AS from_user_id
         FROM jsonb_to_recordset($1::jsonb) AS x(customer_id uuid, from_user_id uuid, to_user_id uuid)
       )
       UPDATE follow_up f SET assignee_id = c.to_user_id, reminder_sent_at = NULL, version = f.version + 1, updated_at = now()
       FROM change c
       WHERE f.customer_id = c.customer_id AND f.assignee_id = c.from_user_id AND f.assignee_id <> c.to_user_id AND f.done_at IS NULL
       RETURNING f.id`,
      [JSON.stringify(changes.map((c) => ({ customer_id: c.customerId, from_user_id: c.fromUserId, to_user_id: c.toUserId })))],
    );
    return moved.length;
  }

  /**
   * A customer back in the pool has nobody to keep its grade's contact policy: its open policy
   * follow-ups go (the next owner's grading plans theirs), so the previous owner is not reminded of a
   * customer they no longer hold. Follow-ups someone planned by hand stay with them: the pool is open to
   * everyone, and they pass to whoever takes the customer next (passToNewOwner).
   */
  async dropPolicyFollowUps(customerIds: string[]): Promise<number> {
    if (customerIds.length === 0) return 0;
    const result = await this.tx.manager.delete(FollowUp, { customerId: In(customerIds), origin: 'policy', doneAt: IsNull() });
    return result.affected ?? 0;
  }

  /** Moves open follow-ups of customers to their new assignee (handover). */
  async reassignOpen(customerIds: string[], fromUserId: string, toUserId: string): Promise<number> {
    if (customerIds.length === 0) return 0;
    let moved = 0;
    for (let i = 0; i < customerIds.length; i += 1000) {
      const result = await this.tx.manager.update(FollowUp, { customerId: In(customerIds.slice(i, i + 1000)), assigneeId: fromUserId, doneAt: IsNull() }, { assigneeId: toUserId });
      moved += result.affected ?? 0;
    }
    return moved;
  }

  /**
   * A merge moves the merged customer's follow-ups to the survivor. Open ones a salesperson other than
   * the survivor's owner was to do go to that owner: their assignee would no longer see the customer,
   * and the task would drop off every calendar. The survivor keeps its own open policy follow-up (one
   * per customer) rather than gaining a second.
   */
  async moveToCustomer(fromCustomerId: string, toCustomerId: string, toOwnerId: string | null): Promise<void> {
    await this.tx.manager.query(
      `DELETE FROM follow_up f WHERE f.customer_id = $1 AND f.origin = 'policy' AND f.done_at IS NULL
         AND EXISTS (SELECT 1 FROM follow_up g WHERE g.customer_id = $2 AND g.origin = 'policy' AND g.done_at IS NULL)`,
      [fromCustomerId, toCustomerId],
    );
    if (toOwnerId) {
      await this.tx.manager.query(
        `UPDATE follow_up f SET assignee_id = $2 FROM app_user u
          WHERE f.customer_id = $1 AND f.done_at IS NULL AND u.id = f.assignee_id AND u.role = 'sales' AND f.assignee_id <> $2`,
        [fromCustomerId, toOwnerId],
      );
    }
    await this.tx.manager.update(FollowUp, { customerId: fromCustomerId }, { customerId: toCustomerId });
  }
}
