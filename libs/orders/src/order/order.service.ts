import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  Actor,
  actorUserId,
  allOf,
  andWhereBound,
  AuditTrail,
  BindValue,
  ConflictError,
  containsPattern,
  currentActor,
  dataScopeOf,
  entityColumnList,
  EventPublisher,
  FieldProblems,
  ForbiddenError,
  keysetPage,
  KeysetSort,
  NotFoundError,
  Page,
  PageArgs,
  planForEachValue,
  positionalBinder,
  RuleViolationError,
  sqlPlannedForEachValue,
  Transactional,
  TransactionHost,
  User,
  userActor,
  UsersService,
  ValidationFailedError,
} from '@tradewind/platform';
import { companyToday, isDecimalString, Money } from '@tradewind/shared';
import { CrmFacade } from '@tradewind/crm';
import { bindingStageCondition, checkMove, formatAmount, OrderSnapshot, OrderStage, ORDER_STAGES } from '../order-stages';
import { applyReceived, formatPaymentTerms, PaymentTerms, scheduleInstallments } from '../payment-terms';
import { NumberingService } from '../numbering/numbering.service';
import { OrdersSettingsService } from '../settings/orders-settings.service';
import { ProductionMilestone } from '../production/production.entity';
import { CustomerFiguresService } from './customer-figures.service';
import { usualIncotermParts, type TransportMode } from '../incoterms';
import { atRiskCondition, companyTodayNow, shipDateRisk } from './order-risk';
import { checkContact, LineInput, priceLines, requireCurrency, requireIncoterm, requirePaymentTerms } from './order-values';
import { describeLineUses, OrderLineUsage, sameLines } from './order-line-usage';
import { OrderRepository, orderScopeCondition, orderScopeCovers } from './order.repository';
import { OrderComment, OrderInstallment, OrderLine, OrderStageChange, SalesOrder } from './sales-order.entity';

export interface OrderData {
  customerId: string;
  contactId?: string | null;
  currency?: string;
  incotermCode?: string;
  incotermPlace?: string;
  transportMode?: string;
  paymentTerms?: string;
  orderDate?: string;
  deliveryDate?: string | null;
  ownerId?: string;
  merchandiserId?: string | null;
  freightCost?: string | null;
  insuranceCost?: string | null;
  importDutyCost?: string | null;
  notes?: string | null;
  lines: LineInput[];
}

export interface OrderFilter {
  stages?: OrderStage[];
  ownerId?: string;
  customerId?: string;
  country?: string;
  /** YYYY-MM: delivery in that month. */
  deliveryMonth?: string;
  atRisk?: boolean;
  search?: string;
  activeOnly?: boolean;
}

/** Stages in which the commercial content (lines, prices, terms) may still change. */
const EDITABLE_STAGES: readonly OrderStage[] = ['draft', 'confirmed'];

/** The role whose moves are limited (moverRefusal); null for integrations and jobs. */
export function moverRole(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.role : null;
}

/** Whether an order's lines, prices and terms can no longer change (past confirmation); dates, costs and notes still can. */
export function isContentLocked(stage: OrderStage): boolean {
  return !EDITABLE_STAGES.includes(stage);
}

/** Users read per round while looking for colleagues to @mention. */
const MENTION_PAGE = 200;

/** Whether a colleague's own data scope lets them open the order (what their "not found" would be). */
function mayOpen(user: User, order: SalesOrder): boolean {
  const scope = dataScopeOf(userActor(user));
  return orderScopeCovers(scope, order);
}

/** Sales orders (contracts / proforma invoices): content, installments, stages, comments. */
@Injectable()
export class OrderService {
  private orderColumns?: ReadonlySet<string>;

  constructor(
    readonly tx: TransactionHost,
    private readonly repository: OrderRepository,
    private readonly crm: CrmFacade,
    private readonly numbering: NumberingService,
    private readonly settings: OrdersSettingsService,
    private readonly figures: CustomerFiguresService,
    private readonly audit: AuditTrail,
    private readonly events: EventPublisher,
    private readonly users: UsersService,
    private readonly lineUsage: OrderLineUsage,
  ) {}

  async getVisible(id: string): Promise<SalesOrder> {
    const order = await this.repository.findVisible(id, dataScopeOf(currentActor()));
    if (!order) throw new NotFoundError('order', id, 'ORDERS_ORDER_NOT_FOUND');
    return order;
  }

