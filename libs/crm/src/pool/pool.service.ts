import { Injectable } from '@nestjs/common';
import { In, IsNull, Not } from 'typeorm';
import {
  actorUserId,
  AuditTrail,
  currentActor,
  EventPublisher,
  ForbiddenError,
  TransactionHost,
  Transactional,
  User,
  ValidationFailedError,
} from '@tradewind/platform';
import { companyToday } from '@tradewind/shared';
import { Customer } from '../customer/customer.entity';
import { CustomerErrors } from '../customer/customer.errors';
import { CustomerRepository } from '../customer/customer.repository';
import { CustomerService } from '../customer/customer.service';
import { FollowUpService } from '../follow-up/follow-up.service';
import { CrmSettingsService } from '../settings/crm-settings.service';
import { AssignmentRule } from '../settings/crm-settings.entity';
import { CustomerShare } from './owner-change.entity';
import { OwnershipService } from './ownership.service';

const DAY_MS = 86_400_000;

export interface IdleReturnResult {
  warned: number;
  returned: number;
}

/**
 * The shared pool (公海): unowned customers a salesperson claims (up to a cap) or a manager assigns,
 * by hand or by rules; owned customers nobody works on return to it.
 */
@Injectable()
export class PoolService {
  constructor(
    readonly tx: TransactionHost,
    private readonly customers: CustomerService,
    private readonly repository: CustomerRepository,
    private readonly ownership: OwnershipService,
    private readonly settings: CrmSettingsService,
    private readonly events: EventPublisher,
    private readonly audit: AuditTrail,
    private readonly followUps: FollowUpService,
  ) {}

  @Transactional()
  async claim(customerIds: string[]): Promise<Customer[]> {
    const me = await this.signedInUser();
    // One claim of a user at a time: two at once would each count the customers held before the other.
    await this.tx.manager.query('SELECT id FROM app_user WHERE id = $1 FOR UPDATE', [me.id]);
    const visible = await this.customers.findVisibleMany(customerIds);
    if (visible.length !== new Set(customerIds).size) throw CustomerErrors.notFound(customerIds.find((id) => !visible.some((c) => c.id === id)) ?? '');
    const locked = await this.repository.lockMany(customerIds);
    const taken = locked.find((c) => c.ownerId !== null);
    if (taken) throw CustomerErrors.notInPool(taken.name);
    const { pool } = await this.settings.get();
    const held = await this.tx.manager.count(Customer, { where: { ownerId: me.id, mergedIntoId: IsNull() } });
    if (held + locked.length > pool.claimCap) throw CustomerErrors.claimCapReached(held, pool.claimCap, locked.length);
    return this.transfer(locked, me, 'claim');
  }

  /** The owner (or a manager/admin) gives customers back to the pool. */
  @Transactional()
  async release(customerIds: string[]): Promise<Customer[]> {
    const visible = await this.customers.findVisibleMany(customerIds);
    if (visible.length !== new Set(customerIds).size) throw CustomerErrors.notFound(customerIds.find((id) => !visible.some((c) => c.id === id)) ?? '');
    const locked = await this.repository.lockMany(customerIds);
    for (const customer of locked) this.ownership.requireOwnerOrManager(customer, `release ${customer.name} to the pool`);
    return this.transfer(locked, null, 'release');
  }

  /** A manager (within their team) or an admin gives customers to a user. */
  @Transactional()
  async assign(customerIds: string[], userId: string): Promise<Customer[]> {
    const actor = currentActor();
    const recipient = await this.ownership.requireActiveUser(userId, 'userId');
    // Another team's member is a matter of permission here, as for handovers; the remaining rules are the owner's.
    if (actor.kind === 'user' && actor.role === 'manager' && !OwnershipService.inManagersTeam(actor, recipient)) {
      throw new ForbiddenError('managers assign customers to members of their own team');
    }
    const target = this.ownership.assignableOwner(recipient, userId, 'userId');
    const visible = await this.customers.findVisibleMany(customerIds);
    if (visible.length !== new Set(customerIds).size) throw CustomerErrors.notFound(customerIds.find((id) => !visible.some((c) => c.id === id)) ?? '');
    return this.transfer(await this.repository.lockMany(customerIds), target, 'assign');
  }

