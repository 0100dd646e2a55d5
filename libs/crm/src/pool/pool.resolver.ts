import { Args, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsUUID } from 'class-validator';
import { Access, IdArg } from '@tradewind/platform';
import { CustomerObject } from '../customer/customer.object';
import { CUSTOMER_OWNER_ROLES } from './ownership.service';
import { PoolService } from './pool.service';

@InputType()
export class CustomerIdsInput {
  @Field(() => [ID]) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(1000) @IsUUID('all', { each: true }) customerIds!: string[];
}

@ObjectType()
export class IdleReturnResultObject {
  @Field(() => Int) warned!: number;
  @Field(() => Int) returned!: number;
}

@Resolver()
export class PoolResolver {
  constructor(private readonly pool: PoolService) {}

  @Mutation(() => [CustomerObject], { description: 'Take customers from the shared pool (up to the claim cap).' })
  @Access({ roles: CUSTOMER_OWNER_ROLES })
  async claimCustomers(@Args('input') input: CustomerIdsInput): Promise<CustomerObject[]> {
    return (await this.pool.claim(input.customerIds)).map(CustomerObject.from);
  }

  @Mutation(() => [CustomerObject], { description: 'Give customers back to the shared pool.' })
  @Access({ roles: ['admin', 'manager', 'sales'], scope: 'crm:write' })
  async releaseCustomers(@Args('input') input: CustomerIdsInput): Promise<CustomerObject[]> {
    return (await this.pool.release(input.customerIds)).map(CustomerObject.from);
  }

  @Mutation(() => [CustomerObject], { description: 'Managers (within their team) and admins assign customers to a user.' })
  @Access({ roles: ['admin', 'manager'], scope: 'crm:write' })
  async assignCustomers(@Args('input') input: CustomerIdsInput, @IdArg('userId') userId: string): Promise<CustomerObject[]> {
    return (await this.pool.assign(input.customerIds, userId)).map(CustomerObject.from);
  }

  @Mutation(() => Boolean, { description: 'Share a customer with a colleague (or stop sharing).' })
  @Access({ roles: ['admin', 'manager', 'sales'], scope: 'crm:write' })
  async shareCustomer(@IdArg('customerId') customerId: string, @IdArg('userId') userId: string, @Args('shared') shared: boolean): Promise<boolean> {
    await this.pool.share(customerId, userId, shared);
    return true;
  }

  @Mutation(() => Int, { description: 'Apply the assignment rules to pool customers now; returns how many moved. A manager moves only the customers of rules that give to their own team or its members.' })
  @Access({ roles: ['admin', 'manager'], scope: 'crm:write' })
  applyAssignmentRules(): Promise<number> {
    return this.pool.applyAssignmentRules();
  }
}
