import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AuditTrail, EventPublisher, FieldProblem, FieldProblems, groupedByKey, requestLoader, RuleViolationError, Transactional, TransactionHost, ValidationFailedError } from '@tradewind/platform';
import { companyToday, decimal, isDecimalString, Money } from '@tradewind/shared';
import { NumberingService } from '../numbering/numbering.service';
import { OrderService } from '../order/order.service';
import { shipDateRisk } from '../order/order-risk';
import { requireCurrency } from '../order/order-values';
import { OrderLine, SalesOrder } from '../order/sales-order.entity';
import { addDays, daysBetween, isIsoDate } from '../payment-terms';
import { Product } from '../product/product.entity';
import { OrdersSettingsService } from '../settings/orders-settings.service';
import { Supplier } from '../supplier/supplier.entity';
import { MILESTONE_KINDS, MilestoneKind, ProductionMilestone, PurchaseOrder, PurchaseOrderLine } from './production.entity';

export interface PurchaseLineData {
  orderLineId: string;
  supplierId?: string;
  quantity?: string;
  unitCost?: string;
}

function byMilestoneKind(a: ProductionMilestone, b: ProductionMilestone): number {
  return MILESTONE_KINDS.indexOf(a.kind) - MILESTONE_KINDS.indexOf(b.kind);
}

/**
 * Purchasing from factories and production tracking: purchase orders from order lines, milestones
 * with planned and actual dates, and delays that move the expected ship date and flag the order.
 */
@Injectable()
export class ProductionService {
  constructor(
    readonly tx: TransactionHost,
    private readonly orders: OrderService,
    private readonly numbering: NumberingService,
    private readonly settings: OrdersSettingsService,
    private readonly audit: AuditTrail,
    private readonly events: EventPublisher,
  ) {}

  /** One purchase order per supplier, from the given lines (default supplier and cost from the catalogue). */
  @Transactional()
  async createPurchaseOrders(orderId: string, lines: PurchaseLineData[], dueDate: string, currencyCode = 'CNY'): Promise<PurchaseOrder[]> {
    // Locked, as an edit of the order's lines locks it: a purchase order must not point at lines being replaced.
    const order = await this.orders.lockVisible(orderId);
    if (!isIsoDate(dueDate)) throw ValidationFailedError.field('input.dueDate', 'must be a date like 2026-03-05', undefined, '必须是 2026-03-05 这样的日期');
    const currencyProblems = new FieldProblems();
    const currency = requireCurrency(currencyCode, 'input.currency', currencyProblems);
    currencyProblems.throwIfAny();
    const orderLines = await this.tx.manager.find(OrderLine, { where: { orderId: order.id } });
    const products = new Map((await this.tx.manager.findBy(Product, { id: In(orderLines.map((l) => l.productId).filter((id): id is string => !!id)) })).map((p) => [p.id, p]));
    const bySupplier = new Map<string, { line: OrderLine; quantity: string; unitCost: string }[]>();
    const problems: FieldProblem[] = [];
    lines.forEach((input, i) => {
      const line = orderLines.find((l) => l.id === input.orderLineId);
      if (!line) return problems.push({ path: `input.lines.${i}.orderLineId`, message: 'is not a line of this order', messageZh: '不是此订单的明细行' });
      const product = line.productId ? products.get(line.productId) : undefined;
      const supplierId = input.supplierId ?? product?.defaultSupplierId;
      const unitCost = input.unitCost ?? product?.defaultCost;
      const quantity = input.quantity ?? line.quantity;
      if (!supplierId) problems.push({ path: `input.lines.${i}.supplierId`, message: 'no supplier given and the product has no default supplier', messageZh: '未选择供应商，且该产品没有默认供应商' });
      if (!unitCost) problems.push({ path: `input.lines.${i}.unitCost`, message: 'no cost given and the product has no default cost', messageZh: '未填写采购单价，且该产品没有默认成本' });
      else if (!isDecimalString(unitCost) || decimal(unitCost).isNegative()) problems.push({ path: `input.lines.${i}.unitCost`, message: `"${unitCost}" is not a cost (a number of 0 or more)`, messageZh: `“${unitCost}”不是有效的采购单价（须为不小于 0 的数字）` });
      else if (input.unitCost === undefined && product?.costCurrency && product.costCurrency !== currency) {
        // A default cost in another currency would be taken as this one's: ask for the figure instead.
        problems.push({ path: `input.lines.${i}.unitCost`, message: `the product's default cost is in ${product.costCurrency}; give the cost in ${currency}`, messageZh: `该产品的默认成本为 ${product.costCurrency}，请填写 ${currency} 采购单价` });
      }
      if (!isDecimalString(quantity) || !decimal(quantity).greaterThan(0)) problems.push({ path: `input.lines.${i}.quantity`, message: 'must be a positive number', messageZh: '数量必须大于 0' });
      if (supplierId && unitCost) bySupplier.set(supplierId, [...(bySupplier.get(supplierId) ?? []), { line, quantity, unitCost }]);
      return undefined;
    });
    if (problems.length) throw new ValidationFailedError(problems);
    const suppliers = await this.tx.manager.findBy(Supplier, { id: In([...bySupplier.keys()]) });
    if (suppliers.length !== bySupplier.size) throw ValidationFailedError.field('input.lines', 'a supplier does not exist', undefined, '所选供应商不存在');
    const settings = await this.settings.get();
    const created: PurchaseOrder[] = [];
    for (const [supplierId, items] of bySupplier) {
      const amounts = items.map((i) => Money.of(i.unitCost, currency).multiply(i.quantity).round());
      const po = await this.tx.manager.save(
        this.tx.manager.create(PurchaseOrder, {
          number: await this.numbering.next(settings.numbering.purchaseOrder, companyToday()),
          orderId: order.id, supplierId, currency, dueDate, total: Money.sum(amounts, currency).toFixed(), status: 'open',
        }),
      );
      await this.tx.manager.insert(
        PurchaseOrderLine,
        items.map((item, i) => ({ purchaseOrderId: po.id, orderLineId: item.line.id, productId: item.line.productId, description: item.line.description, quantity: item.quantity, unitCost: item.unitCost, amount: amounts[i].toFixed() })),
      );
      await this.audit.record({ entityType: 'purchase_order', entityId: po.id, action: 'created', changes: { orderId: { from: null, to: order.id }, total: { from: null, to: po.total } } });
      created.push(po);
    }
    return created;
  }

