import { Injectable } from '@nestjs/common';
import { byKey, groupedByKey, requestLoader, TransactionHost, UserObject, UsersService } from '@tradewind/platform';
import { Contact } from '../contact/contact.entity';
import { ContactService } from '../contact/contact.service';
import { OwnershipService } from '../pool/ownership.service';
import { OwnerChange } from '../pool/owner-change.entity';
import { Tag } from '../tag/tag.entity';
import { TagService } from '../tag/tag.service';
import { CrmSettingsValue } from '../settings/crm-settings.entity';
import { CrmSettingsService } from '../settings/crm-settings.service';
import { CustomerOrderStats } from './customer-order-stats.entity';
import { Customer } from './customer.entity';
import { CustomerService } from './customer.service';

/** Per-request DataLoaders for what a customer list or 360 view asks of many customers at once. */
@Injectable()
export class CustomerLoaders {
  constructor(
    private readonly tx: TransactionHost,
    private readonly contacts: ContactService,
    private readonly tags: TagService,
    private readonly ownership: OwnershipService,
    private readonly customers: CustomerService,
    private readonly crmSettings: CrmSettingsService,
    private readonly users: UsersService,
  ) {}

  /** A customer the caller may see, or null. */
  customer(customerId: string): Promise<Customer | null> {
    return requestLoader<string, Customer | null>('crm.customer', async (ids) => byKey(ids, await this.customers.findVisibleMany(ids), (c) => c.id)).load(customerId);
  }

  contactsOf(customerId: string): Promise<Contact[]> {
    return requestLoader<string, Contact[]>('crm.contacts', async (ids) => groupedByKey(ids, await this.contacts.forCustomers(ids), (c) => c.customerId)).load(customerId);
  }

  contactCountOf(customerId: string): Promise<number> {
    return requestLoader<string, number>('crm.contactCounts', async (ids) => {
      const counts = await this.contacts.countsForCustomers(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }).load(customerId);
  }

  tagsOf(customerId: string): Promise<Tag[]> {
    return requestLoader<string, Tag[]>('crm.tags', async (ids) => {
      const tags = await this.tags.tagsOfCustomers(ids);
      return ids.map((id) => (tags.get(id) ?? []).sort((a, b) => a.name.localeCompare(b.name)));
    }).load(customerId);
  }

  user(userId: string | null): Promise<UserObject | null> {
    return this.users.loadObject(userId);
  }

  ownerHistoryOf(customerId: string, first: number): Promise<OwnerChange[]> {
    return requestLoader<string, OwnerChange[]>(`crm.ownerHistory.${first}`, async (ids) => groupedByKey(ids, await this.ownership.history(ids, first), (h) => h.customerId)).load(customerId);
  }

  /** The CRM settings, read once per request however many customers' figures ask for the currency. */
  settings(): Promise<CrmSettingsValue> {
    return requestLoader<'settings', CrmSettingsValue>('crm.settings', async (keys) => {
      const value = await this.crmSettings.get();
      return keys.map(() => value);
    }).load('settings');
  }

  statsOf(customerId: string): Promise<CustomerOrderStats | null> {
    return requestLoader<string, CustomerOrderStats | null>('crm.stats', async (ids) => {
      // Plain rows (readEntities): shown, never saved.
      const rows = await this.tx.readEntities(CustomerOrderStats, 's', 'WHERE s.customer_id = ANY($1::uuid[])', [[...ids]]);
      return byKey(ids, rows, (r) => r.customerId);
    }).load(customerId);
  }
}