  @Transactional()
  async share(customerId: string, userId: string, shared: boolean): Promise<void> {
    const customer = await this.customers.getVisible(customerId);
    // Colleagues a customer is shared with see it; only its owner (or a manager) decides who they are.
    // Anyone may give back a share they were given.
    if (shared || userId !== actorUserId(currentActor())) this.ownership.requireOwnerOrManager(customer, `share ${customer.name} with colleagues`);
    await this.ownership.requireActiveUser(userId, 'userId');
    if (shared) return this.ownership.share(customer.id, userId);
    await this.tx.manager.delete(CustomerShare, { customerId: customer.id, userId });
    await this.audit.record({ entityType: 'customer', entityId: customer.id, action: 'unshared', changes: { userId: { from: null, to: userId } } });
  }

  /**
   * Applies the assignment rules to pool customers: to a user (owner) or to a team's pool. The first
   * rule a customer matches decides, whether or not it moves it (a customer already in the rule's team
   * stays there rather than passing to a later rule); the industry is compared without case.
   */
  @Transactional()
  async applyAssignmentRules(): Promise<number> {
    const { assignmentRules } = await this.settings.get();
    const decided: string[] = [];
    let moved = 0;
    for (const [index, rule] of assignmentRules.entries()) {
      const qb = this.tx.manager.createQueryBuilder(Customer, 'c').where('c.owner_id IS NULL AND c.merged_into_id IS NULL').setLock('pessimistic_write');
      if (rule.country) qb.andWhere('c.country = :country', { country: rule.country });
      if (rule.industry) qb.andWhere('lower(c.industry) = lower(:industry)', { industry: rule.industry });
      if (decided.length) qb.andWhere('c.id <> ALL(:decided::uuid[])', { decided });
      const matching = await qb.getMany();
      decided.push(...matching.map((c) => c.id));
      const moving = rule.userId ? matching : matching.filter((c) => c.teamId !== rule.teamId);
      // A manager applies the rules that give to their own team; the others' customers stay decided, not moved.
      if (moving.length && (await this.mayApplyRule(rule))) moved += await this.applyRule(rule, moving, index);
    }
    return moved;
  }

  /** The customers `userId` owns move into their new team with them (UsersService's team-change handler). */
  async followOwnersTeam(userId: string, teamId: string | null): Promise<void> {
    await this.tx.manager.update(Customer, { ownerId: userId }, { teamId });
  }

  private async mayApplyRule(rule: AssignmentRule): Promise<boolean> {
    const actor = currentActor();
    if (actor.kind !== 'user' || actor.role !== 'manager') return true;
    if (!rule.userId) return actor.teamId !== null && rule.teamId === actor.teamId;
    const user = await this.tx.manager.findOneBy(User, { id: rule.userId });
    return user !== null && OwnershipService.inManagersTeam(actor, user);
  }

  private async applyRule(rule: AssignmentRule, customers: Customer[], index: number): Promise<number> {
    if (rule.userId) {
      const user = await this.ownership.requireActiveUser(rule.userId, `assignmentRules.${index}.userId`);
      return (await this.transfer(customers, user, 'rule')).length;
    }
    if (!rule.teamId) throw ValidationFailedError.field(`assignmentRules.${index}`, 'a rule needs a teamId or a userId');
    await this.tx.manager.update(Customer, { id: In(customers.map((c) => c.id)) }, { teamId: rule.teamId });
    await this.audit.recordMany(customers.map((c) => ({ entityType: 'customer', entityId: c.id, action: 'assigned_to_team', changes: { teamId: { from: c.teamId, to: rule.teamId } } })));
    return customers.length;
  }

