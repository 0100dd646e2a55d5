import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  actorUserId,
  allOf,
  AuditTrail,
  BindValue,
  containsPattern,
  currentActor,
  DataScope,
  dataScopeOf,
  diffFields,
  EventPublisher,
  FieldProblems,
  hasTrigram,
  inNameOrder,
  keysetRead,
  KeysetSort,
  Page,
  PageArgs,
  positionalBinder,
  Transactional,
  TransactionHost,
  User,
  ValidationFailedError,
} from '@tradewind/platform';
import { groupBy } from '@tradewind/shared';
import { ActivityService } from '../activity/activity.service';
import { Contact } from '../contact/contact.entity';
import { normaliseEmail } from '../matching';
import { OwnershipService } from '../pool/ownership.service';
import { CustomerTag, Tag } from '../tag/tag.entity';
import { TagGroupLookup } from '../tag/tag-group.lookup';
import { Customer } from './customer.entity';
import { CustomerErrors } from './customer.errors';
import { CustomerRepository, visibleCondition } from './customer.repository';
import { preferredLanguageValue } from '../contact/language-tag.normaliser';
import type { ContactData } from '../contact/contact.service';
import { contactChannels, customerValues, CustomerFieldsInput, messagingHandles } from './customer-values';
import { searchedDomain, searchedPhones } from './customer-search';

export interface CreateCustomerData extends CustomerFieldsInput {
  name: string;
  ownerId?: string;
  toPool?: boolean;
  contacts?: ContactData[];
  tagIds?: string[];
}

export interface CustomerListFilter {
  search?: string;
  tags?: { tagIds: string[]; mode?: 'AND' | 'OR' };
  countries?: string[];
  stages?: string[];
  grades?: string[];
  ownerId?: string;
  inPool?: boolean;
  mine?: boolean;
}

export interface CustomerListSort {
  field: 'name' | 'createdAt' | 'lastActivityAt';
  direction: 'ASC' | 'DESC';
}

const AUDITED_FIELDS = [
  'name', 'localName', 'country', 'city', 'address', 'website', 'industry', 'source', 'stage', 'productsOfInterest',
  'priceSensitivity', 'usualIncoterm', 'usualCurrency', 'usualPaymentTerms', 'companyAnniversary', 'notes',
] as const;

@Injectable()
export class CustomerService {
  constructor(
    readonly tx: TransactionHost,
    private readonly repository: CustomerRepository,
    private readonly ownership: OwnershipService,
    private readonly activities: ActivityService,
    private readonly audit: AuditTrail,
    private readonly events: EventPublisher,
    private readonly tagGroups: TagGroupLookup,
  ) {}

  /** A customer the caller may see (a merged id resolves to its survivor); not-found otherwise. */
  getVisible(id: string): Promise<Customer> {
    return this.visible(id, (customerId, scope) => this.repository.findVisible(customerId, scope));
  }

  /** getVisible as a plain row, for showing (the customer query): not for saving. */
  showVisible(id: string): Promise<Customer> {
    return this.visible(id, (customerId, scope) => this.repository.readVisible(customerId, scope));
  }

  private async visible(id: string, find: (id: string, scope: DataScope) => Promise<Customer | null>): Promise<Customer> {
    const scope = dataScopeOf(currentActor());
    const customer = await find(id, scope);
    if (customer) return customer;
    const survivor = await this.repository.survivorId(id);
    const resolved = survivor && survivor !== id ? await find(survivor, scope) : null;
    if (!resolved) throw CustomerErrors.notFound(id);
    return resolved;
  }

  findVisibleMany(ids: readonly string[]): Promise<Customer[]> {
    return this.repository.findVisibleMany(ids, dataScopeOf(currentActor()));
  }

