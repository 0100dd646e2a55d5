import { Injectable } from '@nestjs/common';
import { DomainEventEnvelope, EventHandler, HandlesEvent } from '@tradewind/platform';
import { GradingService } from '../grading/grading.service';

/**
 * Regrades a customer once a contact is logged, so its grade and basis ("last contact 13 days ago")
 * do not wait for the nightly run. Grading reads the committed last contact, so the follow-up policy
 * sees the contact just logged and asks for no follow-up it made unnecessary.
 */
@Injectable()
@EventHandler({ event: 'crm.activity.logged', name: 'crm.regradeContactedCustomer' })
export class OnActivityLogged implements HandlesEvent<'crm.activity.logged'> {
  constructor(private readonly grading: GradingService) {}

  async handle(event: DomainEventEnvelope<'crm.activity.logged'>): Promise<void> {
    await this.grading.recompute([event.payload.customerId]);
  }
}
