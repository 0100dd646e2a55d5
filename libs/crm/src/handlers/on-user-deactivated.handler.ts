import { Injectable } from '@nestjs/common';
import { DomainEventEnvelope, EventHandler, HandlesEvent, TransactionHost } from '@tradewind/platform';
import { FollowUpService } from '../follow-up/follow-up.service';

/**
 * Gives a deactivated user's remaining open follow-ups to people who can still act on them. A user
 * leaves only once their customers are handed over (with those customers' follow-ups), but follow-ups
 * they were given on colleagues' customers stayed with them, reminding nobody.
 */
@Injectable()
@EventHandler({ event: 'platform.user.deactivated', name: 'crm.reassignDeactivatedUsersFollowUps' })
export class OnUserDeactivated implements HandlesEvent<'platform.user.deactivated'> {
  constructor(
    readonly tx: TransactionHost,
    private readonly followUps: FollowUpService,
  ) {}

  async handle(event: DomainEventEnvelope<'platform.user.deactivated'>): Promise<void> {
    await this.tx.run(() => this.followUps.reassignFromDeactivated(event.payload.userId));
  }
}
