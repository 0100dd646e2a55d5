import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { actorUserId, AuditTrail, currentActor, EventPublisher, Role, TransactionHost, User, ValidationFailedError } from '@tradewind/platform';
import { Activity } from '../activity/activity.entity';
import { Customer } from '../customer/customer.entity';
import { CustomerErrors } from '../customer/customer.errors';
import { CustomerShare, OwnerChange, OwnerChangeReason } from './owner-change.entity';

/**
 * The roles whose people work customers: they take customers from the pool (claimCustomers), and a
 * handover gives customers only to them.
 */
export const CUSTOMER_OWNER_ROLES: readonly Role[] = ['sales', 'manager'];

/** Why a user may not own a customer someone is creating or importing (the SPA reads these sentences back). */
export const OWNER_REFUSALS = {
  missing: 'does not exist or is deactivated',
  role: (role: string) => `is a ${role} user, and customers are owned by salespeople, managers and admins`,
  notYou: 'is not you: salespeople create customers for themselves or the pool; a manager assigns them to others',
  outsideTeam: 'is outside your team: managers give customers to members of their own team',
} as const;

/**
 * The one place a customer's owner changes: it keeps the team in step with the owner, records the
 * change in the owner history and on the timeline, and publishes crm.customer.ownerChanged.
 */
@Injectable()
export class OwnershipService {
  constructor(
    readonly tx: TransactionHost,
    private readonly events: EventPublisher,
    private readonly audit: AuditTrail,
  ) {}

  /** Lets a colleague see a customer (audited, with why when it is not by hand); sharing twice is harmless. */
  async share(customerId: string, userId: string, reason?: 'follow_up'): Promise<void> {
    await this.tx.manager.upsert(CustomerShare, { customerId, userId }, ['customerId', 'userId']);
    await this.audit.record({ entityType: 'customer', entityId: customerId, action: 'shared', changes: { userId: { from: null, to: userId }, ...(reason ? { reason: { from: null, to: reason } } : {}) } });
  }

  /**
   * Refuses unless the caller may dispose of this customer's record (release, share or merge it): its
   * owner, or a manager or admin, whose data scope already covers it. Integrations and jobs act with
   * the scope they were given. A pool customer has no owner: a salesperson claims it first.
   */
  requireOwnerOrManager(customer: Pick<Customer, 'ownerId'>, action: string): void {
    const actor = currentActor();
    if (actor.kind !== 'user' || actor.role === 'admin' || actor.role === 'manager') return;
    if (customer.ownerId !== actor.userId) throw CustomerErrors.notOwner(action);
  }

  /** The active user an owner id names, or a field error at `path`. */
  async requireActiveUser(userId: string, path: string): Promise<User> {
    const user = await this.tx.manager.findOneBy(User, { id: userId });
    if (!user || !user.active) throw ValidationFailedError.field(path, `user ${userId} does not exist or is deactivated`);
    return user;
  }

  /**
   * Why the caller may not make `user` a customer's owner, or null when they may: the owner must be an
   * active user who works customers (a salesperson or manager, or an admin, who in a small company often
   * keeps key accounts); a salesperson gives customers only to themselves (or the pool), a manager only
   * to their own team; admins and integrations to anyone.
   */
  ownerRefusal(user: User | null): string | null {
    if (!user || !user.active) return OWNER_REFUSALS.missing;
    if (user.role !== 'admin' && !CUSTOMER_OWNER_ROLES.includes(user.role)) return OWNER_REFUSALS.role(user.role);
    const actor = currentActor();
    if (actor.kind !== 'user') return null;
    if (actor.role === 'sales' && user.id !== actor.userId) return OWNER_REFUSALS.notYou;
    if (actor.role === 'manager' && !OwnershipService.inManagersTeam(actor, user)) return OWNER_REFUSALS.outsideTeam;
    return null;
  }

  /** The manager themselves or a member of their team; a manager without a team has no one else. */
  static inManagersTeam(manager: { userId: string; teamId: string | null }, user: Pick<User, 'id' | 'teamId'>): boolean {
    return user.id === manager.userId || (manager.teamId !== null && user.teamId === manager.teamId);
  }

  /** The user `userId` names if the caller may make them a customer's owner (ownerRefusal), else a field error at `path`. */
  async requireAssignableOwner(userId: string, path: string): Promise<User> {
    return this.assignableOwner(await this.tx.manager.findOneBy(User, { id: userId }), userId, path);
  }

