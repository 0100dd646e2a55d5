import { Injectable } from '@nestjs/common';
import { DomainEventEnvelope, EventHandler, HandlesEvent, TransactionHost } from '@tradewind/platform';
import { CustomerFiguresService } from '../order/customer-figures.service';
import { SalesOrder } from '../order/sales-order.entity';
import { Quotation } from '../quotation/quotation.entity';

/** Orders and quotations of a merged customer move to the surviving record. */
@Injectable()
@EventHandler({ event: 'crm.customer.merged', name: 'orders.repointMergedCustomer' })
export class RepointMergedCustomer implements HandlesEvent<'crm.customer.merged'> {
  constructor(
    private readonly tx: TransactionHost,
    private readonly figures: CustomerFiguresService,
  ) {}

  async handle(event: DomainEventEnvelope<'crm.customer.merged'>): Promise<void> {
    const { survivorId, mergedId } = event.payload;
    await this.tx.manager.update(SalesOrder, { customerId: mergedId }, { customerId: survivorId });
    await this.tx.manager.update(Quotation, { customerId: mergedId }, { customerId: survivorId });
    await this.figures.publishFor([survivorId]);
  }
}