  @Transactional()
  async create(input: CreateCustomerData): Promise<Customer> {
    const actor = currentActor();
    const problems = new FieldProblems();
    const values = customerValues(input, problems);
    const contacts = (input.contacts ?? []).map((c, i) => ({
      input: c,
      channels: contactChannels(c, values.country, problems, `input.contacts.${i}`),
      messaging: messagingHandles(c.messaging, values.country, problems, `input.contacts.${i}`),
      preferredLanguage: preferredLanguageValue(c.preferredLanguage, problems, `input.contacts.${i}.preferredLanguage`),
    }));
    const tags = input.tagIds?.length ? await this.tx.manager.findBy(Tag, { id: In(input.tagIds) }) : [];
    if (input.tagIds && tags.length !== new Set(input.tagIds).size) problems.add('input.tagIds', 'some tags do not exist');
    problems.throwIfAny();

    const owner = await this.initialOwner(input);
    const customer = this.repository.create({
      ...values,
      stage: values.stage ?? 'lead',
      ownerId: owner?.id ?? null,
      teamId: owner?.teamId ?? null,
      ownedSince: owner ? new Date() : null,
      createdById: actorUserId(actor),
    });
    await this.repository.save(customer);
    if (contacts.length) {
      const primary = contacts.findIndex((c) => c.input.isPrimary);
      await this.tx.manager.save(
        contacts.map(({ input: c, channels, messaging, preferredLanguage }, i) =>
          this.tx.manager.create(Contact, {
            customerId: customer.id,
            name: c.name.trim(),
            title: c.title?.trim() || null,
            emails: channels.emails ?? [],
            phones: channels.phones ?? [],
            phoneE164: channels.phoneE164 ?? [],
            messaging,
            birthday: c.birthday ?? null,
            preferredLanguage,
            isPrimary: primary === -1 ? i === 0 : i === primary,
          }),
        ),
      );
    }
    if (tags.length) await this.tx.manager.insert(CustomerTag, tags.map((t) => ({ customerId: customer.id, tagId: t.id })));
    await this.ownership.recordInitialOwners([{ customerId: customer.id, ownerId: customer.ownerId, reason: 'created' }]);
    await this.audit.record({ entityType: 'customer', entityId: customer.id, action: 'created', changes: { name: { from: null, to: customer.name }, ownerId: { from: null, to: customer.ownerId } } });
    await this.events.publish('crm.customer.created', { customerId: customer.id, ownerId: customer.ownerId, origin: 'manual' });
    return customer;
  }

  @Transactional()
  async update(id: string, input: CustomerFieldsInput & { version: number }): Promise<Customer> {
    const customer = await this.getVisible(id);
    if (customer.version !== input.version) throw CustomerErrors.stale(id);
    const problems = new FieldProblems();
    const values = customerValues(input, problems);
    problems.throwIfAny();
    const changes = diffFields(customer, values, AUDITED_FIELDS);
    if (Object.keys(changes).length === 0) return customer;
    const previousStage = customer.stage;
    Object.assign(customer, values);
    await this.repository.save(customer);
    await this.audit.record({ entityType: 'customer', entityId: id, action: 'updated', changes });
    if (changes.stage) {
      await this.activities.record({ customerId: id, type: 'status_change', data: { from: previousStage, to: customer.stage }, authorId: actorUserId(currentActor()) });
    }
    await this.events.publish('crm.customer.updated', { customerId: id, fields: Object.keys(changes) });
    return customer;
  }

  /**
   * A page of the customers the caller may see, filtered and sorted: constant SQL read as plain rows
   * (keysetRead), since a list page is only shown; building it through the query builder and
   * hydrating its rows was a tenth of the API's CPU on the customer list.
   */
  async list(filter: CustomerListFilter, sort: CustomerListSort, page: PageArgs): Promise<Page<Customer>> {
    const actor = currentActor();
    const parameters: unknown[] = [];
    const bind = positionalBinder(parameters);
    const conditions = [visibleCondition(dataScopeOf(actor), bind), ...(await this.filterConditions(filter, actorUserId(actor), bind))];
    const term = filter.search?.trim();
    // How many customers a search term or a tag matches decides the plan: no generic one.
    const source = { entity: Customer, alias: 'c', where: allOf(...conditions), parameters, planForEachValue: !!(term || filter.tags?.tagIds.length) };
    const keyset = sortOf(sort);
    if (!term || sort.field !== 'name') return keysetRead(this.tx, source, page, keyset);
    // A search's matches are scattered along the name index, and PostgreSQL misjudges how many a
    // LIKE pattern has: believing a rare term common, it walks the index in name order until it has
    // a page (EXPLAIN ANALYZE: "Hanoi", 149 matches, 34,903 rows read, 185 ms). Few matches are
    // gathered through the trigram indexes and sorted, with their count, in one statement (the same
    // order by an expression the name index does not serve; 2 ms for "Hanoi"); many are counted and
    // found by walking the index.
    // A term with a trigram is always found through the trigram indexes first, so gathering its
    // matches needs no plan of its own (a shorter one, read through them, would read them whole).
    const fewMatches = { atMost: FEW_SEARCH_MATCHES, sort: { ...keyset, expression: `(${keyset.expression} || '')` }, genericPlanSafe: hasTrigram(term) };
    return keysetRead(this.tx, source, page, keyset, { fewMatches });
  }

