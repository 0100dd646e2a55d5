import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@tradewind/platform';
import { CustomerService } from './customer/customer.service';
import { Customer } from './customer/customer.entity';

/** What other modules may ask of the CRM. */
@Injectable()
export class CrmFacade {
  constructor(
    readonly tx: TransactionHost,
    private readonly customers: CustomerService,
  ) {}

  /** A customer the current caller may see (merged ids resolve); throws not-found otherwise. */
  getCustomer(id: string): Promise<Customer> {
    return this.customers.getVisible(id);
  }

  findCustomers(ids: readonly string[]): Promise<Customer[]> {
    return this.customers.findVisibleMany(ids);
  }
}