  /**
   * Nightly: warns owners whose customers have had no logged activity for idleDays − warningDays,
   * and returns to the pool those idle for idleDays (only after a warning was sent).
   */
  @Transactional()
  async returnIdleCustomers(now = new Date()): Promise<IdleReturnResult> {
    const { pool } = await this.settings.get();
    const idleSince = new Date(now.getTime() - pool.idleDays * DAY_MS);
    const warnSince = new Date(now.getTime() - (pool.idleDays - pool.warningDays) * DAY_MS);
    // Idle is measured from the last activity, or from when the owner got the customer.
    const lastTouch = 'GREATEST(coalesce(c.last_activity_at, c.owned_since, c.created_at), coalesce(c.owned_since, c.created_at))';
    const toWarn = await this.tx.manager
      .createQueryBuilder(Customer, 'c')
      .where('c.owner_id IS NOT NULL AND c.merged_into_id IS NULL AND c.pool_warning_sent_at IS NULL')
      .andWhere(`${lastTouch} < :warnSince`, { warnSince })
      .getMany();
    if (toWarn.length) {
      await this.tx.manager.update(Customer, { id: In(toWarn.map((c) => c.id)) }, { poolWarningSentAt: now });
      await this.events.publishMany(
        toWarn.map((c) => {
          const last = Math.max((c.lastActivityAt ?? c.ownedSince ?? c.createdAt).getTime(), (c.ownedSince ?? c.createdAt).getTime());
          const returnsOn = companyToday(new Date(Math.max(last + pool.idleDays * DAY_MS, now.getTime() + pool.warningDays * DAY_MS)));
          return { name: 'crm.customer.poolReturnWarned' as const, payload: { customerId: c.id, ownerId: c.ownerId!, returnsOn } };
        }),
      );
    }
    const due = await this.tx.manager
      .createQueryBuilder(Customer, 'c')
      .where('c.owner_id IS NOT NULL AND c.merged_into_id IS NULL')
      .andWhere(`${lastTouch} < :idleSince`, { idleSince })
      .andWhere('c.pool_warning_sent_at <= :warnedBefore', { warnedBefore: new Date(now.getTime() - pool.warningDays * DAY_MS) })
      .setLock('pessimistic_write')
      .getMany();
    const returned = await this.transfer(due, null, 'pool_return');
    return { warned: toWarn.length, returned: returned.length };
  }

  /**
   * Changes owners (OwnershipService.transfer) and lets open follow-ups follow: to the new owner, or,
   * for customers going to the pool, without the grade policy's. A handover moves follow-ups itself,
   * as its caller chooses.
   */
  private async transfer(customers: Customer[], to: User | null, reason: 'claim' | 'release' | 'assign' | 'rule' | 'pool_return'): Promise<Customer[]> {
    const previousOwners = new Map(customers.map((c) => [c.id, c.ownerId]));
    const moved = await this.ownership.transfer(customers, to, reason);
    if (to) await this.followUps.passToNewOwner(moved.map((c) => ({ customerId: c.id, fromUserId: previousOwners.get(c.id) ?? null, toUserId: to.id })));
    else await this.followUps.dropPolicyFollowUps(moved.map((c) => c.id));
    return moved;
  }

  /** Customers a user still owns (deactivation is refused while there are any). */
  ownedCount(userId: string): Promise<number> {
    return this.tx.manager.count(Customer, { where: { ownerId: userId, mergedIntoId: IsNull(), id: Not(IsNull()) } });
  }

  private async signedInUser(): Promise<User> {
    const id = actorUserId(currentActor());
    const actor = currentActor();
    if (!id || actor.kind !== 'user') throw new ForbiddenError('claiming needs a signed-in user');
    return this.ownership.requireActiveUser(id, 'user');
  }
}
