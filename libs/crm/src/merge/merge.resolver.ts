import { Args, Field, ObjectType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, Connection, IdArg, offsetOf, offsetPage, PageArgs, toConnection } from '@tradewind/platform';
import { CustomerObject } from '../customer/customer.object';
import { CRM_WRITERS } from '../customer/customer.resolver';
import { DuplicatesService } from './duplicates.service';
import { MergeService } from './merge.service';

@ObjectType('DuplicatePair')
export class DuplicatePairObject {
  @Field(() => CustomerObject) a!: CustomerObject;
  @Field(() => CustomerObject) b!: CustomerObject;
  @Field({ description: 'email, email_domain, website, phone, name or fuzzy_name' }) matchedOn!: string;
  @Field({ description: 'Why, in words: "same e-mail domain acme.de".' }) reason!: string;
}

@ObjectType() export class DuplicatePairConnection extends Connection(DuplicatePairObject, 'DuplicatePair') {}

@Resolver()
export class MergeResolver {
  constructor(
    private readonly merges: MergeService,
    private readonly duplicates: DuplicatesService,
  ) {}

  @Query(() => DuplicatePairConnection, { description: 'Customers you may see that the matching rules take for one.' })
  @Access({ roles: CRM_WRITERS, scope: 'crm:read' })
  async possibleDuplicates(@Args() page: PageArgs) {
    const offset = offsetOf(page);
    const { items, total } = await this.duplicates.possibleDuplicates(offset, page.first);
    return toConnection(offsetPage(items, total, offset), (p) => ({ ...p, a: CustomerObject.from(p.a), b: CustomerObject.from(p.b) }));
  }

  @Mutation(() => CustomerObject, { description: 'Merge `mergedId` into `survivorId`: contacts, activities, follow-ups, tags and orders move over; the merged id keeps resolving to the survivor.' })
  @Access({ roles: CRM_WRITERS, scope: 'crm:write' })
  async mergeCustomers(@IdArg('survivorId') survivorId: string, @IdArg('mergedId') mergedId: string): Promise<CustomerObject> {
    return CustomerObject.from(await this.merges.merge(survivorId, mergedId));
  }
}
