import { Injectable } from '@nestjs/common';
import { DomainEventEnvelope, EventHandler, HandlesEvent } from '@tradewind/platform';
import { CustomerFiguresService } from '../order/customer-figures.service';

/**
 * After a batch of orders:import, the worker recomputes its customers' order figures for the CRM. The
 * import does not wait for it: summing every order of a thousand customers is work the CRM's
 * figures can receive a moment later, as they receive every other order change, through events.
 */
@Injectable()
@EventHandler({ event: 'orders.orders.imported', name: 'orders.refreshFiguresAfterImport' })
export class RefreshFiguresAfterImport implements HandlesEvent<'orders.orders.imported'> {
  constructor(private readonly figures: CustomerFiguresService) {}

  async handle(event: DomainEventEnvelope<'orders.orders.imported'>): Promise<void> {
    await this.figures.publishFor(event.payload.customerIds);
  }
}
