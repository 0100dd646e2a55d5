import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, MoneyObject, UserObject } from '@tradewind/platform';
import { ActivityTypeEnum } from '../activity/activity.object';
import { CustomerGradeEnum, CustomerStageEnum, PriceSensitivityEnum } from './inputs/customer.inputs';
import { Customer } from './customer.entity';
import { GRADE_BASIS_CODES, GradeBasis, GradeBasisCode } from '../grading/grade.rules';

export const GradeBasisCodeEnum = Object.fromEntries(GRADE_BASIS_CODES.map((code) => [code, code])) as { [K in GradeBasisCode]: K };
registerEnumType(GradeBasisCodeEnum, {
  name: 'GradeBasisCode',
  description: 'Why a customer has its grade; GradeBasis carries the figures the code names.',
  valuesMap: {
    marked_lost: { description: 'The stage was set to lost.' },
    silent_after_orders: { description: 'Bought before; no order (monthsSinceOrder) and no contact (monthsSinceContact) for longer than the lost threshold.' },
    order_overdue: { description: 'Bought before; no order for daysSinceOrder, over twice usualIntervalDays or the dormant threshold.' },
    order_figures: { description: 'orders12m and revenue12m of the last 12 months, which decide VIP, key or regular.' },
    recent_contact_no_order: { description: 'No order yet; last contact daysSinceContact ago, recent enough to be potential.' },
    quiet_no_order: { description: 'No order yet; no contact for daysSinceContact.' },
    silent_no_order: { description: 'No order and no contact for monthsSinceContact, longer than the lost threshold.' },
    never_contacted: { description: 'No order and no contact logged yet.' },
  },
});

@ObjectType('GradeBasis', { description: "Why a customer has its grade: a code and the figures it names (the others are null), to be worded in the reader's language." })
export class GradeBasisObject {
  @Field(() => GradeBasisCodeEnum) code!: GradeBasisCode;
  @Field(() => Int, { nullable: true }) orders12m!: number | null;
  @Field(() => MoneyObject, { nullable: true }) revenue12m!: MoneyObject | null;
  @Field(() => Int, { nullable: true }) daysSinceOrder!: number | null;
  @Field(() => Int, { nullable: true }) usualIntervalDays!: number | null;
  @Field(() => Int, { nullable: true }) daysSinceContact!: number | null;
  @Field(() => Int, { nullable: true }) monthsSinceOrder!: number | null;
  @Field(() => Int, { nullable: true }) monthsSinceContact!: number | null;

  static from(basis: GradeBasis | null): GradeBasisObject | null {
    if (!basis) return null;
    // Every code's figures read through one shape; those a code does not name are null.
    const figures: {
      code: GradeBasisCode;
      orders12m?: number;
      revenue12m?: { amount: string; currency: string };
      daysSinceOrder?: number;
      usualIntervalDays?: number | null;
      daysSinceContact?: number;
      monthsSinceOrder?: number;
      monthsSinceContact?: number;
    } = basis;
    return {
      code: figures.code,
      orders12m: figures.orders12m ?? null,
      revenue12m: figures.revenue12m ? MoneyObject.of(figures.revenue12m.amount, figures.revenue12m.currency) : null,
      daysSinceOrder: figures.daysSinceOrder ?? null,
      usualIntervalDays: figures.usualIntervalDays ?? null,
      daysSinceContact: figures.daysSinceContact ?? null,
      monthsSinceOrder: figures.monthsSinceOrder ?? null,
      monthsSinceContact: figures.monthsSinceContact ?? null,
    };
  }
}

@ObjectType('PhoneNumber')
export class PhoneNumberObject {
  @Field(() => String, { nullable: true, description: 'E.164, e.g. +4930123456.' })
  e164!: string | null;

  @Field({ description: 'As typed.' })
  raw!: string;
}

@ObjectType('MessagingHandles')
export class MessagingHandlesObject {
  @Field(() => String, { nullable: true }) whatsapp?: string;
  @Field(() => String, { nullable: true }) wechat?: string;
  @Field(() => String, { nullable: true }) skype?: string;
  @Field(() => String, { nullable: true }) telegram?: string;
  @Field(() => String, { nullable: true }) line?: string;
}

@ObjectType('Contact')
export class ContactObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) customerId!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => [String]) emails!: string[];
  @Field(() => [PhoneNumberObject]) phones!: PhoneNumberObject[];
  @Field(() => MessagingHandlesObject) messaging!: MessagingHandlesObject;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) birthday!: string | null;
  @Field(() => String, { nullable: true }) preferredLanguage!: string | null;
  @Field() isPrimary!: boolean;
  @Field(() => Int) version!: number;
}

@ObjectType('TagGroup')
export class TagGroupObject {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'region, industry, value or custom' }) kind!: string;
}

@ObjectType('Tag')
export class TagObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) groupId!: string;
  @Field() name!: string;
  @Field() color!: string;
}