  /** A visible order, read again under a row lock: what changes its lines or refers to them goes one at a time. */
  async lockVisible(id: string): Promise<SalesOrder> {
    const visible = await this.getVisible(id);
    return (await this.repository.lock(visible.id))!;
  }

  /** getVisible as a plain row, for showing (the order query): not for saving. */
  async showVisible(id: string): Promise<SalesOrder> {
    const order = await this.repository.readVisible(id, dataScopeOf(currentActor()));
    if (!order) throw new NotFoundError('order', id, 'ORDERS_ORDER_NOT_FOUND');
    return order;
  }

  @Transactional()
  async create(data: OrderData, origin: SalesOrder['origin'] = 'manual', quotationId: string | null = null): Promise<SalesOrder> {
    const customer = await this.crm.getCustomer(data.customerId);
    const problems = new FieldProblems();
    const settings = await this.settings.get();
    const currency = requireCurrency(data.currency ?? customer.usualCurrency ?? 'USD', 'input.currency', problems, settings.fxRates);
    const usual = usualIncotermParts(customer.usualIncoterm);
    const incoterm = requireIncoterm(data.incotermCode ?? usual.code, data.incotermPlace ?? usual.place, data.transportMode, problems);
    const termsText = data.paymentTerms ?? customer.usualPaymentTerms ?? 'T/T 30/70';
    const terms = requirePaymentTerms(termsText, problems);
    const { lines, total } = priceLines(data.lines, currency, problems);
    if (lines.length === 0 && data.lines.length === 0) problems.add('input.lines', 'an order needs at least one line', '订单至少需要一行商品');
    const owner = await this.ownerFor(data.ownerId, problems);
    await this.checkPeople(customer.id, data, problems);
    problems.throwIfAny();

    const orderDate = data.orderDate ?? companyToday();
    const order = this.tx.manager.create(SalesOrder, {
      number: await this.numbering.nextUnused(settings.numbering.order, orderDate, (n) => this.numberTaken(n)),
      customerId: customer.id,
      customerName: customer.name,
      customerCountry: customer.country,
      contactId: data.contactId ?? null,
      quotationId,
      currency,
      incotermCode: incoterm.code,
      incotermPlace: incoterm.place,
      transportMode: incoterm.mode,
      paymentTermsText: formatPaymentTerms(terms, 'en'),
      paymentTerms: terms,
      orderDate,
      deliveryDate: data.deliveryDate ?? null,
      expectedShipDate: data.deliveryDate ?? null,
      ownerId: owner.id,
      teamId: owner.teamId,
      merchandiserId: data.merchandiserId ?? null,
      stage: 'draft',
      freightCost: data.freightCost ?? null,
      insuranceCost: data.insuranceCost ?? null,
      importDutyCost: data.importDutyCost ?? null,
      total: total.toFixed(),
      origin,
      notes: data.notes ?? null,
    });
    await this.tx.manager.save(order);
    await this.saveLines(order.id, lines);
    await this.writeInstallments(order, Money.zero(currency));
    await this.tx.manager.insert(OrderStageChange, { orderId: order.id, fromStage: null, toStage: 'draft', byUserId: actorUserId(currentActor()), note: null });
    await this.audit.record({ entityType: 'order', entityId: order.id, action: 'created', changes: { number: { from: null, to: order.number }, total: { from: null, to: order.total } } });
    await this.events.publish('orders.order.created', { orderId: order.id, customerId: customer.id, origin });
    await this.figures.publishFor([customer.id]);
    return order;
  }

