import { Args, Field, ID, InputType, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { Access, Connection, FirstArg, IdArg, MoneyObject, OptionalIdArg, PageArgs, toConnection, ValidationFailedError } from '@tradewind/platform';
import { DocumentObject, OrderObject } from '@tradewind/orders';
import { decimal } from '@tradewind/shared';
import { Shipment, SHIPMENT_MODES, SHIPMENT_STATUSES, ShipmentItem, ShipmentStatus } from './shipment.entity';
import { ShipmentService } from './shipment.service';

const LOGISTICS_ROLES = ['admin', 'manager', 'logistics', 'merchandiser'] as const;

@InputType('ContainerInput')
@ObjectType('Container')
export class ContainerType {
  @Field() @IsString() @MaxLength(20) number!: string;
  @Field() @IsString() @MaxLength(10) type!: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(30) sealNumber?: string;
}

@InputType()
class ShipmentFields {
  @Field(() => String, { nullable: true, description: SHIPMENT_MODES.join(', ') }) @IsOptional() @IsIn(SHIPMENT_MODES, { message: `mode must be one of ${SHIPMENT_MODES.join(', ')}` }) mode?: (typeof SHIPMENT_MODES)[number];
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) carrier?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) forwarder?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(50) bookingNumber?: string;
  @Field(() => [ContainerType], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => ContainerType) containers?: ContainerType[];
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) vessel?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(30) voyage?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) portOfLoading?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) portOfDischarge?: string;
  @Field({ nullable: true, description: 'YYYY-MM-DD' }) @IsOptional() @IsString() etd?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() eta?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() atd?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() ata?: string;
  @Field({ nullable: true, description: 'B/L, AWB or waybill number.' }) @IsOptional() @IsString() @MaxLength(50) transportDocumentNumber?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() transportDocumentDate?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() freightCost?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() insuranceCost?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(3) costCurrency?: string;
  @Field({ nullable: true, description: 'Customs trade mode code, e.g. 0110.' }) @IsOptional() @IsString() tradeMode?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) notes?: string;
}

@InputType()
export class ShipmentItemInput {
  @Field(() => ID) @IsUUID() orderLineId!: string;
  @Field() @IsString() quantity!: string;
}

@InputType()
export class CreateShipmentInput extends ShipmentFields {
  @Field(() => [ID]) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @IsUUID('all', { each: true }) orderIds!: string[];
  @Field(() => [ShipmentItemInput], { nullable: true, description: 'Default: everything of the orders not shipped yet.' }) @IsOptional() @IsArray() @ArrayMaxSize(1000) @ValidateNested({ each: true }) @Type(() => ShipmentItemInput) items?: ShipmentItemInput[];
}

@InputType()
export class UpdateShipmentInput extends ShipmentFields {
  @Field(() => Int) @IsInt() version!: number;
}

@InputType()
export class PackingOverrideInput {
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) cartons?: number;
  @Field({ nullable: true }) @IsOptional() @IsString() netWeightKg?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() grossWeightKg?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() cbm?: string;
}

@ObjectType('ShipmentItem')
export class ShipmentItemObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) orderId!: string;
  @Field(() => ID) orderLineId!: string;
  @Field() quantity!: string;
}

@ObjectType('PackingLine')
export class PackingLineObject {
  @Field({ description: 'The shipment item id.' }) ref!: string;
  @Field(() => String, { nullable: true }) sku!: string | null;
  @Field() description!: string;
  @Field() quantity!: string;
  @Field(() => String, { nullable: true }) unitsPerCarton!: string | null;
  @Field(() => Int, { nullable: true }) cartons!: number | null;
  @Field(() => String, { nullable: true }) unitsInLastCarton!: string | null;
  @Field(() => String, { nullable: true }) netWeightKg!: string | null;
  @Field(() => String, { nullable: true }) grossWeightKg!: string | null;
  @Field(() => String, { nullable: true }) cbm!: string | null;
  @Field(() => String, { nullable: true, description: '"1-40"' }) cartonNumbers!: string | null;
  @Field(() => [String]) overridden!: string[];
}

@ObjectType('PackingTotals')
export class PackingTotalsObject {
  @Field(() => Int) cartons!: number;
  @Field() netWeightKg!: string;
  @Field() grossWeightKg!: string;
  @Field() cbm!: string;
  @Field() complete!: boolean;
}

@ObjectType('Problem')
export class ProblemObject {
  @Field() code!: string;
  @Field() message!: string;
  @Field({ description: 'The same in Simplified Chinese.' }) messageZh!: string;
  @Field(() => String, { nullable: true }) lineRef!: string | null;
}

function problemObject(problem: { code: string; message: string; messageZh: string; lineRef?: string }): ProblemObject {
  return { code: problem.code, message: problem.message, messageZh: problem.messageZh, lineRef: problem.lineRef ?? null };
}