@ObjectType('OwnerChange')
export class OwnerChangeObject {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) fromUserId!: string | null;
  @Field(() => ID, { nullable: true }) toUserId!: string | null;
  @Field(() => UserObject, { nullable: true }) fromUser?: UserObject | null;
  @Field(() => UserObject, { nullable: true }) toUser?: UserObject | null;
  @Field({ description: 'created, import, claim, assign, rule, handover, pool_return, release, merge' }) reason!: string;
  @Field(() => ID, { nullable: true }) byUserId!: string | null;
  @Field() at!: Date;
}

@ObjectType('CustomerKeyFigures', { description: 'Order figures kept from the orders module\'s events.' })
export class CustomerKeyFiguresObject {
  @Field(() => String, { nullable: true }) firstOrderDate!: string | null;
  @Field(() => String, { nullable: true }) lastOrderDate!: string | null;
  @Field(() => Int) orderCount!: number;
  @Field(() => Int) openQuotationCount!: number;
  @Field(() => MoneyObject) revenue!: MoneyObject;
  @Field(() => MoneyObject) revenue12m!: MoneyObject;
  @Field(() => Int) orders12m!: number;
  @Field(() => Int, { nullable: true, description: 'Average days between orders.' }) averageOrderIntervalDays!: number | null;
  @Field(() => String, { nullable: true }) nextExpectedOrderDate!: string | null;
}

@ObjectType('CustomerReceivables')
export class CustomerReceivablesObject {
  @Field(() => MoneyObject) open!: MoneyObject;
  @Field(() => MoneyObject) overdue!: MoneyObject;
}

@ObjectType('Activity')
export class ActivityObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) customerId!: string;
  @Field(() => ID, { nullable: true }) contactId!: string | null;
  @Field(() => ActivityTypeEnum) type!: string;
  @Field(() => String, { nullable: true }) subject!: string | null;
  @Field(() => String, { nullable: true }) body!: string | null;
  @Field() occurredAt!: Date;
  @Field(() => ID, { nullable: true }) authorId!: string | null;
  @Field(() => UserObject, { nullable: true }) author?: UserObject | null;
  @Field(() => String, { nullable: true, description: 'JSON facts of system entries (stage change, owners …).' }) data!: string | null;
}

@ObjectType()
export class ActivityConnection extends Connection(ActivityObject, 'Activity') {}

@ObjectType('Customer')
export class CustomerObject {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) localName!: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2.' }) country!: string | null;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field(() => String, { nullable: true }) address!: string | null;
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field(() => String, { nullable: true }) websiteDomain!: string | null;
  @Field(() => String, { nullable: true }) industry!: string | null;
  @Field(() => String, { nullable: true }) source!: string | null;
  @Field(() => CustomerStageEnum) stage!: string;
  @Field(() => [String]) productsOfInterest!: string[];
  @Field(() => PriceSensitivityEnum, { nullable: true }) priceSensitivity!: string | null;
  @Field(() => String, { nullable: true }) usualIncoterm!: string | null;
  @Field(() => String, { nullable: true }) usualCurrency!: string | null;
  @Field(() => String, { nullable: true }) usualPaymentTerms!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) companyAnniversary!: string | null;
  @Field(() => String, { nullable: true }) notes!: string | null;
  @Field(() => CustomerGradeEnum, { nullable: true }) grade!: string | null;
  @Field(() => String, { nullable: true, description: 'Why the grade, in English figures ("3 orders, USD 182k in 12 months"); gradeBasis has the same as a code and figures.' }) gradeReason!: string | null;
  @Field(() => GradeBasisObject, { nullable: true, description: 'Why the grade, as a code and figures; null until the customer is first graded.' }) gradeBasis!: GradeBasisObject | null;
  @Field(() => Date, { nullable: true }) gradedAt!: Date | null;
  @Field(() => Date, { nullable: true }) lastActivityAt!: Date | null;
  @Field(() => ID, { nullable: true }) ownerId!: string | null;
  @Field(() => ID, { nullable: true }) teamId!: string | null;
  @Field({ description: 'In the shared pool (公海), without an owner.' }) inPool!: boolean;
  @Field(() => [String], { description: 'Other (normalised) names this customer is known by, e.g. merged duplicates.' }) aliases!: string[];
  @Field(() => Int) version!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;

  static from(c: Customer): CustomerObject {
    return {
      id: c.id, name: c.name, localName: c.localName, country: c.country, city: c.city, address: c.address, website: c.website,
      websiteDomain: c.websiteDomain, industry: c.industry, source: c.source, stage: c.stage, productsOfInterest: c.productsOfInterest,
      priceSensitivity: c.priceSensitivity, usualIncoterm: c.usualIncoterm, usualCurrency: c.usualCurrency, usualPaymentTerms: c.usualPaymentTerms,
      companyAnniversary: c.companyAnniversary, notes: c.notes, grade: c.grade, gradeReason: c.gradeReason, gradeBasis: GradeBasisObject.from(c.gradeBasis), gradedAt: c.gradedAt,
      lastActivityAt: c.lastActivityAt, ownerId: c.ownerId, teamId: c.teamId, inPool: c.ownerId === null, aliases: c.aliases, version: c.version,
      createdAt: c.createdAt, updatedAt: c.updatedAt,
    };
  }
}

@ObjectType()
export class CustomerConnection extends Connection(CustomerObject, 'Customer') {}
