import { Args, Field, ID, InputType, Int, Mutation, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Access, IsOptionalNotNull, UserObject, UsersService } from '@tradewind/platform';
import { CrmSettingsValue } from './crm-settings.entity';
import { CrmSettingsService, MAX_ASSIGNMENT_RULES } from './crm-settings.service';

// A threshold of revenue: not negative, whole units or cents, no exponent.
const AMOUNT = /^\d{1,15}(\.\d{1,2})?$/;
const AMOUNT_MESSAGE = '$property must be an amount such as 150000 or 150000.50 (not negative)';

@ObjectType('GradingThresholds')
@InputType('GradingThresholdsInput')
export class GradingThresholdsType {
  @Field({ description: 'Decimal string in the reporting currency (changing that currency needs these again).' }) @Matches(AMOUNT, { message: AMOUNT_MESSAGE }) vipRevenue12m!: string;
  @Field({ description: 'Decimal string in the reporting currency; at most vipRevenue12m.' }) @Matches(AMOUNT, { message: AMOUNT_MESSAGE }) keyRevenue12m!: string;
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
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) industry?: string;
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

@InputType({ description: 'What is left out stays as it is; none of the fields may be null.' })
export class UpdateCrmSettingsInput {
  @Field({ nullable: true, description: 'ISO 4217; changing it needs the grading thresholds in the same input, as they are amounts in it.' })
  @IsOptionalNotNull() @IsString() @MaxLength(3) reportingCurrency?: string;
  @Field(() => GradingThresholdsType, { nullable: true }) @IsOptionalNotNull() @ValidateNested() @Type(() => GradingThresholdsType) grading?: GradingThresholdsType;
  @Field(() => FollowUpPolicyType, { nullable: true }) @IsOptionalNotNull() @ValidateNested() @Type(() => FollowUpPolicyType) followUpDays?: FollowUpPolicyType;
  @Field(() => PoolSettingsType, { nullable: true }) @IsOptionalNotNull() @ValidateNested() @Type(() => PoolSettingsType) pool?: PoolSettingsType;
  @Field(() => [AssignmentRuleType], { nullable: true, description: 'Replaces every rule; [] removes them all.' })
  @IsOptionalNotNull() @IsArray() @ArrayMaxSize(MAX_ASSIGNMENT_RULES) @ValidateNested({ each: true }) @Type(() => AssignmentRuleType) assignmentRules?: AssignmentRuleType[];
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
    return (await this.settings.update(input as Partial<CrmSettingsValue>)) as CrmSettingsObject;
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
