import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ORDER_STAGES } from '../../order-stages';
import { TRANSPORT_MODES } from '../../incoterms';

// Costs the seller bears: 0 or more, a dot for decimals, at most 4 decimals, as the numeric(20,4) columns hold.
const COST = /^\d{1,14}(\.\d{1,4})?$/;
// class-validator's messages start with the property's name, which the API's field errors leave out.
const COST_MESSAGE = { message: ({ property }: { property: string }) => `${property} must be an amount of 0 or more like 1250.50 (at most 4 decimals)` };

@InputType()
export class LineInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() productId?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(60) sku?: string;
  @Field() @IsString() @MinLength(1) @MaxLength(2000) description!: string;
  // Decimal format is checked with the order's other rules, so one answer names every bad field.
  @Field({ description: 'Decimal string, e.g. "1200" or "12.5".' }) @IsString() @MaxLength(30) quantity!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(20) unit?: string;
  @Field({ description: 'Decimal string in the order currency.' }) @IsString() @MaxLength(30) unitPrice!: string;
}

@InputType()
class CommercialFields {
  @Field({ nullable: true, description: 'ISO 4217; default: the customer\'s usual currency.' }) @IsOptional() @IsString() @MaxLength(3) currency?: string;
  @Field({ nullable: true, description: 'Incoterms 2020 rule, e.g. FOB.' }) @IsOptional() @IsString() @MaxLength(40) incotermCode?: string;
  @Field({ nullable: true, description: 'Named place, e.g. Ningbo or Hamburg.' }) @IsOptional() @IsString() @MaxLength(200) incotermPlace?: string;
  @Field({ nullable: true, description: 'E.g. "T/T 30/70", "L/C at sight", "Net 30".' }) @IsOptional() @IsString() @MaxLength(300) paymentTerms?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() contactId?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) notes?: string;
}

@InputType()
export class CreateOrderInput extends CommercialFields {
  @Field(() => ID) @IsUUID() customerId!: string;
  @Field({ nullable: true }) @IsOptional() @IsIn(TRANSPORT_MODES, { message: `transportMode must be one of ${TRANSPORT_MODES.join(', ')}` }) transportMode?: string;
  @Field({ nullable: true, description: 'YYYY-MM-DD; default today.' }) @IsOptional() @IsISO8601({ strict: true }) orderDate?: string;
  @Field({ nullable: true }) @IsOptional() @IsISO8601({ strict: true }) deliveryDate?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() ownerId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() merchandiserId?: string;
  @Field({ nullable: true }) @IsOptional() @Matches(COST, COST_MESSAGE) freightCost?: string;
  @Field({ nullable: true }) @IsOptional() @Matches(COST, COST_MESSAGE) insuranceCost?: string;
  @Field({ nullable: true }) @IsOptional() @Matches(COST, COST_MESSAGE) importDutyCost?: string;
  @Field(() => [LineInput]) @IsArray() @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => LineInput) lines!: LineInput[];
}

@InputType()
export class UpdateOrderInput extends CommercialFields {
  @Field(() => Int) @IsInt() version!: number;
  @Field({ nullable: true }) @IsOptional() @IsIn(TRANSPORT_MODES, { message: `transportMode must be one of ${TRANSPORT_MODES.join(', ')}` }) transportMode?: string;
  @Field({ nullable: true }) @IsOptional() @IsISO8601({ strict: true }) deliveryDate?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() merchandiserId?: string;
  @Field({ nullable: true }) @IsOptional() @Matches(COST, COST_MESSAGE) freightCost?: string;
  @Field({ nullable: true }) @IsOptional() @Matches(COST, COST_MESSAGE) insuranceCost?: string;
  @Field({ nullable: true }) @IsOptional() @Matches(COST, COST_MESSAGE) importDutyCost?: string;
  @Field(() => [LineInput], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => LineInput) lines?: LineInput[];
}

@InputType()
export class OrderFilterInput {
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @IsIn(ORDER_STAGES, { each: true }) stages?: (typeof ORDER_STAGES)[number][];
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() ownerId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() customerId?: string;
  @Field({ nullable: true, description: 'ISO 3166 alpha-2.' }) @IsOptional() @IsString() @MaxLength(2) country?: string;
  @Field({ nullable: true, description: 'YYYY-MM' }) @IsOptional() @IsString() deliveryMonth?: string;
  @Field({ nullable: true, description: 'Orders at risk (see Order.atRisk), or with false those that are not.' }) @IsOptional() @IsBoolean() atRisk?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) search?: string;
  @Field({ nullable: true, description: 'Leave out closed and cancelled orders.' }) @IsOptional() @IsBoolean() activeOnly?: boolean;
}

@InputType()
export class AddCommentInput {
  @Field() @IsString() @MinLength(1) @MaxLength(5000) body!: string;
  @Field(() => [ID], { nullable: true, description: 'Users @mentioned in the body; they are notified.' }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true }) mentionedUserIds?: string[];
}