  /** Sets the planned dates of the milestones (the last one, ready to ship, is the expected ship date). */
  @Transactional()
  async planMilestones(orderId: string, plan: Partial<Record<MilestoneKind, string>>): Promise<ProductionMilestone[]> {
    const order = await this.orders.getVisible(orderId);
    const existing = await this.milestones([order.id]);
    for (const kind of MILESTONE_KINDS) {
      const date = plan[kind];
      if (!date) continue;
      if (!isIsoDate(date)) throw ValidationFailedError.field(`input.${kind}`, 'must be a date like 2026-03-05', undefined, '必须是 2026-03-05 这样的日期');
      const current = existing.find((m) => m.kind === kind);
      if (current) Object.assign(current, { plannedDate: date, originalDate: date });
      await this.tx.manager.save(current ?? this.tx.manager.create(ProductionMilestone, { orderId: order.id, kind, plannedDate: date, originalDate: date, actualDate: null, note: null }));
    }
    const before = order.expectedShipDate;
    await this.refreshShipDate(order);
    await this.audit.record({ entityType: 'order', entityId: order.id, action: 'production_planned', changes: { plan: { from: null, to: plan } } });
    // A plan that puts shipping later is a slip the owner hears of, as a reported delay is.
    const later = before && order.expectedShipDate ? daysBetween(before, order.expectedShipDate) : 0;
    if (later > 0) {
      await this.events.publish('orders.order.delayed', { orderId: order.id, ownerId: order.ownerId, number: order.number, milestone: 'ready_to_ship', days: later, expectedShipDate: order.expectedShipDate, atRisk: order.atRisk });
    }
    return this.milestones([order.id]);
  }

  @Transactional()
  async recordMilestone(orderId: string, kind: MilestoneKind, actualDate: string, note?: string): Promise<ProductionMilestone> {
    const order = await this.orders.getVisible(orderId);
    if (!isIsoDate(actualDate)) throw ValidationFailedError.field('actualDate', 'must be a date like 2026-03-05', undefined, '必须是 2026-03-05 这样的日期');
    // A milestone is recorded once done: a future date would let goods not inspected yet pass "ready".
    if (actualDate > companyToday()) throw ValidationFailedError.field('actualDate', `${actualDate} is in the future: record the milestone once it is done`, undefined, `${actualDate} 尚未到来：请在完成后再记录`);
    const milestone = (await this.milestones([order.id])).find((m) => m.kind === kind);
    if (!milestone) throw new RuleViolationError(`plan the ${kind.replace(/_/g, ' ')} milestone before recording it`, 'ORDERS_MILESTONE_NOT_PLANNED');
    milestone.actualDate = actualDate;
    milestone.note = note?.trim() || milestone.note;
    await this.tx.manager.save(milestone);
    const late = daysBetween(milestone.plannedDate, actualDate);
    // Finishing later than planned pushes the steps after it, as a reported delay would.
    if (late > 0) await this.shiftFollowing(order, kind, late);
    await this.audit.record({ entityType: 'order', entityId: order.id, action: 'milestone_recorded', changes: { [kind]: { from: null, to: actualDate } } });
    return milestone;
  }

