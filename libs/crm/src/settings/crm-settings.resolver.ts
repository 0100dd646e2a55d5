import { Args, Field, ID, InputType, Int, Mutation, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsArray, IsInt, IsNumberString, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { Access, UserObject, UsersService } from '@tradewind/platform';
import { parseCountry, parseCurrencyCode } from '@tradewind/shared';
import { ValidationFailedError } from '@tradewind/platform';
import { CrmSettingsValue } from './crm-settings.entity';
import { CrmSettingsService } from './crm-settings.service';

@ObjectType('GradingThresholds')
@InputType('GradingThresholdsInput')
export class GradingThresholdsType {
  @Field({ description: 'Decimal string in the reporting currency.' }) @IsNumberString() vipRevenue12m!: string;
  @Field() @IsNumberString() keyRevenue12m!: string;
  @Field(() => Int) @IsInt() @Min(1) vipOrders12m!: number;
  @Field(() => Int) @IsInt() @Min(1) keyOrders12m!: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(3650) potentialActivityDays!: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(120) dormantMonths!: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(240) lostMonths!: number;
}

@ObjectType('FollowUpPolicy', { description: 'Days between contacts per grade; null: no automatic follow-ups.' })
@InputType('FollowUpPolicyInput')
export class FollowUpPolicyType {
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) vip!: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) key!: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) regular!: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) potential!: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) dormant!: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) lost!: number | null;
}

@ObjectType('PoolSettings')
@InputType('PoolSettingsInput')
export class PoolSettingsType {
  @Field(() => Int, { description: 'Owned customers without logged activity for this many days return to the pool.' }) @IsInt() @Min(2) @Max(3650) idleDays!: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(60) warningDays!: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(100000) claimCap!: number;
}

@ObjectType('AssignmentRule')
@InputType('AssignmentRuleInput')
export class AssignmentRuleType {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(2, 60) country?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() industry?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() teamId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() userId?: string;
}

@ObjectType('CrmSettings')
export class CrmSettingsObject {
  @Field() reportingCurrency!: string;
  @Field(() => GradingThresholdsType) grading!: GradingThresholdsType;
  @Field(() => FollowUpPolicyType) followUpDays!: FollowUpPolicyType;
  @Field(() => PoolSettingsType) pool!: PoolSettingsType;
  @Field(() => [AssignmentRuleType]) assignmentRules!: AssignmentRuleType[];
}

@InputType()
export class UpdateCrmSettingsInput {
  @Field({ nullable: true }) @IsOptional() @IsString() reportingCurrency?: string;
  @Field(() => GradingThresholdsType, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => GradingThresholdsType) grading?: GradingThresholdsType;
  @Field(() => FollowUpPolicyType, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => FollowUpPolicyType) followUpDays?: FollowUpPolicyType;
  @Field(() => PoolSettingsType, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => PoolSettingsType) pool?: PoolSettingsType;
  @Field(() => [AssignmentRuleType], { nullable: true }) @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => AssignmentRuleType) assignmentRules?: AssignmentRuleType[];
}

@Resolver()
export class CrmSettingsResolver {
  constructor(private readonly settings: CrmSettingsService) {}

  @Query(() => CrmSettingsObject)
  @Access({ scope: 'crm:read' })
  crmSettings(): Promise<CrmSettingsObject> {
    return this.settings.get() as Promise<CrmSettingsObject>;
  }

  @Mutation(() => CrmSettingsObject)
  @Access({ roles: ['admin'], scope: 'admin' })
  async updateCrmSettings(@Args('input') input: UpdateCrmSettingsInput): Promise<CrmSettingsObject> {
    const patch: Partial<CrmSettingsValue> = { ...input } as Partial<CrmSettingsValue>;
    if (input.reportingCurrency) {
      const currency = parseCurrencyCode(input.reportingCurrency);
      if (!currency) throw ValidationFailedError.field('input.reportingCurrency', 'must be an ISO 4217 code');
      patch.reportingCurrency = currency;
    }
    if (input.pool && input.pool.warningDays >= input.pool.idleDays) throw ValidationFailedError.field('input.pool.warningDays', 'must be fewer than idleDays');
    input.assignmentRules?.forEach((rule, i) => {
      if (!rule.teamId && !rule.userId) throw ValidationFailedError.field(`input.assignmentRules.${i}`, 'give a teamId or a userId');
      if (rule.country) {
        const country = parseCountry(rule.country);
        if (!country) throw ValidationFailedError.field(`input.assignmentRules.${i}.country`, `"${rule.country}" is not a country`);
        rule.country = country;
      }
    });
    return (await this.settings.update(patch)) as CrmSettingsObject;
  }
}

@Resolver(() => AssignmentRuleType)
export class AssignmentRuleResolver {
  constructor(private readonly users: UsersService) {}

  @ResolveField(() => UserObject, { nullable: true, description: 'The colleague the rule gives customers to (userId), to show by name.' })
  user(rule: AssignmentRuleType): Promise<UserObject | null> {
    return this.users.loadObject(rule.userId ?? null);
  }
}