  /** requireAssignableOwner for a user the caller has already read. */
  assignableOwner(user: User | null, userId: string, path: string): User {
    const refusal = this.ownerRefusal(user);
    if (refusal) throw ValidationFailedError.field(path, `user ${userId} ${refusal}`);
    return user!;
  }

  /** A user who may have work to hand over: active or already deactivated. */
  async requireActiveUserOrFormer(userId: string, path: string): Promise<User> {
    const user = await this.tx.manager.findOneBy(User, { id: userId });
    if (!user) throw ValidationFailedError.field(path, `user ${userId} does not exist`);
    return user;
  }

  /** Moves the given (locked) customers to `to` (null: the pool). Customers already there are skipped. */
  async transfer(customers: Customer[], to: User | null, reason: OwnerChangeReason): Promise<Customer[]> {
    const moving = customers.filter((c) => c.ownerId !== (to?.id ?? null));
    if (moving.length === 0) return [];
    const by = actorUserId(currentActor());
    const now = new Date();
    const history = moving.map((c) => ({ customerId: c.id, fromUserId: c.ownerId, toUserId: to?.id ?? null, reason, byUserId: by, at: now }));
    for (let i = 0; i < moving.length; i += 1000) {
      const ids = moving.slice(i, i + 1000).map((c) => c.id);
      await this.tx.manager.update(
        Customer,
        { id: In(ids) },
        { ownerId: to?.id ?? null, teamId: to?.teamId ?? null, ownedSince: to ? now : null, poolWarningSentAt: null },
      );
      await this.tx.manager.insert(OwnerChange, history.slice(i, i + 1000));
      await this.tx.manager.insert(
        Activity,
        history.slice(i, i + 1000).map((h) => ({
          customerId: h.customerId,
          type: 'owner_change' as const,
          subject: null,
          body: null,
          contactId: null,
          occurredAt: now,
          // Who moved it, shown on the timeline; null for the pool's nightly return.
          authorId: by,
          data: { fromUserId: h.fromUserId, toUserId: h.toUserId, reason, byUserId: by },
        })) as QueryDeepPartialEntity<Activity>[],
      );
    }
    await this.events.publishMany(
      history.map((h) => ({ name: 'crm.customer.ownerChanged' as const, payload: { customerId: h.customerId, fromUserId: h.fromUserId, toUserId: h.toUserId, reason } })),
    );
    for (const c of moving) Object.assign(c, { ownerId: to?.id ?? null, teamId: to?.teamId ?? null, ownedSince: to ? now : null, poolWarningSentAt: null });
    return moving;
  }

  /** Records the first owner of customers just created (no event: their creation event says it). */
  async recordInitialOwners(entries: { customerId: string; ownerId: string | null; reason: OwnerChangeReason }[]): Promise<void> {
    const by = actorUserId(currentActor());
    const rows = entries.filter((e) => e.ownerId).map((e) => ({ customerId: e.customerId, fromUserId: null, toUserId: e.ownerId, reason: e.reason, byUserId: by }));
    for (let i = 0; i < rows.length; i += 1000) await this.tx.manager.insert(OwnerChange, rows.slice(i, i + 1000));
  }

  /** The newest `limit` owner changes of each customer, newest first. */
  history(customerIds: readonly string[], limit: number): Promise<OwnerChange[]> {
    if (customerIds.length === 0) return Promise.resolve([]);
    // Plain rows (readEntities): shown on the customer's page, never saved. Claiming and releasing over
    // and over grows a customer's history without end, so each customer's is cut at `limit`. One
    // customer (the 360 page) needs no window function, whose planning the page would pay every time.
    if (customerIds.length === 1) {
      return this.tx.readEntities(OwnerChange, 'h', 'WHERE h.customer_id = $1 ORDER BY h.at DESC, h.id DESC LIMIT $2', [customerIds[0], limit]);
    }
    return this.tx.readEntities(
      OwnerChange,
      'h',
      `WHERE h.id IN (SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY customer_id ORDER BY at DESC, id DESC) AS n
         FROM customer_owner_change WHERE customer_id = ANY($1::uuid[])) newest WHERE n <= $2)
       ORDER BY h.at DESC, h.id DESC`,
      [customerIds, limit],
    );
  }
}
