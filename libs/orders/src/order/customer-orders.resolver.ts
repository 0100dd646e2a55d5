import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PageArgs, toConnection } from '@tradewind/platform';
import { CustomerObject } from '@tradewind/crm';
import { QuotationConnection, QuotationObject } from '../quotation/quotation.resolver';
import { QuotationService } from '../quotation/quotation.service';
import { OrderConnection, OrderObject } from './order.objects';
import { OrderService } from './order.service';

/** The orders module's part of the customer 360 view: the customer's orders and open quotations. */
@Resolver(() => CustomerObject)
export class CustomerOrdersResolver {
  constructor(
    private readonly orderService: OrderService,
    private readonly quotationService: QuotationService,
  ) {}

  @ResolveField(() => OrderConnection, { description: 'Orders of this customer you may see, newest first.' })
  async orders(@Parent() customer: CustomerObject, @Args() page: PageArgs) {
    return toConnection(await this.orderService.list({ customerId: customer.id }, page), OrderObject.from);
  }

  @ResolveField(() => Int, { description: "Orders of this customer outside your data scope (a colleague's), drafts and cancelled ones left out as in keyFigures: counted, never listed." })
  ordersOutOfScope(customer: CustomerObject): Promise<number> {
    return this.orderService.countOutOfScope(customer.id);
  }

  @ResolveField(() => QuotationConnection, { description: 'Latest versions of this customer\'s quotations you may see, newest first.' })
  async quotations(@Parent() customer: CustomerObject, @Args() page: PageArgs) {
    return toConnection(await this.quotationService.list({ customerId: customer.id }, page), QuotationObject.from);
  }
}
