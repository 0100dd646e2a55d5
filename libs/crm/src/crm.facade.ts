import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@tradewind/platform';
import { CustomerService } from './customer/customer.service';
import { Customer } from './customer/customer.entity';
import { Contact } from './contact/contact.entity';
import { ContactService } from './contact/contact.service';
import { CustomerBatchResolver, CustomerResolutionService } from './import-job/customer-resolution.service';
import { HandoverParticipant, HandoverService } from './handover/handover.service';

/** What other modules may ask of the CRM. */
@Injectable()
export class CrmFacade {
  constructor(
    readonly tx: TransactionHost,
    private readonly customers: CustomerService,
    private readonly resolution: CustomerResolutionService,
    private readonly contactService: ContactService,
    private readonly handover: HandoverService,
  ) {}

  /** Lets a module move its part of a user's open work in a handover (see HandoverParticipant). */
  registerHandoverParticipant(participant: HandoverParticipant): void {
    this.handover.registerParticipant(participant);
  }

  /** Contacts of a customer the caller may see (primary first). */
  async contacts(customerId: string): Promise<Contact[]> {
    const customer = await this.customers.getVisible(customerId);
    return this.contactService.forCustomers([customer.id]);
  }

  /** Whether `contactId` is one of this customer's contacts (an order or quotation names its buyer's person). */
  isContactOf(customerId: string, contactId: string): Promise<boolean> {
    return this.tx.manager.existsBy(Contact, { id: contactId, customerId });
  }

  /**
   * Customer ids for names (with optional countries) by the CRM's matching rules, for an import of many
   * batches: unknown customers are created (see CustomerResolutionService.batchResolver).
   */
  customerBatchResolver(): Promise<CustomerBatchResolver> {
    return this.resolution.batchResolver();
  }

  /** A customer the current caller may see (merged ids resolve); throws not-found otherwise. */
  getCustomer(id: string): Promise<Customer> {
    return this.customers.getVisible(id);
  }

  findCustomers(ids: readonly string[]): Promise<Customer[]> {
    return this.customers.findVisibleMany(ids);
  }
}
