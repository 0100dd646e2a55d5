import { Injectable } from '@nestjs/common';
import { DomainEventEnvelope, EventHandler, HandlesEvent } from '@tradewind/platform';
import { GradingService } from '../grading/grading.service';

/** Regrades a customer whose stage changed: marking it lost (or taking it back) decides its grade. */
@Injectable()
@EventHandler({ event: 'crm.customer.updated', name: 'crm.regradeUpdatedCustomer' })
export class OnCustomerUpdated implements HandlesEvent<'crm.customer.updated'> {
  constructor(private readonly grading: GradingService) {}

  async handle(event: DomainEventEnvelope<'crm.customer.updated'>): Promise<void> {
    // Of the fields a person edits, grading reads only the stage.
    if (!event.payload.fields.includes('stage')) return;
    await this.grading.recompute([event.payload.customerId]);
  }
}
