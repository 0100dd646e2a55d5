import { Args, Field, InputType, Int, ObjectType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength } from 'class-validator';
import { Access, BoundedCountPipe, Connection, IdArg, offsetOf, offsetPage, PageArgs, toConnection } from '@tradewind/platform';
import { CustomerObject } from '../customer/customer.object';
import { CRM_WRITERS } from '../customer/customer.resolver';
import { DuplicatesService } from './duplicates.service';
import { CustomerLookalikesService } from './lookalikes.service';
import { MergeService } from './merge.service';

@ObjectType('DuplicatePair')
export class DuplicatePairObject {
  @Field(() => CustomerObject) a!: CustomerObject;
  @Field(() => CustomerObject) b!: CustomerObject;
  @Field({ description: 'email, email_domain, website, phone, name or fuzzy_name' }) matchedOn!: string;
  @Field({ description: 'Why, in words: "same e-mail domain acme.de".' }) reason!: string;
}

@ObjectType()
export class DuplicatePairConnection extends Connection(DuplicatePairObject, 'DuplicatePair') {
  @Field({ description: 'When the pairs were computed (a worker job does it; merges and your scope apply at once).' }) computedAt!: Date;
  @Field({ description: 'Customers changed since computedAt: a new computation is on its way; ask again in a few seconds.' }) refreshing!: boolean;
  @Field(() => Int, { description: 'Pairs not listed because one of their customers is outside your data scope (an admin can merge them).' }) beyondScope!: number;
}

@InputType({ description: 'A customer about to be created, as typed: the values matching compares.' })
export class CustomerLookalikeInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(300) name?: string;
  @Field({ nullable: true, description: 'ISO 3166 code or a country name; another country never matches.' }) @IsOptional() @IsString() @MaxLength(100) country?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(500) website?: string;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(320, { each: true }) emails?: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(100, { each: true }) phones?: string[];
}

@ObjectType('CustomerLookalike')
export class CustomerLookalikeObject {
  @Field(() => CustomerObject, { nullable: true, description: 'null: a customer outside your data scope (ask a manager).' }) customer!: CustomerObject | null;
  @Field({ description: 'email, email_domain, website, phone, name or fuzzy_name' }) matchedOn!: string;
  @Field({ description: 'Why, in words ("same e-mail domain acme.de"); without the other customer\'s values when you may not see it.' }) reason!: string;
}

const MAX_LOOKALIKES = 20;

@Resolver()
export class MergeResolver {
  constructor(
    private readonly merges: MergeService,
    private readonly duplicates: DuplicatesService,
    private readonly lookalikes: CustomerLookalikesService,
  ) {}

  @Query(() => DuplicatePairConnection, { description: 'Customers you may see that the matching rules take for one.' })
  @Access({ roles: CRM_WRITERS, scope: 'crm:read' })
  async possibleDuplicates(@Args() page: PageArgs) {
    const offset = offsetOf(page);
    const { items, total, computedAt, refreshing, beyondScope } = await this.duplicates.possibleDuplicates(offset, page.first);
    const connection = toConnection(offsetPage(items, total, offset), (p) => ({ ...p, a: CustomerObject.from(p.a), b: CustomerObject.from(p.b) }));
    return { ...connection, computedAt, refreshing, beyondScope };
  }

  @Query(() => [CustomerLookalikeObject], {
    description: `Existing customers that the import's matching rules take for the one described, strongest match first (at most \`first\`, 1 to ${MAX_LOOKALIKES}): ask before creating a customer.`,
  })
  @Access({ roles: CRM_WRITERS, scope: 'crm:read' })
  async customerLookalikes(
    @Args('input') input: CustomerLookalikeInput,
    @Args('first', { type: () => Int, defaultValue: 5 }, new BoundedCountPipe(MAX_LOOKALIKES)) first: number,
  ): Promise<CustomerLookalikeObject[]> {
    const found = await this.lookalikes.lookalikes({ names: [input.name], country: input.country, website: input.website, emails: input.emails, phones: input.phones }, first);
    return found.map((l) => ({ ...l, customer: l.customer && CustomerObject.from(l.customer) }));
  }

  @Mutation(() => CustomerObject, { description: 'Merge `mergedId` into `survivorId`: contacts, activities, follow-ups, tags and orders move over; the merged id keeps resolving to the survivor.' })
  @Access({ roles: CRM_WRITERS, scope: 'crm:write' })
  async mergeCustomers(@IdArg('survivorId') survivorId: string, @IdArg('mergedId') mergedId: string): Promise<CustomerObject> {
    return CustomerObject.from(await this.merges.merge(survivorId, mergedId));
  }
}
