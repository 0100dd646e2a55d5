import { Args, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { Access } from '@tradewind/platform';
import { HandoverService } from './handover.service';

@InputType()
export class HandOverCustomersInput {
  @Field(() => ID) @IsUUID() fromUserId!: string;
  @Field(() => ID) @IsUUID() toUserId!: string;
  @Field(() => [ID], { nullable: true, description: 'Only these customers; all of the user\'s when absent.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100000)
  @IsUUID('all', { each: true })
  customerIds?: string[];
  @Field({ nullable: true, defaultValue: true }) @IsOptional() @IsBoolean() includeFollowUps?: boolean;
  @Field({ nullable: true, defaultValue: true }) @IsOptional() @IsBoolean() includeQuotations?: boolean;
  @Field({ nullable: true, defaultValue: true, description: 'Open orders (neither closed nor cancelled) of the customers handed over.' }) @IsOptional() @IsBoolean() includeOrders?: boolean;
}

@ObjectType()
export class HandoverResultObject {
  @Field(() => Int) customers!: number;
  @Field(() => Int) followUps!: number;
  @Field(() => Int, { description: 'Open quotations moved (latest versions).' }) quotations!: number;
  @Field(() => Int, { description: 'Open orders moved.' }) orders!: number;
}

@Resolver()
export class HandoverResolver {
  constructor(private readonly handover: HandoverService) {}

  @Mutation(() => HandoverResultObject, { description: 'Move a user\'s customers, open follow-ups, open quotations and open orders to a colleague, in one audited operation.' })
  @Access({ roles: ['admin', 'manager'], scope: 'admin' })
  handOverCustomers(@Args('input') input: HandOverCustomersInput): Promise<HandoverResultObject> {
    return this.handover.handOver(input);
  }
}
