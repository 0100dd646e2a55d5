import { Args, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEmail, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Access, GraphQLJSON } from '@tradewind/platform';
import { OrdersSettingsService } from './orders-settings.service';

@ObjectType('CompanyProfile')
@InputType('CompanyProfileInput')
export class CompanyProfileType {
  @Field() @IsString() @MaxLength(200) name!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) nameLocal?: string;
  @Field() @IsString() @MaxLength(500) address!: string;
  @Field() @IsString() @MaxLength(50) phone!: string;
  @Field() @IsEmail({}, { message: 'email must be an e-mail address' }) email!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) website?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(50) taxId?: string;
}

@ObjectType('BankDetails')
@InputType('BankDetailsInput')
export class BankDetailsType {
  @Field() @IsString() @MaxLength(200) beneficiary!: string;
  @Field() @IsString() @MaxLength(200) bankName!: string;
  @Field() @IsString() @MaxLength(500) bankAddress!: string;
  @Field() @IsString() @MaxLength(60) accountNumber!: string;
  @Field() @IsString() @MaxLength(11) swift!: string;
}

@ObjectType('NumberingPatterns')
@InputType('NumberingPatternsInput')
export class NumberingType {
  @Field({ description: 'e.g. PI-{YYYY}-{SEQ:4}' }) @IsString() @MaxLength(60) order!: string;
  @Field() @IsString() @MaxLength(60) quotation!: string;
  @Field() @IsString() @MaxLength(60) purchaseOrder!: string;
}

@ObjectType('OrdersSettings')
export class OrdersSettingsObject {
  @Field(() => CompanyProfileType) company!: CompanyProfileType;
  @Field(() => BankDetailsType) bank!: BankDetailsType;
  @Field(() => NumberingType) numbering!: NumberingType;
  @Field(() => Int) quotationValidityDays!: number;
  @Field() reportingCurrency!: string;
  @Field(() => GraphQLJSON, { description: 'Units of the reporting currency per unit of each currency (until finance keeps daily rates).' }) fxRates!: Record<string, string>;
}

@InputType()
export class UpdateOrdersSettingsInput {
  @Field(() => CompanyProfileType, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => CompanyProfileType) company?: CompanyProfileType;
  @Field(() => BankDetailsType, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => BankDetailsType) bank?: BankDetailsType;
  @Field(() => NumberingType, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => NumberingType) numbering?: NumberingType;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(365) quotationValidityDays?: number;
}

@Resolver()
export class OrdersSettingsResolver {
  constructor(private readonly settings: OrdersSettingsService) {}

  @Query(() => OrdersSettingsObject, { description: 'Letterhead, bank details and numbering the documents use.' })
  @Access({ scope: 'orders:read' })
  ordersSettings(): Promise<OrdersSettingsObject> {
    return this.settings.get();
  }

  @Mutation(() => OrdersSettingsObject)
  @Access({ roles: ['admin'], scope: 'admin' })
  updateOrdersSettings(@Args('input') input: UpdateOrdersSettingsInput): Promise<OrdersSettingsObject> {
    return this.settings.update(input);
  }
}
