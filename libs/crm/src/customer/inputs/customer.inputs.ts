import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateBy,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { isCountryCode } from '@tradewind/shared';
import { IsCalendarDate, IsNotBlank, IsOptionalNotNull, SortDirection } from '@tradewind/platform';
import { CUSTOMER_GRADES, CUSTOMER_STAGES, PRICE_SENSITIVITIES } from '../customer.entity';

export enum CustomerStageEnum {
  lead = 'lead',
  prospect = 'prospect',
  customer = 'customer',
  dormant = 'dormant',
  lost = 'lost',
}
registerEnumType(CustomerStageEnum, { name: 'CustomerStage' });

export enum CustomerGradeEnum {
  vip = 'vip',
  key = 'key',
  regular = 'regular',
  potential = 'potential',
  dormant = 'dormant',
  lost = 'lost',
}
registerEnumType(CustomerGradeEnum, { name: 'CustomerGrade' });

export enum PriceSensitivityEnum {
  price = 'price',
  balanced = 'balanced',
  quality = 'quality',
}
registerEnumType(PriceSensitivityEnum, { name: 'PriceSensitivity' });

// The GraphQL enums must stay the entity's unions.
void CUSTOMER_STAGES;
void CUSTOMER_GRADES;
void PRICE_SENSITIVITIES;

@InputType()
export class MessagingHandlesInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) whatsapp?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) wechat?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) skype?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) telegram?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) line?: string;
}

@InputType()
export class ContactInput {
  @Field()
  @IsString()
  @IsNotBlank()
  @MaxLength(200)
  name!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  title?: string;

  @Field(() => [String], { nullable: true, description: 'Validated and lower-cased.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  emails?: string[];

  @Field(() => [String], { nullable: true, description: 'Stored as typed and as E.164 (the customer\'s country is the default region).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  phones?: string[];

  @Field(() => MessagingHandlesInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MessagingHandlesInput)
  messaging?: MessagingHandlesInput;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null clears it.' })
  @IsOptional()
  @IsCalendarDate()
  birthday?: string | null;

  @Field({ nullable: true, description: 'BCP 47 tag, e.g. en, de, zh-CN.' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  preferredLanguage?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  isPrimary?: boolean;
}

@InputType()
export class UpdateContactInput extends ContactInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  version?: number;
}

@InputType()
class CustomerFields {
  @Field({ nullable: true, description: 'The name in the customer\'s own script.' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  localName?: string;

  @Field({ nullable: true, description: 'ISO 3166 code or a country name (English or Chinese).' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  country?: string;

  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) city?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(1000) address?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(500) website?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) industry?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) source?: string;

  @Field(() => CustomerStageEnum, { nullable: true })
  @IsOptionalNotNull()
  @IsEnum(CustomerStageEnum)
  stage?: CustomerStageEnum;

  @Field(() => [String], { nullable: true })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  productsOfInterest?: string[];

  @Field(() => PriceSensitivityEnum, { nullable: true, description: 'null clears it.' })
  @IsOptional()
  @IsEnum(PriceSensitivityEnum)
  priceSensitivity?: PriceSensitivityEnum | null;

  @Field({ nullable: true, description: 'E.g. FOB, CIF (Incoterms 2020 code).' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  usualIncoterm?: string;

  @Field({ nullable: true, description: 'ISO 4217.' })
  @IsOptional()
  @IsString()
  @MaxLength(3)
  usualCurrency?: string;

  @Field({ nullable: true, description: 'E.g. "T/T 30/70".' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  usualPaymentTerms?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null or "" clears it.' })
  @ValidateIf((_, value) => value !== null && value !== undefined && value !== '')
  @IsCalendarDate({ message: 'companyAnniversary must be a date written YYYY-MM-DD, such as 2005-06-01' })
  companyAnniversary?: string | null;

  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(10000) notes?: string;
}

@InputType()
export class CreateCustomerInput extends CustomerFields {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name!: string;

  @Field(() => ID, { nullable: true, description: 'Owner; default: you if you are in sales, else the pool.' })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @Field({ nullable: true, description: 'Leave the customer in the shared pool.' })
  @IsOptional()
  @IsBoolean()
  toPool?: boolean;

  @Field(() => [ContactInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ContactInput)
  contacts?: ContactInput[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  tagIds?: string[];
}

@InputType()
export class UpdateCustomerInput extends CustomerFields {
  @Field(() => Int, { description: 'The version you edited; a stale version is refused.' })
  @IsInt()
  version!: number;

  @Field({ nullable: true })
  @IsOptionalNotNull()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name?: string;
}

export enum TagMatchMode {
  AND = 'AND',
  OR = 'OR',
}
registerEnumType(TagMatchMode, { name: 'TagMatchMode' });

@InputType({ description: 'Tags: within a group any of the tags matches (OR), across groups all groups must match (AND). `mode: OR` makes every tag an alternative.' })
export class TagFilterInput {
  @Field(() => [ID])
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  tagIds!: string[];

  @Field(() => String, { nullable: true, defaultValue: 'AND' })
  @IsOptional()
  @IsEnum({ AND: 'AND', OR: 'OR' }, { message: 'mode must be AND or OR' })
  mode?: 'AND' | 'OR';
}

@InputType()
export class CustomerFilter {
  @Field({ nullable: true, description: 'Name, local name, e-mail, phone or website.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => TagFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TagFilterInput)
  tags?: TagFilterInput;

  @Field(() => [String], { nullable: true, description: 'ISO 3166 alpha-2 codes.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(250)
  @IsString({ each: true })
  // A name ("Germany") would match nothing and the list would quietly come back empty.
  @ValidateBy({ name: 'isCountryCodes', validator: { validate: (codes: unknown) => !Array.isArray(codes) || codes.every((c) => typeof c !== 'string' || isCountryCode(c.toUpperCase())), defaultMessage: () => '$property must be ISO 3166 alpha-2 codes such as DE or CN' } })
  countries?: string[];

  @Field(() => [CustomerStageEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(CustomerStageEnum, { each: true })
  stages?: CustomerStageEnum[];

  @Field(() => [CustomerGradeEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(CustomerGradeEnum, { each: true })
  grades?: CustomerGradeEnum[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @Field({ nullable: true, description: 'Only customers in the shared pool (true) or only owned ones (false).' })
  @IsOptional()
  @IsBoolean()
  inPool?: boolean;

  @Field({ nullable: true, description: 'Only customers you own.' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;
}

export enum CustomerSortField {
  name = 'name',
  createdAt = 'createdAt',
  lastActivityAt = 'lastActivityAt',
}
registerEnumType(CustomerSortField, {
  name: 'CustomerSortField',
  valuesMap: { lastActivityAt: { description: 'The last contact logged; customers never contacted come last (DESC) or first (ASC), by creation among themselves.' } },
});

@InputType()
export class CustomerSort {
  @Field(() => CustomerSortField, { defaultValue: CustomerSortField.name })
  @IsEnum(CustomerSortField)
  field: CustomerSortField = CustomerSortField.name;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  @IsEnum(SortDirection)
  direction: SortDirection = SortDirection.ASC;
}