  /** Changes content while the order is a draft or just confirmed; later stages only take dates and costs. */
  @Transactional()
  async update(id: string, data: Partial<OrderData> & { version: number }): Promise<SalesOrder> {
    const order = await this.lockVisible(id);
    if (order.version !== data.version) throw new ConflictError(`order ${order.number} was changed by someone else; reload and try again`, 'STALE_VERSION');
    const problems = new FieldProblems();
    const contentChange = data.lines !== undefined || data.currency !== undefined || data.paymentTerms !== undefined || data.incotermCode !== undefined || data.incotermPlace !== undefined;
    if (contentChange && isContentLocked(order.stage)) {
      throw new RuleViolationError(`order ${order.number} is ${order.stage.replace('_', ' ')}: its lines, prices and terms can no longer change`, 'ORDERS_ORDER_LOCKED');
    }
    const before = { ...order };
    // Money already booked on the order stays booked: a change may neither relabel it nor drop it.
    const received = await this.paidSoFar(order);
    if (data.currency !== undefined) {
      order.currency = requireCurrency(data.currency, 'input.currency', problems, (await this.settings.get()).fxRates);
      if (order.currency !== before.currency && !received.isZero()) {
        const amount = formatAmount(received);
        problems.add('input.currency', `${amount} has been received on this order: its currency can no longer change`, `此订单已收款 ${amount}，不能再更改币种`);
      }
    }
    if (data.incotermCode !== undefined || data.incotermPlace !== undefined || data.transportMode !== undefined) {
      const incoterm = requireIncoterm(data.incotermCode ?? order.incotermCode, data.incotermPlace ?? order.incotermPlace, data.transportMode ?? order.transportMode, problems);
      Object.assign(order, { incotermCode: incoterm.code, incotermPlace: incoterm.place, transportMode: incoterm.mode });
    }
    if (data.paymentTerms !== undefined) {
      const terms = requirePaymentTerms(data.paymentTerms, problems);
      Object.assign(order, { paymentTerms: terms, paymentTermsText: formatPaymentTerms(terms, 'en') });
    }
    let lines: ReturnType<typeof priceLines>['lines'] | undefined;
    if (data.lines !== undefined) {
      const priced = priceLines(data.lines, order.currency, problems);
      if (data.lines.length === 0) problems.add('input.lines', 'an order needs at least one line', '订单至少需要一行商品');
      lines = priced.lines;
      order.total = priced.total.toFixed();
      if (order.currency === before.currency && priced.total.compare(received) < 0) {
        const [total, paid] = [formatAmount(priced.total), formatAmount(received)];
        problems.add('input.lines', `the new total, ${total}, is less than the ${paid} already received`, `新的总额 ${total} 少于已收款 ${paid}`);
      }
    }
    const currencyChanged = order.currency !== before.currency;
    if ((lines && !problems.hasUnder('input.lines')) || currencyChanged) {
      // Lines sent back as they are keep their ids (their amounts stand while the currency does); changed
      // lines of goods already on a purchase order or a shipment would leave those pointing at lines that
      // are gone, and a new currency would leave a shipment's orders in two.
      if (lines && !currencyChanged && sameLines(await this.lines([order.id]), lines)) lines = undefined;
      else {
        const uses = (await this.lineUsage.of([order.id])).get(order.id);
        if (uses) {
          const { en, zh } = describeLineUses(uses);
          if (lines) problems.add('input.lines', `goods of this order are on ${en}: its lines can no longer change`, `此订单的货物已在${zh}中，明细行不能再更改`);
          if (currencyChanged) problems.add('input.currency', `goods of this order are on ${en}: its currency can no longer change`, `此订单的货物已在${zh}中，币种不能再更改`);
        }
      }
    }
    await this.checkPeople(order.customerId, data, problems);
    for (const key of ['deliveryDate', 'contactId', 'merchandiserId', 'freightCost', 'insuranceCost', 'importDutyCost', 'notes'] as const) {
      if (data[key] !== undefined) (order as unknown as Record<string, unknown>)[key] = data[key];
    }
    if (data.deliveryDate !== undefined) {
      if (!order.expectedShipDate) order.expectedShipDate = data.deliveryDate;
      // A delivery date agreed again decides afresh whether production's ship date is late for it.
      Object.assign(order, shipDateRisk(order.deliveryDate, order.expectedShipDate));
    }
    problems.throwIfAny();
    await this.tx.manager.save(order);
    if (lines) await this.saveLines(order.id, lines);
    await this.writeInstallments(order, received.isZero() ? Money.zero(order.currency) : received);
    const changes = Object.fromEntries(
      (['currency', 'incotermCode', 'incotermPlace', 'transportMode', 'paymentTermsText', 'deliveryDate', 'total', 'freightCost', 'insuranceCost', 'importDutyCost'] as const)
        .filter((k) => before[k] !== order[k])
        .map((k) => [k, { from: before[k], to: order[k] }]),
    );
    await this.audit.record({ entityType: 'order', entityId: order.id, action: 'updated', changes });
    await this.figures.publishFor([order.customerId]);
    return order;
  }