  /** A supplier reports a delay ("needs 3 more days"): this and later milestones move, and the owner hears of it. */
  @Transactional()
  async reportDelay(orderId: string, kind: MilestoneKind, days: number, note: string): Promise<SalesOrder> {
    if (!Number.isInteger(days) || days < 1 || days > 365) throw ValidationFailedError.field('days', 'must be a whole number of days from 1 to 365', undefined, '必须是 1 到 365 之间的整天数');
    const order = await this.orders.getVisible(orderId);
    if (!(await this.milestones([order.id])).some((m) => m.kind === kind)) throw new RuleViolationError(`plan the ${kind.replace(/_/g, ' ')} milestone before reporting a delay`, 'ORDERS_MILESTONE_NOT_PLANNED');
    await this.shiftFollowing(order, kind, days, note);
    return order;
  }

  /** An order's milestones, read once per request for every order the request shows (page fields and stage rules share them). */
  milestonesOfOrder(orderId: string): Promise<ProductionMilestone[]> {
    return requestLoader<string, ProductionMilestone[]>('orders.milestones', async (ids) => {
      // Shown, never saved: plain rows (readEntities), unlike `milestones`, whose rows the mutations save.
      const rows = await this.tx.readEntities(ProductionMilestone, 'm', 'WHERE m.order_id = ANY($1::uuid[])', [ids]);
      return groupedByKey(ids, rows.sort(byMilestoneKind), (m) => m.orderId);
    }).load(orderId);
  }

  milestones(orderIds: readonly string[]): Promise<ProductionMilestone[]> {
    if (orderIds.length === 0) return Promise.resolve([]);
    return this.tx.manager.find(ProductionMilestone, { where: { orderId: In([...orderIds]) } }).then((rows) => rows.sort(byMilestoneKind));
  }

  purchaseOrders(orderId: string): Promise<PurchaseOrder[]> {
    return this.tx.readEntities(PurchaseOrder, 'po', 'WHERE po.order_id = $1 ORDER BY po.created_at', [orderId]);
  }

  private async shiftFollowing(order: SalesOrder, from: MilestoneKind, days: number, note?: string): Promise<void> {
    const start = MILESTONE_KINDS.indexOf(from);
    const milestones = await this.milestones([order.id]);
    for (const m of milestones) {
      if (MILESTONE_KINDS.indexOf(m.kind) < start || m.actualDate) continue;
      m.plannedDate = addDays(m.plannedDate, days);
      if (note && m.kind === from) m.note = note;
      await this.tx.manager.save(m);
    }
    const before = order.expectedShipDate;
    await this.refreshShipDate(order);
    await this.audit.record({ entityType: 'order', entityId: order.id, action: 'delayed', changes: { expectedShipDate: { from: before, to: order.expectedShipDate }, [from]: { from: null, to: `+${days} days${note ? `: ${note}` : ''}` } } });
    await this.events.publish('orders.order.delayed', { orderId: order.id, ownerId: order.ownerId, number: order.number, milestone: from, days, expectedShipDate: order.expectedShipDate, atRisk: order.atRisk });
  }

  /** Expected ship date = planned "ready to ship"; the order is at risk when that passes the delivery date. */
  private async refreshShipDate(order: SalesOrder): Promise<void> {
    const ready = (await this.milestones([order.id])).find((m) => m.kind === 'ready_to_ship');
    const before = order.expectedShipDate;
    order.expectedShipDate = ready?.actualDate ?? ready?.plannedDate ?? order.expectedShipDate ?? order.deliveryDate;
    Object.assign(order, shipDateRisk(order.deliveryDate, order.expectedShipDate));
    await this.tx.manager.update(SalesOrder, { id: order.id }, { expectedShipDate: order.expectedShipDate, atRisk: order.atRisk, riskReason: order.riskReason });
    // "Before shipment" installments fall due on the expected ship date, so they move with it.
    if (order.expectedShipDate !== before) await this.orders.rescheduleInstallments(order);
  }
}