  /** The list filter as SQL conditions on alias `c`, its values bound through `bind`. */
  private async filterConditions(filter: CustomerListFilter, userId: string | null, bind: BindValue): Promise<string[]> {
    const conditions: string[] = [];
    const q = filter.search?.trim();
    if (q) {
      const like = bind('like', containsPattern(q));
      const email = normaliseEmail(q);
      const phones = searchedPhones(q);
      const domain = searchedDomain(q);
      const anyOf = [`c.name ILIKE ${like}`, `c.local_name ILIKE ${like}`, `c.website_domain ILIKE ${like}`];
      if (email) anyOf.push(`EXISTS (SELECT 1 FROM contact ct WHERE ct.customer_id = c.id AND ct.emails @> ARRAY[${bind('email', email)}]::text[])`);
      if (phones.length) anyOf.push(`EXISTS (SELECT 1 FROM contact ct WHERE ct.customer_id = c.id AND ct.phone_e164 && ${bind('phones', phones)}::text[])`);
      if (domain) {
        const bound = bind('domain', domain);
        anyOf.push(`c.website_domain = ${bound}`, `EXISTS (SELECT 1 FROM contact ct WHERE ct.customer_id = c.id AND email_domains(ct.emails) @> ARRAY[${bound}]::text[])`);
      }
      conditions.push(`(${anyOf.join(' OR ')})`);
    }
    if (filter.tags?.tagIds.length) {
      const tagIds = [...new Set(filter.tags.tagIds)];
      const groupOf = await this.tagGroups.groupsOf(tagIds);
      if (groupOf.size !== tagIds.length) throw ValidationFailedError.field('filter.tags.tagIds', 'some tags do not exist');
      // OR within a group ("Germany or France"), AND across groups ("Europe AND high margin"), on the
      // GIN-indexed tag_ids: the groups of one tag together as one "has all of", the others "has any of".
      const groups = filter.tags.mode === 'OR' ? [tagIds] : [...groupBy(tagIds, (id) => groupOf.get(id)).values()];
      const required = groups.filter((ids) => ids.length === 1).flat();
      if (required.length) conditions.push(`c.tag_ids @> ${bind('requiredTags', required)}::uuid[]`);
      for (const ids of groups.filter((g) => g.length > 1)) conditions.push(`c.tag_ids && ${bind('tagGroup', ids)}::uuid[]`);
    }
    if (filter.countries?.length) conditions.push(`c.country = ANY(${bind('countries', filter.countries.map((c) => c.toUpperCase()))}::bpchar[])`);
    if (filter.stages?.length) conditions.push(`c.stage = ANY(${bind('stages', filter.stages)}::text[])`);
    if (filter.grades?.length) conditions.push(`c.grade = ANY(${bind('grades', filter.grades)}::text[])`);
    if (filter.ownerId) conditions.push(`c.owner_id = ${bind('ownerId', filter.ownerId)}::uuid`);
    if (filter.inPool === true) conditions.push('c.owner_id IS NULL');
    if (filter.inPool === false) conditions.push('c.owner_id IS NOT NULL');
    if (filter.mine) conditions.push(`c.owner_id = ${bind('me', userId)}::uuid`);
    return conditions;
  }

  private async initialOwner(input: CreateCustomerData): Promise<User | null> {
    const actor = currentActor();
    if (input.toPool) return null;
    if (input.ownerId) return this.ownership.requireAssignableOwner(input.ownerId, 'input.ownerId');
    if (actor.kind === 'user' && actor.role === 'sales') return this.ownership.requireActiveUser(actor.userId, 'input.ownerId');
    return null;
  }
}

/**
 * Up to this many matches a name search sorts them instead of walking the name index: walking finds a
 * page of 21 after reading about 21 × customers / matches rows, sorting costs about the matches, so
 * the two meet near √(21 × 100,000) ≈ 1,500 at the benchmark's 100,000 customers.
 */
const FEW_SEARCH_MATCHES = 1500;

const NEVER_CONTACTED_SHIFT_YEARS = 1000;

function neverContactedSortDate(createdAt: Date): Date {
  const shifted = new Date(createdAt);
  shifted.setUTCFullYear(shifted.getUTCFullYear() - NEVER_CONTACTED_SHIFT_YEARS);
  return shifted;
}

function sortOf(sort: CustomerListSort): KeysetSort<Customer> {
  switch (sort.field) {
    case 'name':
      return { expression: inNameOrder('c.name'), direction: sort.direction, valueOf: (c) => c.name, idExpression: 'c.id', idOf: (c) => c.id };
    case 'createdAt':
      return { expression: "date_trunc('milliseconds', c.created_at)", direction: sort.direction, valueOf: (c) => c.createdAt, idExpression: 'c.id', idOf: (c) => c.id };
    case 'lastActivityAt':
      // Customers nobody has contacted yet come after every contacted one (newest first) or before them
      // (oldest first), among themselves by creation: their creation date moved a thousand years back.
      return {
        expression: `date_trunc('milliseconds', coalesce(c.last_activity_at, c.created_at - interval '${NEVER_CONTACTED_SHIFT_YEARS} years'))`,
        direction: sort.direction,
        valueOf: (c) => c.lastActivityAt ?? neverContactedSortDate(c.createdAt),
        idExpression: 'c.id',
        idOf: (c) => c.id,
      };
  }
}

