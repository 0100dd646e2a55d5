import { Args, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { Access, FirstArg, IdArg, MoneyObject, PageArgs, plainCopy, prefetchFields, selectedNodeFields, toConnection, UserObject } from '@tradewind/platform';
import { ActivityService } from '../activity/activity.service';
import { ActivityType } from '../activity/activity.entity';
import { ActivityTypeEnum } from '../activity/activity.object';
import { ContactService, MAX_CONTACTS_PER_CUSTOMER } from '../contact/contact.service';
import { Contact } from '../contact/contact.entity';
import { nextExpectedOrderDate, usualOrderIntervalDays } from '../grading/grade.rules';
import {
  ActivityConnection,
  ActivityObject,
  ContactObject,
  CustomerConnection,
  CustomerKeyFiguresObject,
  CustomerObject,
  CustomerReceivablesObject,
  OwnerChangeObject,
  TagObject,
} from './customer.object';
import { CustomerLoaders } from './customer.loaders';
import { CustomerService } from './customer.service';
import { ContactInput, CreateCustomerInput, CustomerFilter, CustomerSort, UpdateContactInput, UpdateCustomerInput } from './inputs/customer.inputs';
import { Activity } from '../activity/activity.entity';

export const CRM_WRITERS = ['admin', 'manager', 'sales'] as const;

export function contactObject(c: Contact): ContactObject {
  return plainCopy(c, { messaging: c.messaging ?? {} });
}

export function activityObject(a: Activity): ActivityObject {
  return plainCopy(a, { data: a.data ? JSON.stringify(a.data) : null });
}

@Resolver(() => CustomerObject)
export class CustomerResolver {
  constructor(
    private readonly customerService: CustomerService,
    private readonly contactService: ContactService,
    private readonly activities: ActivityService,
    private readonly loaders: CustomerLoaders,
  ) {}

  @Query(() => CustomerObject, { description: 'The 360° view of one customer (a merged id resolves to the survivor).' })
  @Access({ scope: 'crm:read' })
  async customer(@IdArg() id: string): Promise<CustomerObject> {
    return CustomerObject.from(await this.customerService.showVisible(id));
  }

  @Query(() => CustomerConnection)
  @Access({ scope: 'crm:read' })
  async customers(
    @Args() page: PageArgs,
    @Args('filter', { nullable: true }) filter?: CustomerFilter,
    @Args('sort', { nullable: true }) sort?: CustomerSort,
    @Info() info?: GraphQLResolveInfo,
  ) {
    const result = await this.customerService.list(filter ?? {}, sort ?? { field: 'name', direction: 'ASC' }, page);
    const connection = toConnection(result, CustomerObject.from);
    // What a list row shows, loaded for the whole page rather than resolved row by row.
    if (info) {
      const wanted = selectedNodeFields(info);
      // Rows that show their contacts count them; rows that show only the count (the SPA's list) ask
      // PostgreSQL for it instead of reading every contact of the page.
      const contactCount = wanted.has('contacts') ? (c: CustomerObject) => this.contactCount(c) : (c: CustomerObject) => this.loaders.contactCountOf(c.id);
      await prefetchFields(connection.nodes, wanted, { owner: (c) => this.owner(c), tags: (c) => this.tags(c), contactCount });
    }
    return connection;
  }

  @Mutation(() => CustomerObject)
  @Access({ roles: CRM_WRITERS, scope: 'crm:write' })
  async createCustomer(@Args('input') input: CreateCustomerInput): Promise<CustomerObject> {
    return CustomerObject.from(await this.customerService.create(input));
  }

  @Mutation(() => CustomerObject)
  @Access({ roles: CRM_WRITERS, scope: 'crm:write' })
  async updateCustomer(@IdArg() id: string, @Args('input') input: UpdateCustomerInput): Promise<CustomerObject> {
    return CustomerObject.from(await this.customerService.update(id, input));
  }

  @Mutation(() => ContactObject)
  @Access({ roles: CRM_WRITERS, scope: 'crm:write' })
  async addContact(@IdArg('customerId') customerId: string, @Args('input') input: ContactInput): Promise<ContactObject> {
    return contactObject(await this.contactService.add(customerId, input));
  }

  @Mutation(() => ContactObject)
  @Access({ roles: CRM_WRITERS, scope: 'crm:write' })
  async updateContact(@IdArg() id: string, @Args('input') input: UpdateContactInput): Promise<ContactObject> {
    return contactObject(await this.contactService.update(id, input));
  }

  @Mutation(() => ContactObject)
  @Access({ roles: CRM_WRITERS, scope: 'crm:write' })
  async removeContact(@IdArg() id: string): Promise<ContactObject> {
    return contactObject(await this.contactService.remove(id));
  }

  @ResolveField(() => [ContactObject], { description: 'Primary first; contactCount says how many in all.' })
  async contacts(@Parent() customer: CustomerObject, @FirstArg(20, MAX_CONTACTS_PER_CUSTOMER) first: number): Promise<ContactObject[]> {
    return (await this.loaders.contactsOf(customer.id)).slice(0, first).map(contactObject);
  }

  @ResolveField(() => [TagObject])
  async tags(customer: CustomerObject): Promise<TagObject[]> {
    return this.loaders.tagsOf(customer.id);
  }

  @ResolveField(() => UserObject, { nullable: true })
  owner(customer: CustomerObject): Promise<UserObject | null> {
    return this.loaders.user(customer.ownerId);
  }

  @ResolveField(() => [OwnerChangeObject], { description: 'Changes of owner, newest first.' })
  async ownerHistory(@Parent() customer: CustomerObject, @FirstArg(50, 200) first: number): Promise<OwnerChangeObject[]> {
    const history = await this.loaders.ownerHistoryOf(customer.id, first);
    return Promise.all(history.map(async (h) => ({ ...h, fromUser: await this.loaders.user(h.fromUserId), toUser: await this.loaders.user(h.toUserId) })));
  }

  @ResolveField(() => ActivityConnection, { description: 'E-mails, calls, meetings, notes, messages and recorded changes, newest first.' })
  async timeline(
    @Parent() customer: CustomerObject,
    @Args() page: PageArgs,
    @Args('types', { type: () => [ActivityTypeEnum], nullable: true }) types?: ActivityType[],
  ) {
    const result = await this.activities.timeline(customer.id, page, types);
    const connection = toConnection(result, activityObject);
    // All authors in one batch: awaiting them one by one would cost a round trip per distinct author.
    const authors = await Promise.all(connection.nodes.map((node) => this.loaders.user(node.authorId)));
    connection.nodes.forEach((node, i) => (node.author = authors[i]));
    return connection;
  }

  @ResolveField(() => CustomerKeyFiguresObject)
  async keyFigures(customer: CustomerObject): Promise<CustomerKeyFiguresObject> {
    const stats = await this.loaders.statsOf(customer.id);
    const currency = stats?.revenueCurrency ?? (await this.loaders.settings()).reportingCurrency;
    const facts = { orderCount: stats?.orderCount ?? 0, firstOrderDate: stats?.firstOrderDate ?? null, lastOrderDate: stats?.lastOrderDate ?? null };
    return {
      ...facts,
      openQuotationCount: stats?.openQuotationCount ?? 0,
      revenue: MoneyObject.of(stats?.revenueAmount ?? '0', currency),
      revenue12m: MoneyObject.of(stats?.revenue12mAmount ?? '0', currency),
      orders12m: stats?.orders12m ?? 0,
      averageOrderIntervalDays: usualOrderIntervalDays(facts),
      nextExpectedOrderDate: nextExpectedOrderDate(facts),
    };
  }

  @ResolveField(() => CustomerReceivablesObject)
  async receivables(customer: CustomerObject): Promise<CustomerReceivablesObject> {
    const stats = await this.loaders.statsOf(customer.id);
    const currency = stats?.revenueCurrency ?? (await this.loaders.settings()).reportingCurrency;
    return { open: MoneyObject.of(stats?.receivableOpenAmount ?? '0', currency), overdue: MoneyObject.of(stats?.receivableOverdueAmount ?? '0', currency) };
  }

  @ResolveField(() => Int, { description: 'How many contacts the customer has.' })
  async contactCount(customer: CustomerObject): Promise<number> {
    return (await this.loaders.contactsOf(customer.id)).length;
  }
}