  /** Moves an order to another stage if the rules allow; otherwise says why not. */
  @Transactional()
  async moveStage(id: string, to: OrderStage, note?: string): Promise<SalesOrder> {
    if (!ORDER_STAGES.includes(to)) throw ValidationFailedError.field('to', `unknown stage "${to}"`);
    const order = await this.lockVisible(id);
    const move = checkMove(await this.snapshot(order), to, moverRole(currentActor()));
    if (!move.allowed) {
      // The UI speaks Chinese too: the refusal goes out in both languages (extensions.messageZh).
      throw new RuleViolationError(move.refusals.map((r) => r.message).join('; '), `ORDERS_STAGE_${move.refusals[0]?.code ?? 'REFUSED'}`, {
        messageZh: move.refusals.map((r) => r.messageZh).join('；'),
      });
    }
    const from = order.stage;
    if (to === 'on_hold') order.resumeStage = from === 'on_hold' ? order.resumeStage : (from as SalesOrder['resumeStage']);
    else order.resumeStage = null;
    order.stage = to;
    if (to === 'documents_sent') order.documentsSentAt = new Date();
    if (to === 'shipped' && !order.invoiceDate) order.invoiceDate = companyToday();
    await this.tx.manager.save(order);
    await this.tx.manager.insert(OrderStageChange, { orderId: order.id, fromStage: from, toStage: to, byUserId: actorUserId(currentActor()), note: note?.trim() || null });
    if (to === 'shipped') await this.writeInstallments(order, await this.paidSoFar(order));
    await this.audit.record({ entityType: 'order', entityId: order.id, action: 'stage_changed', changes: { stage: { from, to } } });
    await this.events.publish('orders.order.stageChanged', { orderId: order.id, customerId: order.customerId, ownerId: order.ownerId, from, to });
    await this.figures.publishFor([order.customerId]);
    return order;
  }

  /**
   * Records money received for the order (an order-level amount, applied to installments in due
   * order). Finance matches bank receipts to orders; this is where a match lands.
   */
  @Transactional()
  async recordReceipt(id: string, amount: string, note?: string): Promise<SalesOrder> {
    if (!isDecimalString(amount)) throw ValidationFailedError.field('amount', `"${amount}" is not an amount; write it like 1250.50`, undefined, `“${amount}”不是金额，请写成 1250.50 这样`);
    const order = await this.lockVisible(id);
    const received = Money.of(amount, order.currency);
    if (!received.isPositive()) throw ValidationFailedError.field('amount', 'must be more than 0', undefined, '金额必须大于 0');
    // A bank credits whole minor units; rounding a mistyped 1000.555 would book money nobody received.
    if (!received.equals(received.round())) throw ValidationFailedError.field('amount', `${order.currency} has ${received.minorUnits} decimals; "${amount}" has more`, undefined, `${order.currency} 最多 ${received.minorUnits} 位小数，“${amount}”超出了`);
    const paid = (await this.paidSoFar(order)).add(received);
    const overpayment = await this.writeInstallments(order, paid);
    if (overpayment.isPositive()) throw ValidationFailedError.field('amount', `is ${overpayment.toFixed()} ${order.currency} more than the order still has open`, undefined, `比订单未收金额多 ${overpayment.toFixed()} ${order.currency}`);
    await this.audit.record({ entityType: 'order', entityId: order.id, action: 'payment_recorded', changes: { received: { from: null, to: received.toFixed() }, note: { from: null, to: note ?? null } } });
    await this.figures.publishFor([order.customerId]);
    return order;
  }

  @Transactional()
  async addComment(id: string, body: string, mentionedUserIds: string[]): Promise<OrderComment> {
    const order = await this.getVisible(id);
    const authorId = actorUserId(currentActor());
    if (!authorId) throw new ForbiddenError('comments are written by signed-in users');
    const mentioned = mentionedUserIds.length ? await this.tx.manager.findBy(User, { id: In(mentionedUserIds), active: true }) : [];
    if (mentioned.length !== new Set(mentionedUserIds).size) throw ValidationFailedError.field('input.mentionedUserIds', 'some mentioned users do not exist or are deactivated', undefined, '部分被 @ 的用户不存在或已停用');
    // A mention notifies: a colleague who may not open the order would be led to "not found".
    const outside = mentioned.filter((user) => !mayOpen(user, order));
    if (outside.length) {
      const names = outside.map((user) => user.displayName);
      throw ValidationFailedError.field(
        'input.mentionedUserIds',
        `${names.join(', ')} cannot see order ${order.number}; mention colleagues who work on it`,
        undefined,
        `${names.join('、')} 无权查看订单 ${order.number}，请 @ 经手此订单的同事`,
      );
    }
    const comment = await this.tx.manager.save(this.tx.manager.create(OrderComment, { orderId: order.id, authorId, body: body.trim(), mentionedUserIds: [...new Set(mentionedUserIds)] }));
    await this.events.publish('orders.comment.added', { orderId: order.id, number: order.number, commentId: comment.id, authorId, mentionedUserIds: comment.mentionedUserIds });
    return comment;
  }

