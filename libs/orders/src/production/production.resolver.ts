import { Args, Field, ID, InputType, Int, Mutation, ObjectType, ResolveField, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsISO8601, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Access, IdArg, MoneyObject, NOTE_MAX, TextArg, ValidationFailedError } from '@tradewind/platform';
import { OrderObject } from '../order/order.objects';
import { MILESTONE_KINDS, MilestoneKind } from './production.entity';
import { ProductionService } from './production.service';

const PRODUCTION_ROLES = ['admin', 'manager', 'merchandiser'] as const;

@InputType()
export class PurchaseLineInput {
  @Field(() => ID) @IsUUID() orderLineId!: string;
  @Field(() => ID, { nullable: true, description: 'Default: the product\'s default supplier.' }) @IsOptional() @IsUUID() supplierId?: string;
  @Field({ nullable: true, description: 'Default: the order line quantity.' }) @IsOptional() @IsString() quantity?: string;
  @Field({ nullable: true, description: 'Default: the product\'s default cost.' }) @IsOptional() @IsString() unitCost?: string;
}

@InputType()
export class CreatePurchaseOrdersInput {
  @Field(() => [PurchaseLineInput]) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => PurchaseLineInput) lines!: PurchaseLineInput[];
  @Field() @IsISO8601({ strict: true }) dueDate!: string;
  @Field({ nullable: true, defaultValue: 'CNY' }) @IsOptional() @IsString() @MaxLength(3) currency?: string;
}

@InputType()
export class MilestonePlanInput {
  @Field({ nullable: true }) @IsOptional() @IsISO8601({ strict: true }) materials_ready?: string;
  @Field({ nullable: true }) @IsOptional() @IsISO8601({ strict: true }) production_start?: string;
  @Field({ nullable: true }) @IsOptional() @IsISO8601({ strict: true }) qc_inspection?: string;
  @Field({ nullable: true }) @IsOptional() @IsISO8601({ strict: true }) packing?: string;
  @Field({ nullable: true }) @IsOptional() @IsISO8601({ strict: true }) ready_to_ship?: string;
}

@ObjectType('ProductionMilestone')
export class MilestoneObject {
  @Field(() => ID) id!: string;
  @Field({ description: MILESTONE_KINDS.join(', ') }) kind!: string;
  @Field() plannedDate!: string;
  @Field() originalDate!: string;
  @Field(() => String, { nullable: true }) actualDate!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Int, { description: 'Days the plan slipped from the original.' }) slipDays!: number;
}

@ObjectType('PurchaseOrder')
export class PurchaseOrderObject {
  @Field(() => ID) id!: string;
  @Field() number!: string;
  @Field(() => ID) supplierId!: string;
  @Field() dueDate!: string;
  @Field() status!: string;
  @Field(() => MoneyObject) total!: MoneyObject;
}

const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

@Resolver(() => OrderObject)
export class ProductionResolver {
  constructor(private readonly production: ProductionService) {}

  @Mutation(() => [PurchaseOrderObject], { description: 'Purchase orders to the factories for order lines (one per supplier).' })
  @Access({ roles: PRODUCTION_ROLES, scope: 'orders:write' })
  async createPurchaseOrders(@IdArg('orderId') orderId: string, @Args('input') input: CreatePurchaseOrdersInput): Promise<PurchaseOrderObject[]> {
    const created = await this.production.createPurchaseOrders(orderId, input.lines, input.dueDate, input.currency ?? 'CNY');
    return created.map((po) => ({ ...po, total: MoneyObject.of(po.total, po.currency) }));
  }

  @Mutation(() => [MilestoneObject])
  @Access({ roles: PRODUCTION_ROLES, scope: 'orders:write' })
  async planProduction(@IdArg('orderId') orderId: string, @Args('plan') plan: MilestonePlanInput): Promise<MilestoneObject[]> {
    return (await this.production.planMilestones(orderId, plan)).map((m) => ({ ...m, slipDays: days(m.originalDate, m.plannedDate) }));
  }

  @Mutation(() => MilestoneObject)
  @Access({ roles: PRODUCTION_ROLES, scope: 'orders:write' })
  async recordMilestone(@IdArg('orderId') orderId: string, @Args('kind') kind: string, @Args('actualDate') actualDate: string, @TextArg('note', NOTE_MAX, { nullable: true }) note?: string): Promise<MilestoneObject> {
    const m = await this.production.recordMilestone(orderId, validKind(kind), actualDate, note);
    return { ...m, slipDays: days(m.originalDate, m.plannedDate) };
  }

  @Mutation(() => OrderObject, { description: 'A supplier needs more days: this and the later milestones move; the owner is told; the order may turn at risk.' })
  @Access({ roles: PRODUCTION_ROLES, scope: 'orders:write' })
  async reportProductionDelay(@IdArg('orderId') orderId: string, @Args('kind') kind: string, @Args('days', { type: () => Int }) delayDays: number, @TextArg('note', NOTE_MAX) note: string): Promise<OrderObject> {
    return OrderObject.from(await this.production.reportDelay(orderId, validKind(kind), delayDays, note));
  }

  @ResolveField(() => [MilestoneObject])
  async milestones(order: OrderObject): Promise<MilestoneObject[]> {
    return (await this.production.milestonesOfOrder(order.id)).map((m) => ({ ...m, slipDays: days(m.originalDate, m.plannedDate) }));
  }

  @ResolveField(() => [PurchaseOrderObject])
  async purchaseOrders(order: OrderObject): Promise<PurchaseOrderObject[]> {
    return (await this.production.purchaseOrders(order.id)).map((po) => ({ ...po, total: MoneyObject.of(po.total, po.currency) }));
  }
}

function validKind(kind: string): MilestoneKind {
  if (!(MILESTONE_KINDS as readonly string[]).includes(kind)) throw ValidationFailedError.field('kind', `must be one of ${MILESTONE_KINDS.join(', ')}`);
  return kind as MilestoneKind;
}
