import { Injectable } from '@nestjs/common';
import { AuditTrail, ConflictError, diffFields, FieldProblems, NotFoundError, RuleViolationError, Transactional, TransactionHost } from '@tradewind/platform';
import { contactChannels, messagingHandles } from '../customer/customer-values';
import { CustomerService } from '../customer/customer.service';
import { Contact, MessagingHandles } from './contact.entity';
import { preferredLanguageValue } from './language-tag.normaliser';

/** A contact as typed; for an update, a field left out stays as it is and null clears it. */
export interface ContactData {
  name: string;
  title?: string | null;
  emails?: string[] | null;
  phones?: string[] | null;
  messaging?: MessagingHandles | null;
  birthday?: string | null;
  preferredLanguage?: string | null;
  isPrimary?: boolean | null;
}

/** Enough for a distributor's whole buying office; a list past it is a mistake (a loop, a bad script). */
export const MAX_CONTACTS_PER_CUSTOMER = 500;

/** Contacts of a customer; visible and editable exactly when their customer is. */
@Injectable()
export class ContactService {
  constructor(
    readonly tx: TransactionHost,
    private readonly customers: CustomerService,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * The contact fields the input gives, normalised, or field errors under `path`. A field left out
   * (undefined) is not in the result, so an update keeps it; null or blank clears it.
   */
  static values(input: ContactData, country: string | null, problems: FieldProblems, path: string, current?: Contact): Partial<Contact> {
    const values: Partial<Contact> = { name: input.name.trim(), ...contactChannels(input, country, problems, path) };
    if (input.title !== undefined) values.title = input.title?.trim() || null;
    if (input.messaging !== undefined) {
      // Per network, too: the networks the input leaves out keep their handles (the SPA edits two of five).
      const given = Object.entries(input.messaging ?? {}).filter(([, handle]) => handle !== undefined);
      const handles = input.messaging === null ? {} : { ...current?.messaging, ...Object.fromEntries(given) };
      values.messaging = messagingHandles(handles, country, problems, path);
    }
    if (input.birthday !== undefined) values.birthday = input.birthday ?? null;
    if (input.preferredLanguage !== undefined) values.preferredLanguage = preferredLanguageValue(input.preferredLanguage, problems, `${path}.preferredLanguage`);
    if (input.isPrimary !== undefined && input.isPrimary !== null) values.isPrimary = input.isPrimary;
    return values;
  }

  @Transactional()
  async add(customerId: string, input: ContactData): Promise<Contact> {
    const customer = await this.customers.getVisible(customerId);
    if ((await this.tx.manager.countBy(Contact, { customerId: customer.id })) >= MAX_CONTACTS_PER_CUSTOMER) {
      throw new RuleViolationError(`${customer.name} has ${MAX_CONTACTS_PER_CUSTOMER} contacts, the most a customer may have`, 'CRM_TOO_MANY_CONTACTS', {
        messageZh: `${customer.name}已有 ${MAX_CONTACTS_PER_CUSTOMER} 位联系人，已达上限`,
      });
    }
    const problems = new FieldProblems();
    const values: Partial<Contact> = {
      title: null, emails: [], phones: [], phoneE164: [], messaging: {}, birthday: null, preferredLanguage: null, isPrimary: false,
      ...ContactService.values(input, customer.country, problems, 'input'),
    };
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
    const values = ContactService.values(input, customer.country, problems, 'input', contact);
    problems.throwIfAny();
    const changes = diffFields(contact, values, ['name', 'title', 'emails', 'phoneE164', 'messaging', 'birthday', 'preferredLanguage', 'isPrimary']);
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