  /** Active colleagues who may open the order, for the comment box's "@" (by name or e-mail, at most `first`). */
  async mentionCandidates(id: string, search: string | undefined, first: number): Promise<User[]> {
    const order = await this.getVisible(id);
    const found: User[] = [];
    // Pages through the users in name order, keeping those whose data scope covers the order.
    for (let offset = 0; found.length < first; offset += MENTION_PAGE) {
      const [users] = await this.users.list({ active: true, search }, offset, MENTION_PAGE);
      found.push(...users.filter((user) => mayOpen(user, order)));
      if (users.length < MENTION_PAGE) break;
    }
    return found.slice(0, first);
  }

  /** Newest first. `count: false` skips totalCount (the board counts every column in one query). */
  async list(filter: OrderFilter, page: PageArgs, options: { count?: boolean } = {}): Promise<Page<SalesOrder>> {
    const qb = andWhereBound(this.repository.scoped(dataScopeOf(currentActor())), (bind) => orderFilterCondition(filter, bind));
    if (searches(filter)) planForEachValue(qb);
    return keysetPage(qb, page, NEWEST_FIRST, options);
  }

  /**
   * The first page of `list` for each of the stages, in one round trip instead of one per stage: a
   * LATERAL page per stage (each an index scan) reading the cards' columns as plain rows, which for a
   * board's 220 orders costs a fraction of TypeORM's hydration (entityColumnList). With `properties`,
   * only those columns: the cards are then partial orders, fit to be shown, not to be saved or checked
   * against the stage rules.
   */
  async firstOfEachStage(filter: OrderFilter, stages: readonly string[], perColumn: number, properties?: ReadonlySet<string>): Promise<Map<string, SalesOrder[]>> {
    const columns = new Map(stages.map((stage) => [stage, [] as SalesOrder[]]));
    if (stages.length === 0) return columns;
    const { where, parameters, bind } = this.visibleOrders(filter);
    const metadata = this.tx.dataSource.getMetadata(SalesOrder);
    const page =
      `SELECT ${entityColumnList(metadata, 'o', properties)} FROM sales_order o WHERE ${where} AND o.stage = board.stage ` +
      `ORDER BY ${NEWEST_FIRST.expression} ${NEWEST_FIRST.direction}, ${NEWEST_FIRST.idExpression} ${NEWEST_FIRST.direction} LIMIT ${bind('perColumn', perColumn)}`;
    const cards = await this.tx.read<SalesOrder>(
      this.plannedFor(filter, `SELECT card.* FROM unnest(${bind('stages', stages)}::text[]) AS board(stage) CROSS JOIN LATERAL (${page}) card`),
      parameters,
    );
    // The LATERAL rows come column by column, each in its page's order.
    for (const card of cards) columns.get(card.stage)!.push(card);
    return columns;
  }

  /** The order's column properties (what firstOfEachStage can read). */
  columnProperties(): ReadonlySet<string> {
    return (this.orderColumns ??= new Set(this.tx.dataSource.getMetadata(SalesOrder).columns.map((c) => c.propertyName)));
  }

  /**
   * How many of a customer's orders lie outside the caller's data scope (a colleague's): a count and
   * nothing of them, so the 360 view can say why its order list is shorter than the customer's figures.
   */
  async countOutOfScope(customerId: string): Promise<number> {
    const parameters: unknown[] = [customerId];
    const visible = orderScopeCondition(dataScopeOf(currentActor()), 'o', positionalBinder(parameters));
    if (!visible) return 0;
    // Drafts and cancelled orders are left out, as the customer's figures leave them out.
    const [row] = await this.tx.read<{ n: number }>(
      `SELECT count(*)::int AS n FROM sales_order o WHERE o.customer_id = $1 AND ${bindingStageCondition('o')} AND (${visible}) IS NOT TRUE`,
      parameters,
    );
    return row.n;
  }

