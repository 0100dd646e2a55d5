import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { AuditTrail, currentActor, EventPublisher, TransactionHost, Transactional, User, ValidationFailedError } from '@tradewind/platform';
import { Customer } from '../customer/customer.entity';
import { CustomerRepository } from '../customer/customer.repository';
import { FollowUpService } from '../follow-up/follow-up.service';
import { CUSTOMER_OWNER_ROLES, OwnershipService } from '../pool/ownership.service';
import { HandoverErrors } from './handover.errors';

export interface HandoverData {
  fromUserId: string;
  toUserId: string;
  /** Only these customers of the user; all of them when absent. */
  customerIds?: string[];
  includeFollowUps?: boolean;
  includeQuotations?: boolean;
  /** Open orders (neither closed nor cancelled) of the customers handed over. */
  includeOrders?: boolean;
}

export interface HandoverResult {
  customers: number;
  followUps: number;
  quotations: number;
  orders: number;
}

/** What moves in a handover besides the customers, for the modules that own the rest of the open work. */
export interface HandoverMove {
  customerIds: string[];
  fromUserId: string;
  to: User;
  includeQuotations: boolean;
  includeOrders: boolean;
}

/**
 * Another module's part of a handover (the orders module's open quotations and orders), run in the
 * handover's transaction: deactivating the user right after must find nothing of theirs left open.
 */
export type HandoverParticipant = (move: HandoverMove) => Promise<{ quotations?: number; orders?: number }>;

/** Moves a user's customers and open work to a colleague in one audited operation. */
@Injectable()
export class HandoverService {
  private readonly participants: HandoverParticipant[] = [];

  constructor(
    readonly tx: TransactionHost,
    private readonly repository: CustomerRepository,
    private readonly ownership: OwnershipService,
    private readonly followUps: FollowUpService,
    private readonly audit: AuditTrail,
    private readonly events: EventPublisher,
  ) {}

  registerParticipant(participant: HandoverParticipant): void {
    this.participants.push(participant);
  }

  @Transactional()
  async handOver(data: HandoverData): Promise<HandoverResult> {
    if (data.fromUserId === data.toUserId) throw ValidationFailedError.field('input.toUserId', 'must be another user than fromUserId');
    const from = await this.ownership.requireActiveUserOrFormer(data.fromUserId, 'input.fromUserId');
    const to = await this.ownership.requireActiveUserOrFormer(data.toUserId, 'input.toUserId');
    const actor = currentActor();
    // A manager without a team has no team to hand over within.
    if (actor.kind === 'user' && actor.role === 'manager' && (!actor.teamId || from.teamId !== actor.teamId || to.teamId !== actor.teamId)) {
      throw HandoverErrors.outsideTeam();
    }
    if (!to.active) throw HandoverErrors.recipientInactive(to);
    if (!CUSTOMER_OWNER_ROLES.includes(to.role)) throw HandoverErrors.recipientCannotOwn(to);
    const owned = await this.tx.manager.find(Customer, { select: { id: true }, where: { ownerId: from.id, mergedIntoId: IsNull() } });
    const ownedIds = new Set(owned.map((c) => c.id));
    const ids = data.customerIds ?? [...ownedIds];
    const notOwned = ids.find((id) => !ownedIds.has(id));
    if (notOwned) throw ValidationFailedError.field('input.customerIds', `customer ${notOwned} is not owned by the user handing over`);
    const moved = await this.ownership.transfer(await this.repository.lockMany(ids), to, 'handover');
    const followUps = data.includeFollowUps === false ? 0 : await this.followUps.reassignOpen(ids, from.id, to.id);
    const move: HandoverMove = { customerIds: moved.map((c) => c.id), fromUserId: from.id, to, includeQuotations: data.includeQuotations !== false, includeOrders: data.includeOrders !== false };
    let quotations = 0;
    let orders = 0;
    for (const participant of this.participants) {
      const part = await participant(move);
      quotations += part.quotations ?? 0;
      orders += part.orders ?? 0;
    }
    await this.audit.record({
      entityType: 'user',
      entityId: from.id,
      action: 'handed_over',
      changes: {
        toUserId: { from: from.id, to: to.id }, customers: { from: null, to: moved.length }, followUps: { from: null, to: followUps },
        quotations: { from: null, to: quotations }, orders: { from: null, to: orders },
      },
    });
    await this.events.publish('crm.customers.handedOver', { fromUserId: from.id, toUserId: to.id, customerIds: move.customerIds, includeQuotations: move.includeQuotations });
    return { customers: moved.length, followUps, quotations, orders };
  }
}
