import { Args, Field, ID, InputType, Int, ObjectType, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Access, Connection, offsetOf, offsetPage, PageArgs, toConnection } from '@tradewind/platform';
import { KeyDate, KeyDatesService, MAX_KEY_DATE_DAYS } from './key-dates.service';

export enum KeyDateKindEnum {
  birthday = 'birthday',
  company_anniversary = 'company_anniversary',
}
registerEnumType(KeyDateKindEnum, { name: 'KeyDateKind', description: "A contact's birthday, or the date a customer's company was founded." });

@InputType()
export class KeyDatesFilter {
  @Field(() => Int, { defaultValue: 30, description: `Days ahead of today (in your time zone) to look, 0 to ${MAX_KEY_DATE_DAYS}; today is always included.` })
  @IsInt()
  @Min(0)
  @Max(MAX_KEY_DATE_DAYS)
  days: number = 30;

  @Field(() => ID, { nullable: true, description: 'Only the customers this user owns.' })
  @IsOptional()
  @IsUUID()
  ownerId?: string;
}

@ObjectType('KeyDate')
export class KeyDateObject {
  @Field(() => KeyDateKindEnum) kind!: KeyDateKindEnum;
  @Field({ description: 'YYYY-MM-DD: when it next comes round, today or later. A 29 February falls on the 28th in other years.' }) occursOn!: string;
  @Field(() => Int, { description: 'Years since the recorded date on that day: the age turned, or the years since the company was founded.' }) years!: number;
  @Field(() => ID) customerId!: string;
  @Field() customerName!: string;
  @Field(() => ID, { nullable: true }) ownerId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The contact whose birthday it is; null for a company anniversary.' }) contactId!: string | null;
  @Field(() => String, { nullable: true }) contactName!: string | null;

  static from(date: KeyDate): KeyDateObject {
    return { ...date, kind: date.kind as KeyDateKindEnum };
  }
}

@ObjectType() export class KeyDateConnection extends Connection(KeyDateObject, 'KeyDate') {}

@Resolver(() => KeyDateObject)
export class KeyDatesResolver {
  constructor(private readonly keyDates: KeyDatesService) {}

  @Query(() => KeyDateConnection, { description: "Contacts' birthdays and customers' company anniversaries coming round, soonest first, of the customers you may see." })
  @Access({ scope: 'crm:read' })
  async upcomingKeyDates(@Args() page: PageArgs, @Args('filter', { nullable: true }) filter?: KeyDatesFilter) {
    const offset = offsetOf(page);
    const { items, total } = await this.keyDates.upcoming({ days: filter?.days ?? 30, ownerId: filter?.ownerId }, offset, page.first);
    return toConnection(offsetPage(items, total, offset), KeyDateObject.from);
  }
}