  /** Counts per stage for the board, with the same filter. */
  async stageCounts(filter: OrderFilter): Promise<Map<string, number>> {
    const { where, parameters } = this.visibleOrders(filter);
    const rows = await this.tx.read<{ stage: string; n: number }>(this.plannedFor(filter, `SELECT o.stage, count(*)::int AS n FROM sales_order o WHERE ${where} GROUP BY o.stage`), parameters);
    return new Map(rows.map((r) => [r.stage, r.n]));
  }

  /** The orders the caller may see that pass the filter, as an SQL condition on alias `o` with its values. */
  private visibleOrders(filter: OrderFilter): { where: string; parameters: unknown[]; bind: BindValue } {
    const parameters: unknown[] = [];
    const bind = positionalBinder(parameters);
    return { where: allOf(orderScopeCondition(dataScopeOf(currentActor()), 'o', bind), orderFilterCondition(filter, bind)), parameters, bind };
  }

  /** A search is planned for its term (see planForEachValue); other filters share a prepared plan. */
  private plannedFor(filter: OrderFilter, sql: string): string {
    return searches(filter) ? sqlPlannedForEachValue(sql) : sql;
  }

  // The reads below are shown or computed with, never saved: plain rows (readEntities).
  lines(orderIds: readonly string[]): Promise<OrderLine[]> {
    return orderIds.length ? this.tx.readEntities(OrderLine, 'l', 'WHERE l.order_id = ANY($1::uuid[]) ORDER BY l.position', [orderIds]) : Promise.resolve([]);
  }

  installments(orderIds: readonly string[]): Promise<OrderInstallment[]> {
    return orderIds.length ? this.tx.readEntities(OrderInstallment, 'i', 'WHERE i.order_id = ANY($1::uuid[]) ORDER BY i.sequence', [orderIds]) : Promise.resolve([]);
  }

  stageHistory(orderId: string, limit = 500): Promise<OrderStageChange[]> {
    return this.tx.readEntities(OrderStageChange, 'c', 'WHERE c.order_id = $1 ORDER BY c.at DESC, c.id DESC LIMIT $2', [orderId, limit]);
  }

  comments(orderId: string, limit = 200): Promise<OrderComment[]> {
    return this.tx.readEntities(OrderComment, 'c', 'WHERE c.order_id = $1 ORDER BY c.created_at DESC, c.id DESC LIMIT $2', [orderId, limit]);
  }

  async commentCount(orderId: string): Promise<number> {
    const [row] = await this.tx.read<{ n: number }>('SELECT count(*)::int AS n FROM order_comment WHERE order_id = $1', [orderId]);
    return row.n;
  }

  /** Records facts logistics learns (transport mode, booking, B/L, customs clearance) on the orders they concern. */
  async recordShipmentFacts(orderIds: string[], facts: ShipmentFacts): Promise<void> {
    for (const id of orderIds) {
      const order = await this.repository.lock(id);
      if (!order) throw new NotFoundError('order', id, 'ORDERS_ORDER_NOT_FOUND');
      // How the goods actually travel: the order's Incoterm checks then flag, say, FOB goods sent by air.
      if (facts.transportMode !== undefined) order.transportMode = facts.transportMode;
      if (facts.bookingNumber !== undefined) order.bookingNumber = facts.bookingNumber;
      if (facts.blNumber !== undefined) order.blNumber = facts.blNumber;
      if (facts.blDate !== undefined) order.blDate = facts.blDate;
      if (facts.customsCleared !== undefined) order.customsClearedAt = facts.customsCleared ? (order.customsClearedAt ?? new Date()) : null;
      if (facts.freightBooked !== undefined) order.shipmentFreightBooked = facts.freightBooked;
      if (facts.insuranceBooked !== undefined) order.shipmentInsuranceBooked = facts.insuranceBooked;
      await this.tx.manager.save(order);
      if (facts.blDate !== undefined) await this.writeInstallments(order, await this.paidSoFar(order));
    }
  }