@ObjectType('ContainerFit')
export class ContainerFitObject {
  @Field() type!: string;
  @Field(() => Int) needed!: number;
  @Field(() => Int) byVolume!: number;
  @Field(() => Int) byWeight!: number;
}

@ObjectType('PackingList')
export class PackingListObject {
  @Field(() => [PackingLineObject]) lines!: PackingLineObject[];
  @Field(() => PackingTotalsObject) totals!: PackingTotalsObject;
  @Field(() => [ContainerFitObject]) containers!: ContainerFitObject[];
  @Field(() => String, { nullable: true }) smallestSingleContainer!: string | null;
  @Field(() => [ProblemObject]) problems!: ProblemObject[];
}

@ObjectType('CustomsItem')
export class CustomsItemObject {
  @Field(() => Int) itemNo!: number;
  @Field() hsCode!: string;
  @Field() declaredName!: string;
  @Field() quantity!: string;
  @Field() unit!: string;
  @Field(() => MoneyObject) value!: MoneyObject;
  @Field(() => String, { nullable: true }) destinationCountry!: string | null;
  @Field() portOfLoading!: string;
  @Field() portOfDischarge!: string;
  @Field() transportMode!: string;
  @Field() tradeMode!: string;
}

@ObjectType('CustomsDeclarationDraft')
export class CustomsDraftObject {
  @Field(() => [CustomsItemObject]) items!: CustomsItemObject[];
  @Field(() => MoneyObject) declaredTotal!: MoneyObject;
  @Field(() => MoneyObject) invoiceTotal!: MoneyObject;
  @Field(() => MoneyObject, { nullable: true, description: 'declared − invoice; zero when they match.' }) difference!: MoneyObject | null;
  @Field(() => [ProblemObject]) problems!: ProblemObject[];
  @Field({ description: 'No problems: ready to file.' }) valid!: boolean;
}

@ObjectType('Shipment')
export class ShipmentObject {
  @Field(() => ID) id!: string;
  @Field() reference!: string;
  @Field(() => ID) customerId!: string;
  @Field() mode!: string;
  @Field({ description: SHIPMENT_STATUSES.join(', ') }) status!: string;
  @Field(() => String, { nullable: true }) carrier!: string | null;
  @Field(() => String, { nullable: true }) forwarder!: string | null;
  @Field(() => String, { nullable: true }) bookingNumber!: string | null;
  @Field(() => [ContainerType]) containers!: ContainerType[];
  @Field(() => String, { nullable: true }) vessel!: string | null;
  @Field(() => String, { nullable: true }) voyage!: string | null;
  @Field(() => String, { nullable: true }) portOfLoading!: string | null;
  @Field(() => String, { nullable: true }) portOfDischarge!: string | null;
  @Field(() => String, { nullable: true }) etd!: string | null;
  @Field(() => String, { nullable: true }) eta!: string | null;
  @Field(() => String, { nullable: true }) atd!: string | null;
  @Field(() => String, { nullable: true }) ata!: string | null;
  @Field(() => String, { nullable: true }) transportDocumentNumber!: string | null;
  @Field(() => String, { nullable: true }) transportDocumentDate!: string | null;
  @Field(() => String, { nullable: true }) freightCost!: string | null;
  @Field(() => String, { nullable: true }) insuranceCost!: string | null;
  @Field(() => String, { nullable: true }) costCurrency!: string | null;
  @Field() tradeMode!: string;
  @Field(() => Date, { nullable: true }) customsClearedAt!: Date | null;
  @Field(() => String, { nullable: true }) notes!: string | null;
  @Field(() => Int) version!: number;

  static from(s: Shipment): ShipmentObject {
    // As typed, not as the numeric column pads them ("1850", not "1850.0000").
    const amount = (value: string | null) => (value === null ? null : decimal(value).toFixed());
    return { ...s, freightCost: amount(s.freightCost), insuranceCost: amount(s.insuranceCost) };
  }
}

@ObjectType() export class ShipmentConnection extends Connection(ShipmentObject, 'Shipment') {}

@Resolver(() => ShipmentObject)
export class ShipmentResolver {
  constructor(private readonly shipments: ShipmentService) {}

  @Query(() => ShipmentObject)
  @Access({ scope: 'orders:read' })
  async shipment(@IdArg() id: string): Promise<ShipmentObject> {
    return ShipmentObject.from(await this.shipments.getVisible(id));
  }

  @Query(() => ShipmentConnection)
  @Access({ scope: 'orders:read' })
  async shipmentList(@Args() page: PageArgs, @Args('status', { nullable: true }) status?: string, @OptionalIdArg('orderId') orderId?: string) {
    return toConnection(await this.shipments.list({ status: status as ShipmentStatus | undefined, orderId }, page), ShipmentObject.from);
  }

