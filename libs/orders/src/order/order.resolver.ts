import { Args, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { Access, currentActor, FirstArg, groupedByKey, IdArg, NOTE_MAX, PageArgs, prefetchFields, requestLoader, selectedFields, TextArg, toConnection, UserObject, UsersService } from '@tradewind/platform';
import { allowedMoves, isInstallmentOverdue, ORDER_STAGES, OrderStage } from '../order-stages';
import { companyTodayNow } from './order-risk';
import { ProductionService } from '../production/production.service';
import { incotermFindings } from './order-values';
import {
  cardProperties,
  IncotermFindingObject,
  InstallmentObject,
  OrderBoardColumnObject,
  OrderCommentObject,
  OrderConnection,
  OrderLineObject,
  OrderObject,
  StageChangeObject,
  StageMoveObject,
} from './order.objects';
import { buildSnapshot, isContentLocked, moverRole, OrderService, SnapshotOrder } from './order.service';
import { AddCommentInput, CreateOrderInput, OrderFilterInput, UpdateOrderInput } from './inputs/order.inputs';
import { OrderInstallment, OrderLine } from './sales-order.entity';

export const ORDER_WRITERS = ['admin', 'manager', 'sales', 'merchandiser'] as const;
/** Everyone who moves orders along the line: sales, merchandisers (production), logistics (shipping), finance (payments). */
export const ORDER_MOVERS = ['admin', 'manager', 'sales', 'merchandiser', 'logistics', 'finance'] as const;

@Resolver(() => OrderObject)
export class OrderResolver {
  constructor(
    private readonly orderService: OrderService,
    private readonly production: ProductionService,
    private readonly users: UsersService,
  ) {}

  @Query(() => OrderObject)
  @Access({ scope: 'orders:read' })
  async order(@IdArg() id: string): Promise<OrderObject> {
    return OrderObject.from(await this.orderService.showVisible(id));
  }

  @Query(() => OrderConnection)
  @Access({ scope: 'orders:read' })
  async orders(@Args() page: PageArgs, @Args('filter', { nullable: true }) filter?: OrderFilterInput) {
    return toConnection(await this.orderService.list(filter ?? {}, page), OrderObject.from);
  }

  @Query(() => [OrderBoardColumnObject], { description: 'The shared board: one column per stage with its count and first cards.' })
  @Access({ scope: 'orders:read' })
  async orderBoard(
    @Args('perColumn', { type: () => Int, defaultValue: 20 }) perColumn: number,
    @Args('filter', { nullable: true }) filter?: OrderFilterInput,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<OrderBoardColumnObject[]> {
    const base = { ...(filter ?? {}), activeOnly: filter?.activeOnly ?? true };
    const counts = await this.orderService.stageCounts(base);
    const stages = ORDER_STAGES.filter((s) => !(base.activeOnly && (s === 'closed' || s === 'cancelled')));
    const size = Math.min(Math.max(perColumn, 1), 50);
    const wanted = info && selectedFields(info, ['orders']);
    const properties = wanted && cardProperties(wanted, this.orderService.columnProperties());
    const cards = await this.orderService.firstOfEachStage(base, stages.filter((s) => counts.has(s)), size, properties);
    const columns = stages.map((stage) => ({ stage, totalCount: counts.get(stage) ?? 0, orders: (cards.get(stage) ?? []).map(OrderObject.from) }));
    // A card shows its owner: loaded for the whole board rather than by 220 calls of owner().
    if (wanted) await prefetchFields(columns.flatMap((c) => c.orders), wanted, { owner: (o) => this.owner(o) });
    return columns;
  }

  @Mutation(() => OrderObject)
  @Access({ roles: ORDER_WRITERS, scope: 'orders:write' })
  async createOrder(@Args('input') input: CreateOrderInput): Promise<OrderObject> {
    return OrderObject.from(await this.orderService.create(input));
  }

  @Mutation(() => OrderObject)
  @Access({ roles: ORDER_WRITERS, scope: 'orders:write' })
  async updateOrder(@IdArg() id: string, @Args('input') input: UpdateOrderInput): Promise<OrderObject> {
    return OrderObject.from(await this.orderService.update(id, input));
  }

  @Mutation(() => OrderObject, { description: 'Move to another stage; refused with the reason when a rule says no (RULE_VIOLATION).' })
  @Access({ roles: ORDER_MOVERS, scope: 'orders:write' })
  async moveOrderStage(@IdArg() id: string, @Args('to') to: string, @TextArg('note', NOTE_MAX, { nullable: true }) note?: string): Promise<OrderObject> {
    return OrderObject.from(await this.orderService.moveStage(id, to as OrderStage, note));
  }

  @Mutation(() => OrderObject, { description: 'Money received for the order, applied to its installments in due order.' })
  @Access({ roles: ['admin', 'finance'], scope: 'orders:write' })
  async recordOrderReceipt(@IdArg() id: string, @Args('amount') amount: string, @TextArg('note', NOTE_MAX, { nullable: true }) note?: string): Promise<OrderObject> {
    return OrderObject.from(await this.orderService.recordReceipt(id, amount, note));
  }

  @Mutation(() => OrderCommentObject)
  @Access({ roles: ORDER_MOVERS, scope: 'orders:write' })
  async addOrderComment(@IdArg('orderId') orderId: string, @Args('input') input: AddCommentInput): Promise<OrderCommentObject> {
    const [comment] = await this.withPeople([OrderCommentObject.from(await this.orderService.addComment(orderId, input.body, input.mentionedUserIds ?? []))]);
    return comment;
  }

  @ResolveField(() => [OrderLineObject])
  async lines(order: OrderObject): Promise<OrderLineObject[]> {
    return (await this.linesOf(order.id)).map((l) => OrderLineObject.from(l, order.currency));
  }

  @ResolveField(() => Boolean, { description: 'Whether the lines, prices and terms can no longer change (the order is past confirmation); dates, costs and notes still can.' })
  contentLocked(order: OrderObject): boolean {
    return isContentLocked(order.stage as OrderStage);
  }

  @ResolveField(() => [InstallmentObject])
  async installments(order: OrderObject): Promise<InstallmentObject[]> {
    const rows = await this.installmentsOf(order.id);
    const today = companyTodayNow();
    return rows.map((i) => InstallmentObject.from(i, order.currency, isInstallmentOverdue(order.stage as OrderStage, i, today), rows.length === 1));
  }

  @ResolveField(() => [IncotermFindingObject], { description: 'Costs the Incoterm says the order lacks or should not have, and mode problems.' })
  incotermFindings(order: OrderObject): IncotermFindingObject[] {
    return incotermFindings({
      incotermCode: order.incotermCode, incotermPlace: order.incotermPlace, transportMode: order.transportMode as never, currency: order.currency,
      freightCost: order.freightCost?.amount ?? null, insuranceCost: order.insuranceCost?.amount ?? null, importDutyCost: order.importDutyCost?.amount ?? null,
      shipmentFreightBooked: order.shipmentFreightBooked, shipmentInsuranceBooked: order.shipmentInsuranceBooked,
    });
  }

  @ResolveField(() => [StageMoveObject], { description: 'Every stage with whether the order may move there now, and why not.' })
  async stageMoves(order: OrderObject): Promise<StageMoveObject[]> {
    // The parent was visible to be resolved; the rules read the rows the page's other fields load.
    const [installments, lines, milestones] = await Promise.all([this.installmentsOf(order.id), this.linesOf(order.id), this.production.milestonesOfOrder(order.id)]);
    const moves = allowedMoves(buildSnapshot(order as SnapshotOrder, { installments, hasLines: lines.length > 0, milestones }), moverRole(currentActor()));
    return moves.filter((m) => m.kind !== 'none').map((m) => ({ to: m.to, kind: m.kind, allowed: m.allowed, reasons: m.refusals.map((r) => r.message), reasonsZh: m.refusals.map((r) => r.messageZh) }));
  }

  @ResolveField(() => [StageChangeObject], { description: 'Stage moves, newest first.' })
  async stageHistory(@Parent() order: OrderObject, @FirstArg(100, 500) first: number): Promise<StageChangeObject[]> {
    return (await this.orderService.stageHistory(order.id, first)).map(StageChangeObject.from);
  }

  @ResolveField(() => [OrderCommentObject], { description: 'Comments, newest first; commentCount says how many in all, the timeline lists every one.' })
  async comments(@Parent() order: OrderObject, @FirstArg(50, 200) first: number): Promise<OrderCommentObject[]> {
    return this.withPeople((await this.orderService.comments(order.id, first)).map(OrderCommentObject.from));
  }

  @ResolveField(() => Int, { description: 'How many comments the order has.' })
  async commentCount(order: OrderObject): Promise<number> {
    return this.orderService.commentCount(order.id);
  }

  /** Each comment's author and the colleagues it mentioned. */
  private async withPeople(comments: OrderCommentObject[]): Promise<OrderCommentObject[]> {
    // All users in one batch: awaiting them one by one would cost a round trip per distinct user.
    const [authors, mentioned] = await Promise.all([
      Promise.all(comments.map((c) => this.user(c.authorId))),
      Promise.all(comments.map((c) => Promise.all(c.mentionedUserIds.map((id) => this.user(id))))),
    ]);
    comments.forEach((c, i) => {
      c.author = authors[i];
      c.mentioned = mentioned[i].filter((user): user is UserObject => user !== null);
    });
    return comments;
  }

  @ResolveField(() => [UserObject], { description: 'Active colleagues who may open this order, to @mention in a comment (a mention of anyone else is refused).' })
  async mentionCandidates(
    @Parent() order: OrderObject,
    @TextArg('search', 200, { nullable: true }) search?: string,
    @Args('first', { type: () => Int, defaultValue: 20 }) first = 20,
  ): Promise<UserObject[]> {
    return (await this.orderService.mentionCandidates(order.id, search?.trim() || undefined, Math.min(Math.max(first, 1), 50))).map(UserObject.from);
  }

  @ResolveField(() => UserObject, { nullable: true })
  owner(order: OrderObject): Promise<UserObject | null> {
    return this.user(order.ownerId);
  }

  private linesOf(orderId: string): Promise<OrderLine[]> {
    return requestLoader<string, OrderLine[]>('orders.lines', async (ids) => groupedByKey(ids, await this.orderService.lines(ids), (l) => l.orderId)).load(orderId);
  }

  private installmentsOf(orderId: string): Promise<OrderInstallment[]> {
    return requestLoader<string, OrderInstallment[]>('orders.installments', async (ids) => groupedByKey(ids, await this.orderService.installments(ids), (i) => i.orderId)).load(orderId);
  }

  private user(id: string | null): Promise<UserObject | null> {
    return this.users.loadObject(id);
  }
}