  /** Builds what the stage rules look at from the order, its installments and production. */
  async snapshot(order: SalesOrder): Promise<OrderSnapshot> {
    const installments = await this.installments([order.id]);
    const lineCount = await this.tx.manager.count(OrderLine, { where: { orderId: order.id } });
    const milestones = await this.tx.manager.find(ProductionMilestone, { where: { orderId: order.id } });
    return buildSnapshot(order, { installments, hasLines: lineCount > 0, milestones });
  }

  private async saveLines(orderId: string, lines: ReturnType<typeof priceLines>['lines']): Promise<void> {
    await this.tx.manager.delete(OrderLine, { orderId });
    if (lines.length === 0) return;
    await this.tx.manager.insert(
      OrderLine,
      lines.map((l) => ({ orderId, position: l.position, productId: l.productId ?? null, sku: l.sku ?? null, description: l.description, quantity: l.quantity, unit: l.unit ?? 'pcs', unitPrice: l.unitPrice, amount: l.amount.toFixed() })),
    );
  }

  private async paidSoFar(order: SalesOrder): Promise<Money> {
    const rows = await this.tx.read<{ paid: string | null }>('SELECT sum(paid_amount)::text AS paid FROM order_installment WHERE order_id = $1', [order.id]);
    return Money.of(rows[0]?.paid ?? '0', order.currency);
  }

  /** Due dates after the order's expected ship date moved (a production delay, an early ready date); amounts and payments stay. */
  async rescheduleInstallments(order: SalesOrder): Promise<void> {
    await this.writeInstallments(order, await this.paidSoFar(order));
  }

  /** (Re)writes the installment schedule for the order's total and dates, keeping what was paid. Returns any overpayment. */
  private async writeInstallments(order: SalesOrder, paid: Money): Promise<Money> {
    const schedule = scheduleInstallments(order.paymentTerms as PaymentTerms, {
      total: Money.of(order.total, order.currency),
      orderDate: order.orderDate,
      expectedShipDate: order.expectedShipDate ?? order.deliveryDate,
      blDate: order.blDate,
      invoiceDate: order.invoiceDate,
    });
    const { installments, overpayment } = applyReceived(schedule, paid);
    await this.tx.manager.delete(OrderInstallment, { orderId: order.id });
    await this.tx.manager.insert(
      OrderInstallment,
      installments.map((i) => ({
        orderId: order.id, sequence: i.sequence, trigger: i.trigger, method: i.method, percentage: i.percentage, days: i.days,
        label: i.label, amount: i.amount.toFixed(), paidAmount: i.paid.toFixed(), dueDate: i.dueDate,
      })),
    );
    return overpayment;
  }

  /** The order's contact must be its customer's, and its merchandiser an active merchandiser. */
  private async checkPeople(customerId: string, data: Pick<OrderData, 'contactId' | 'merchandiserId'>, problems: FieldProblems): Promise<void> {
    await checkContact(this.crm, customerId, data.contactId, problems);
    if (data.merchandiserId) {
      const user = await this.tx.manager.findOneBy(User, { id: data.merchandiserId });
      if (!user?.active || (user.role !== 'merchandiser' && user.role !== 'manager' && user.role !== 'admin')) {
        problems.add('input.merchandiserId', `${data.merchandiserId} is not an active merchandiser`, `${data.merchandiserId} 不是在职的跟单员`);
      }
    }
  }

  /** Whether an order holds the number in any case (imported numbers keep the case their file had). */
  private async numberTaken(number: string): Promise<boolean> {
    const rows: unknown[] = await this.tx.manager.query('SELECT 1 FROM sales_order WHERE lower(number) = lower($1)', [number]);
    return rows.length > 0;
  }

  private async ownerFor(ownerId: string | undefined, problems: FieldProblems): Promise<User> {
    const actor = currentActor();
    const id = ownerId ?? actorUserId(actor);
    if (!id) {
      problems.add('input.ownerId', 'give the salesperson who owns the order', '请选择负责此订单的业务员');
      return { id: '', teamId: null } as unknown as User;
    }
    if (ownerId && actor.kind === 'user' && actor.role === 'sales' && ownerId !== actor.userId) {
      problems.add('input.ownerId', 'salespeople create orders for themselves', '业务员只能为自己创建订单');
    }
    const user = await this.tx.manager.findOneBy(User, { id });
    if (!user || !user.active) problems.add('input.ownerId', `user ${id} does not exist or is deactivated`, `用户 ${id} 不存在或已停用`);
    else if (ownerId && actor.kind === 'user' && actor.role === 'manager' && user.teamId !== actor.teamId) {
      // Else the order would leave the manager's own data scope the moment it is created.
      problems.add('input.ownerId', 'managers create orders for members of their own team', '经理只能为本团队成员创建订单');
    }
    return user ?? ({ id, teamId: null } as unknown as User);
  }
}

