import { Injectable } from '@nestjs/common';
import { AuditTrail, ConflictError, diffFields, FieldProblems, NotFoundError, Transactional, TransactionHost } from '@tradewind/platform';
import { contactChannels, messagingHandles } from '../customer/customer-values';
import { CustomerService } from '../customer/customer.service';
import { Contact, MessagingHandles } from './contact.entity';
import { preferredLanguageValue } from './language-tag.normaliser';

export interface ContactData {
  name: string;
  title?: string;
  emails?: string[];
  phones?: string[];
  messaging?: MessagingHandles;
  birthday?: string;
  preferredLanguage?: string;
  isPrimary?: boolean;
}

/** Contacts of a customer; visible and editable exactly when their customer is. */
@Injectable()
export class ContactService {
  constructor(
    readonly tx: TransactionHost,
    private readonly customers: CustomerService,
    private readonly audit: AuditTrail,
  ) {}

  /** Contact entity values from input, or field errors under `path`. */
  static values(input: ContactData, country: string | null, problems: FieldProblems, path: string): Partial<Contact> {
    const channels = contactChannels(input, country, problems, path);
    return {
      name: input.name.trim(),
      title: input.title?.trim() || null,
      ...channels,
      messaging: messagingHandles(input.messaging, country, problems, path),
      birthday: input.birthday ?? null,
      preferredLanguage: preferredLanguageValue(input.preferredLanguage, problems, `${path}.preferredLanguage`),
      isPrimary: input.isPrimary ?? false,
    };
  }

  @Transactional()
  async add(customerId: string, input: ContactData): Promise<Contact> {
    const customer = await this.customers.getVisible(customerId);
    const problems = new FieldProblems();
    const values = ContactService.values(input, customer.country, problems, 'input');
    problems.throwIfAny();
    if (values.isPrimary) await this.tx.manager.update(Contact, { customerId: customer.id }, { isPrimary: false });
    const contact = await this.tx.manager.save(this.tx.manager.create(Contact, { ...values, customerId: customer.id }));
    await this.audit.record({ entityType: 'contact', entityId: contact.id, action: 'created', changes: { customerId: { from: null, to: customer.id } } });
    return contact;
  }

  @Transactional()
  async update(id: string, input: ContactData & { version?: number }): Promise<Contact> {
    const contact = await this.getVisible(id);
    if (input.version !== undefined && input.version !== contact.version) throw new ConflictError(`contact ${id} was changed by someone else; reload and try again`, 'STALE_VERSION');
    const customer = await this.customers.getVisible(contact.customerId);
    const problems = new FieldProblems();
    const values = ContactService.values(input, customer.country, problems, 'input');
    problems.throwIfAny();
    const changes = diffFields(contact, values, ['name', 'title', 'emails', 'phoneE164', 'birthday', 'preferredLanguage', 'isPrimary']);
    if (values.isPrimary && !contact.isPrimary) await this.tx.manager.update(Contact, { customerId: contact.customerId }, { isPrimary: false });
    Object.assign(contact, values);
    await this.tx.manager.save(contact);
    if (Object.keys(changes).length) await this.audit.record({ entityType: 'contact', entityId: id, action: 'updated', changes });
    return contact;
  }

  @Transactional()
  async remove(id: string): Promise<Contact> {
    const contact = await this.getVisible(id);
    await this.tx.manager.delete(Contact, { id });
    await this.audit.record({ entityType: 'contact', entityId: id, action: 'deleted', changes: { name: { from: contact.name, to: null } } });
    return contact;
  }

  async getVisible(id: string): Promise<Contact> {
    const contact = await this.tx.manager.findOneBy(Contact, { id });
    if (!contact) throw new NotFoundError('contact', id, 'CRM_CONTACT_NOT_FOUND');
    // Throws not-found when the customer is outside the caller's scope.
    await this.customers.getVisible(contact.customerId).catch(() => {
      throw new NotFoundError('contact', id, 'CRM_CONTACT_NOT_FOUND');
    });
    return contact;
  }

  /**
   * Contacts of many customers at once (the 360 view and lists batch through this), primary first.
   * Plain rows (readEntities): for showing, not saving.
   */
  forCustomers(customerIds: readonly string[]): Promise<Contact[]> {
    if (customerIds.length === 0) return Promise.resolve([]);
    return this.tx.readEntities(Contact, 'c', 'WHERE c.customer_id = ANY($1::uuid[]) ORDER BY c.is_primary DESC, c.created_at', [customerIds]);
  }

  /** How many contacts each customer has, without reading them (an index-only count). */
  async countsForCustomers(customerIds: readonly string[]): Promise<Map<string, number>> {
    if (customerIds.length === 0) return new Map();
    const rows = await this.tx.read<{ customerId: string; contacts: number }>(
      'SELECT customer_id AS "customerId", count(*)::int AS contacts FROM contact WHERE customer_id = ANY($1::uuid[]) GROUP BY customer_id',
      [customerIds],
    );
    return new Map(rows.map((r) => [r.customerId, r.contacts]));
  }

  async moveToCustomer(fromCustomerId: string, toCustomerId: string): Promise<void> {
    await this.tx.manager.update(Contact, { customerId: fromCustomerId }, { customerId: toCustomerId, isPrimary: false });
  }
}
