import { Args, Field, ID, Info, InputType, Int, Mutation, ObjectType, Query, registerEnumType, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Access, Connection, IdArg, IsInstant, PageArgs, prefetchFields, selectedNodeFields, toConnection, UserObject } from '@tradewind/platform';
import { ActivityTypeEnum } from '../activity/activity.object';
import { ActivityObject, CustomerObject } from '../customer/customer.object';
import { CustomerLoaders } from '../customer/customer.loaders';
import { activityObject, CRM_WRITERS } from '../customer/customer.resolver';
import { FOLLOW_UP_TYPES, FollowUp, FollowUpType } from './follow-up.entity';
import { FollowUpService } from './follow-up.service';

export enum FollowUpDueEnum {
  overdue = 'overdue',
  today = 'today',
  today_or_overdue = 'today_or_overdue',
  upcoming = 'upcoming',
}
registerEnumType(FollowUpDueEnum, { name: 'FollowUpDue' });

@InputType()
export class CreateFollowUpInput {
  @Field(() => ID) @IsUUID() customerId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() contactId?: string;
  @Field(() => ID, { nullable: true, description: 'Default: you.' }) @IsOptional() @IsUUID() assigneeId?: string;
  @Field({ description: 'When, as an instant (the SPA sends it from the user\'s time zone).' }) @IsInstant() dueAt!: Date;
  @Field(() => String, { nullable: true, description: FOLLOW_UP_TYPES.join(', ') }) @IsOptional() @IsIn(FOLLOW_UP_TYPES, { message: `type must be one of ${FOLLOW_UP_TYPES.join(', ')}` }) type?: FollowUpType;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

@InputType()
export class UpdateFollowUpInput {
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() version?: number;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() assigneeId?: string;
  @Field({ nullable: true }) @IsOptional() @IsInstant() dueAt?: Date;
  @Field(() => String, { nullable: true, description: FOLLOW_UP_TYPES.join(', ') }) @IsOptional() @IsIn(FOLLOW_UP_TYPES, { message: `type must be one of ${FOLLOW_UP_TYPES.join(', ')}` }) type?: FollowUpType;
  @Field(() => String, { nullable: true, description: 'null or blank clears it.' }) @IsOptional() @IsString() @MaxLength(2000) note?: string | null;
  @Field(() => ID, { nullable: true, description: 'null clears it.' }) @IsOptional() @IsUUID() contactId?: string | null;
}

@InputType()
export class FollowUpFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() assigneeId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() customerId?: string;
  @Field(() => FollowUpDueEnum, { nullable: true, description: 'Relative to today in the assignee\'s time zone.' }) @IsOptional() @IsEnum(FollowUpDueEnum) due?: FollowUpDueEnum;
  @Field({ nullable: true, description: 'Calendar range start (inclusive).' }) @IsOptional() @IsInstant() from?: Date;
  @Field({ nullable: true, description: 'Calendar range end (exclusive).' }) @IsOptional() @IsInstant() to?: Date;
  @Field({ nullable: true }) @IsOptional() includeDone?: boolean;
}

@InputType()
export class LogActivityInput {
  @Field(() => ID) @IsUUID() customerId!: string;
  @Field(() => ActivityTypeEnum)
  @IsIn(['email', 'call', 'meeting', 'note', 'whatsapp', 'wechat'], { message: 'type must be email, call, meeting, note, whatsapp or wechat' })
  type!: 'email' | 'call' | 'meeting' | 'note' | 'whatsapp' | 'wechat';
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(300) subject?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(20000) body?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() contactId?: string;
  @Field({ nullable: true, description: 'Default: now.' }) @IsOptional() @IsInstant() occurredAt?: Date;
  @Field(() => ID, { nullable: true, description: 'Completes this follow-up.' }) @IsOptional() @IsUUID() followUpId?: string;
}

@ObjectType('FollowUp')
export class FollowUpObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) customerId!: string;
  @Field(() => ID, { nullable: true }) contactId!: string | null;
  @Field(() => ID) assigneeId!: string;
  @Field() dueAt!: Date;
  @Field() type!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Date, { nullable: true }) doneAt!: Date | null;
  @Field(() => ID, { nullable: true }) doneActivityId!: string | null;
  @Field({ description: 'manual, or policy when the grade\'s follow-up policy created it' }) origin!: string;
  @Field(() => Int) version!: number;

  static from(f: FollowUp): FollowUpObject {
    return { ...f };
  }
}

@ObjectType() export class FollowUpConnection extends Connection(FollowUpObject, 'FollowUp') {}

@ObjectType()
export class LogActivityResult {
  @Field(() => ActivityObject) activity!: ActivityObject;
  @Field(() => FollowUpObject, { nullable: true }) completedFollowUp!: FollowUpObject | null;
}

@Resolver(() => FollowUpObject)
export class FollowUpResolver {
  constructor(
    private readonly followUpService: FollowUpService,
    private readonly loaders: CustomerLoaders,
  ) {}

  @Query(() => FollowUpConnection, { description: 'Follow-ups of customers you may see, by due time.' })
  @Access({ scope: 'crm:read' })
  async followUps(@Args() page: PageArgs, @Args('filter', { nullable: true }) filter?: FollowUpFilter, @Info() info?: GraphQLResolveInfo) {
    const connection = toConnection(await this.followUpService.list(filter ?? {}, page), FollowUpObject.from);
    // A calendar month of follow-ups each shows its customer and assignee: loaded for the page at once.
    if (info) await prefetchFields(connection.nodes, selectedNodeFields(info), { customer: (f) => this.customer(f), assignee: (f) => this.assignee(f) });
    return connection;
  }

  @Mutation(() => FollowUpObject)
  @Access({ roles: CRM_WRITERS, scope: 'crm:write' })
  async createFollowUp(@Args('input') input: CreateFollowUpInput): Promise<FollowUpObject> {
    return FollowUpObject.from(await this.followUpService.create(input));
  }

  @Mutation(() => FollowUpObject)
  @Access({ roles: CRM_WRITERS, scope: 'crm:write' })
  async updateFollowUp(@IdArg() id: string, @Args('input') input: UpdateFollowUpInput): Promise<FollowUpObject> {
    return FollowUpObject.from(await this.followUpService.update(id, input));
  }

  @Mutation(() => LogActivityResult, { description: 'Log an e-mail, call, meeting, note or message; logging from a follow-up completes it.' })
  @Access({ roles: [...CRM_WRITERS, 'merchandiser', 'logistics', 'finance'], scope: 'crm:write' })
  async logActivity(@Args('input') input: LogActivityInput): Promise<LogActivityResult> {
    const { activity, completed } = await this.followUpService.logActivity(input);
    return { activity: activityObject(activity), completedFollowUp: completed ? FollowUpObject.from(completed) : null };
  }

  @ResolveField(() => CustomerObject, { nullable: true })
  async customer(followUp: FollowUpObject): Promise<CustomerObject | null> {
    const customer = await this.loaders.customer(followUp.customerId);
    return customer && CustomerObject.from(customer);
  }

  @ResolveField(() => UserObject, { nullable: true })
  assignee(followUp: FollowUpObject): Promise<UserObject | null> {
    return this.loaders.user(followUp.assigneeId);
  }
}
