import { Injectable } from '@nestjs/common';
import { JobHandler, RunsJob, TransactionHost } from '@tradewind/platform';
import { CustomerFiguresService } from '../order/customer-figures.service';
import { LateDeliveryNotices } from '../order/late-delivery-notices.service';
import { QuotationService } from '../quotation/quotation.service';

/** Daily: quotations past their validity date become expired. */
@Injectable()
@JobHandler('orders.expireQuotations')
export class ExpireQuotationsJob implements RunsJob<'orders.expireQuotations'> {
  constructor(private readonly quotations: QuotationService) {}

  async run(): Promise<void> {
    await this.quotations.expire();
  }
}

/** Nightly: overdue receivables change with the date alone, so customer figures are refreshed. */
@Injectable()
@JobHandler('orders.refreshCustomerFigures')
export class RefreshCustomerFiguresJob implements RunsJob<'orders.refreshCustomerFigures'> {
  constructor(
    private readonly tx: TransactionHost,
    private readonly figures: CustomerFiguresService,
  ) {}

  async run(payload: { customerIds?: string[] }): Promise<void> {
    const ids = payload.customerIds ?? (await this.tx.manager.query('SELECT DISTINCT customer_id FROM sales_order')).map((r: { customer_id: string }) => r.customer_id);
    for (let i = 0; i < ids.length; i += 500) await this.tx.run(() => this.figures.publishFor(ids.slice(i, i + 500)));
  }
}

/** Daily at the start of the working day: owners hear of confirmed orders that passed their delivery date without shipping. */
@Injectable()
@JobHandler('orders.noticeLateDeliveries')
export class NoticeLateDeliveriesJob implements RunsJob<'orders.noticeLateDeliveries'> {
  constructor(private readonly notices: LateDeliveryNotices) {}

  async run(): Promise<void> {
    await this.notices.send();
  }
}