  @Mutation(() => ShipmentObject)
  @Access({ roles: LOGISTICS_ROLES, scope: 'orders:write' })
  async createShipment(@Args('input') input: CreateShipmentInput): Promise<ShipmentObject> {
    const { orderIds, items, ...data } = input;
    return ShipmentObject.from(await this.shipments.create(orderIds, data, items));
  }

  @Mutation(() => ShipmentObject, { description: 'Booking, containers, vessel, dates and B/L; the orders learn the booking and B/L.' })
  @Access({ roles: LOGISTICS_ROLES, scope: 'orders:write' })
  async updateShipment(@IdArg() id: string, @Args('input') input: UpdateShipmentInput): Promise<ShipmentObject> {
    return ShipmentObject.from(await this.shipments.update(id, input));
  }

  @Mutation(() => ShipmentObject)
  @Access({ roles: LOGISTICS_ROLES, scope: 'orders:write' })
  async setShipmentCustomsCleared(@IdArg() id: string, @Args('cleared', { type: () => Boolean }) cleared: boolean): Promise<ShipmentObject> {
    return ShipmentObject.from(await this.shipments.setCustomsCleared(id, cleared));
  }

  @Mutation(() => ShipmentItemObject, { description: 'Type over computed packing values (mixed cartons, a weighed shipment); null clears.' })
  @Access({ roles: LOGISTICS_ROLES, scope: 'orders:write' })
  async setPackingOverride(@IdArg('itemId') itemId: string, @Args('input') input: PackingOverrideInput): Promise<ShipmentItemObject> {
    return this.shipments.setPackingOverride(itemId, input);
  }

  @Mutation(() => DocumentObject, { description: 'The packing list PDF (a new version when the shipment changed).' })
  @Access({ roles: LOGISTICS_ROLES, scope: 'orders:write' })
  async generatePackingListDocument(@IdArg('shipmentId') shipmentId: string, @Args('language', { defaultValue: 'en' }) language: string): Promise<DocumentObject> {
    if (language !== 'en' && language !== 'zh') throw ValidationFailedError.field('language', 'must be en or zh');
    return DocumentObject.from(await this.shipments.generatePackingList(shipmentId, language));
  }

  @ResolveField(() => [DocumentObject], { description: 'Generated versions, newest first.' })
  async documents(@Parent() shipment: ShipmentObject, @FirstArg(50, 200) first: number): Promise<DocumentObject[]> {
    return (await this.shipments.documents(shipment.id, first)).map(DocumentObject.from);
  }

  @ResolveField(() => [ShipmentItemObject])
  async items(shipment: ShipmentObject): Promise<ShipmentItem[]> {
    return this.shipments.items([shipment.id]);
  }

  @ResolveField(() => PackingListObject)
  async packingList(shipment: ShipmentObject): Promise<PackingListObject> {
    const list = await this.shipments.packingList(await this.shipments.getVisible(shipment.id));
    return {
      lines: list.lines.map((l) => ({ ...l, sku: l.sku ?? null, cartonNumbers: l.cartonNumbers?.label ?? null, overridden: [...l.overridden] })),
      totals: list.totals,
      containers: list.containers.fits.map((f) => ({ ...f })),
      smallestSingleContainer: list.containers.smallestSingle,
      problems: list.problems.map(problemObject),
    };
  }

  @ResolveField(() => CustomsDraftObject)
  async customsDraft(shipment: ShipmentObject): Promise<CustomsDraftObject> {
    const draft = await this.shipments.customsDraft(await this.shipments.getVisible(shipment.id), null);
    return {
      items: draft.items.map((i) => ({ ...i, value: MoneyObject.from(i.value), transportMode: i.transport.code, tradeMode: i.tradeMode.code })),
      declaredTotal: MoneyObject.from(draft.totals.declared),
      invoiceTotal: MoneyObject.from(draft.totals.invoice),
      difference: draft.totals.difference ? MoneyObject.from(draft.totals.difference) : null,
      problems: draft.problems.map(problemObject),
      valid: draft.problems.length === 0,
    };
  }
}

@Resolver(() => OrderObject)
export class OrderShipmentsResolver {
  constructor(private readonly shipmentService: ShipmentService) {}

  @ResolveField(() => [ShipmentObject], { description: 'Shipments carrying (part of) this order, newest first; shipmentCount says how many in all, shipmentList(orderId) pages through them.' })
  async shipments(@Parent() order: OrderObject, @FirstArg(50, 100) first: number): Promise<ShipmentObject[]> {
    return (await this.shipmentService.list({ orderId: order.id }, { first })).nodes.map(ShipmentObject.from);
  }

  @ResolveField(() => Int, { description: 'How many shipments carry (part of) this order.' })
  async shipmentCount(order: OrderObject): Promise<number> {
    return this.shipmentService.countForOrder(order.id);
  }
}