// To the millisecond (the cursor's precision), in UTC so the expression is immutable: sales_order_recent_idx and
// sales_order_stage_recent_idx are on it.
const NEWEST_FIRST: KeysetSort<SalesOrder> = {
  expression: "date_trunc('milliseconds', o.created_at AT TIME ZONE 'UTC')",
  direction: 'DESC',
  valueOf: (o) => o.createdAt,
  idExpression: 'o.id',
  idOf: (o) => o.id,
};

/** The list filter as one SQL condition on alias `o` (null when it filters nothing), its values bound through `bind`. */
function orderFilterCondition(filter: OrderFilter, bind: BindValue): string | null {
  const conditions: string[] = [];
  if (filter.stages?.length) conditions.push(`o.stage = ANY(${bind('stages', filter.stages)}::text[])`);
  if (filter.activeOnly) conditions.push("o.stage NOT IN ('closed', 'cancelled')");
  if (filter.ownerId) conditions.push(`o.owner_id = ${bind('ownerId', filter.ownerId)}`);
  if (filter.customerId) conditions.push(`o.customer_id = ${bind('customerId', filter.customerId)}`);
  if (filter.country) conditions.push(`o.customer_country = ${bind('country', filter.country.toUpperCase())}`);
  if (filter.deliveryMonth) {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(filter.deliveryMonth)) throw ValidationFailedError.field('filter.deliveryMonth', 'must look like 2026-03');
    const month = `(${bind('month', filter.deliveryMonth)} || '-01')::date`;
    conditions.push(`o.delivery_date >= ${month} AND o.delivery_date < (${month} + interval '1 month')`);
  }
  if (filter.atRisk !== undefined) {
    const atRisk = atRiskCondition('o', bind('today', companyTodayNow()));
    conditions.push(filter.atRisk ? atRisk : `NOT ${atRisk}`);
  }
  const q = filter.search?.trim();
  if (q) {
    const like = bind('like', containsPattern(q));
    conditions.push(`(o.number ILIKE ${like} OR o.customer_name ILIKE ${like})`);
  }
  return conditions.length ? allOf(...conditions) : null;
}

/** How many orders a search term matches decides its plan: no generic one (planForEachValue). */
function searches(filter: OrderFilter): boolean {
  return !!filter.search?.trim();
}

/** What logistics tells the orders its shipments carry. */
export interface ShipmentFacts {
  transportMode?: TransportMode;
  bookingNumber?: string | null;
  blNumber?: string | null;
  blDate?: string | null;
  customsCleared?: boolean;
  /** Whether any of its shipments carries a freight, or an insurance, cost. */
  freightBooked?: boolean;
  insuranceBooked?: boolean;
}

/** What the stage rules need of an order, for snapshots built from rows already loaded (the order page's). */
export type SnapshotOrder = Pick<SalesOrder, 'stage' | 'resumeStage' | 'bookingNumber' | 'blNumber' | 'customsClearedAt' | 'currency'>;

export function buildSnapshot(
  order: SnapshotOrder,
  loaded: { installments: readonly OrderInstallment[]; hasLines: boolean; milestones: readonly Pick<ProductionMilestone, 'kind' | 'actualDate'>[] },
): OrderSnapshot {
  const done = (kind: string) => loaded.milestones.some((m) => m.kind === kind && m.actualDate !== null);
  const open = loaded.installments.map((i) => ({ sequence: i.sequence, trigger: i.trigger as OrderSnapshot['installments'][number]['trigger'], percentage: i.percentage, open: Money.of(i.amount, order.currency).subtract(Money.of(i.paidAmount, order.currency)) }));
  return {
    stage: order.stage,
    resumeStage: order.resumeStage,
    hasLines: loaded.hasLines,
    installments: open,
    inspected: done('qc_inspection'),
    packed: done('packing'),
    bookingNumber: order.bookingNumber,
    blNumber: order.blNumber,
    customsCleared: order.customsClearedAt !== null,
    totalOpen: Money.sum(open.map((i) => i.open), order.currency),
  };
}
