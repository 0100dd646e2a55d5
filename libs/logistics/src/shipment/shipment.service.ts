import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  allOf,
  AuditTrail,
  ConflictError,
  currentActor,
  dataScopeOf,
  diffFields,
  FieldProblem,
  keysetRead,
  NotFoundError,
  Page,
  RuleViolationError,
  PageArgs,
  positionalBinder,
  TransactionHost,
  Transactional,
  ValidationFailedError,
} from '@tradewind/platform';
import { companyToday, decimal, isDecimalString, isIsoDate, Money, newId, parseCurrencyCode } from '@tradewind/shared';
import { OrdersFacade, applyOrderScope, orderScopeCondition, type DocumentModelToStore, type IncotermCode, type OrderDocument, type OrderLine, type SalesOrder, type ShipmentFacts, type LineUse, type OrderShipmentDetails, type OrderStage, documentLineDescription, shippingRefusal } from '@tradewind/orders';
import { buildCustomsDraft, CustomsDeclarationDraft, CustomsTransportMode, TradeModeCode, TRADE_MODES } from '../customs';
import { computePackingList, PackingList } from '../packing';
import { Container, Shipment, SHIPMENT_MODES, ShipmentItem, ShipmentMode, ShipmentStatus } from './shipment.entity';

export interface ShipmentData {
  mode?: ShipmentMode;
  carrier?: string | null;
  forwarder?: string | null;
  bookingNumber?: string | null;
  containers?: Container[];
  vessel?: string | null;
  voyage?: string | null;
  portOfLoading?: string | null;
  portOfDischarge?: string | null;
  etd?: string | null;
  eta?: string | null;
  atd?: string | null;
  ata?: string | null;
  transportDocumentNumber?: string | null;
  transportDocumentDate?: string | null;
  freightCost?: string | null;
  insuranceCost?: string | null;
  costCurrency?: string | null;
  tradeMode?: string;
  notes?: string | null;
}

interface ShipmentFilter {
  status?: ShipmentStatus;
  orderId?: string;
  customerId?: string;
}

const EDITABLE: readonly (keyof ShipmentData)[] = [
  'mode', 'carrier', 'forwarder', 'bookingNumber', 'containers', 'vessel', 'voyage', 'portOfLoading', 'portOfDischarge', 'etd', 'eta', 'atd', 'ata',
  'transportDocumentNumber', 'transportDocumentDate', 'freightCost', 'insuranceCost', 'costCurrency', 'tradeMode', 'notes',
];

/**
 * Shipments: which order lines leave together, how (booking, containers, vessel, ports, dates, B/L),
 * their packing list and export customs draft. What logistics learns (booking, B/L, customs
 * clearance) is recorded on the orders, whose stage rules depend on it.
 */
@Injectable()
export class ShipmentService {
  constructor(
    readonly tx: TransactionHost,
    private readonly orders: OrdersFacade,
    private readonly audit: AuditTrail,
  ) {
    // Shipment documents are visible exactly when the shipment is.
    orders.registerDocumentVisibility('shipment', (shipmentId) => this.getVisible(shipmentId));
    // Shipped lines must stay the lines they were: an order whose goods are on a shipment keeps its lines.
    orders.registerLineUsage((orderIds) => this.shipmentsOf(orderIds));
    orders.registerShipmentDetails((orderId) => this.detailsForInvoice(orderId));
  }

  /** Ports, vessels and B/L numbers of an order's shipments, oldest first, each value once. */
  private async detailsForInvoice(orderId: string): Promise<OrderShipmentDetails | null> {
    const shipments = (await this.shipmentsCarrying(orderId)).reverse();
    if (shipments.length === 0) return null;
    const joined = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => !!v?.trim()))].join(', ') || undefined;
    return {
      portOfLoading: joined(shipments.map((s) => s.portOfLoading)),
      portOfDischarge: joined(shipments.map((s) => s.portOfDischarge)),
      vessel: joined(shipments.map((s) => [s.vessel, s.voyage].filter(Boolean).join(' ') || null)),
      transportDocumentNumber: joined(shipments.map((s) => s.transportDocumentNumber)),
    };
  }

  /** Every shipment carrying (part of) the order, newest first, whether or not the caller may see it. */
  private shipmentsCarrying(orderId: string): Promise<Shipment[]> {
    return this.tx.readEntities(Shipment, 's', 'WHERE s.id IN (SELECT shipment_id FROM shipment_item WHERE order_id = $1) ORDER BY s.created_at DESC, s.id DESC', [orderId]);
  }

  private async shipmentsOf(orderIds: readonly string[]): Promise<Map<string, LineUse[]>> {
    const rows: { order_id: string; references: string[] }[] = await this.tx.manager.query(
      'SELECT si.order_id, array_agg(DISTINCT s.reference ORDER BY s.reference) AS references FROM shipment_item si JOIN shipment s ON s.id = si.shipment_id WHERE si.order_id = ANY($1::uuid[]) GROUP BY si.order_id',
      [orderIds],
    );
    return new Map(rows.map((r) => [r.order_id, r.references.map((number) => ({ kind: 'shipment' as const, number }))]));
  }

  /** A shipment for orders of one customer; by default it carries what of their lines is not shipped yet. */
  @Transactional()
  async create(orderIds: string[], data: ShipmentData, items?: { orderLineId: string; quantity: string }[]): Promise<Shipment> {
    const orders = await Promise.all(orderIds.map((id) => this.orders.getOrder(id)));
    // Shipments of the same orders are made one at a time: two at once would each see the quantities
    // left before the other and could ship a line twice. Locked before the stage is read, so an order
    // cancelled meanwhile is seen cancelled.
    const locked: { id: string; stage: OrderStage }[] = await this.tx.manager.query('SELECT id, stage FROM sales_order WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [orders.map((o) => o.id)]);
    const stageOf = new Map(locked.map((o) => [o.id, o.stage]));
    const refused = orders.flatMap((order) => {
      const refusal = shippingRefusal(stageOf.get(order.id) ?? order.stage);
      return refusal ? [{ number: order.number, ...refusal }] : [];
    });
    if (refused.length) {
      throw ValidationFailedError.field('input.orderIds', refused.map((r) => `order ${r.number} ${r.en}`).join('; '), undefined, refused.map((r) => `订单 ${r.number} ${r.zh}`).join('；'));
    }
    if (new Set(orders.map((o) => o.customerId)).size > 1) throw ValidationFailedError.field('input.orderIds', 'one shipment carries orders of one customer only', undefined, '一票货只能装同一客户的订单');
    // Its commercial invoice and customs declaration state one currency.
    const currencies = [...new Set(orders.map((o) => o.currency))];
    if (currencies.length > 1) {
      throw ValidationFailedError.field('input.orderIds', `one shipment carries orders in one currency only (these are in ${currencies.join(' and ')})`, undefined, `一票货只能装同一币种的订单（这些订单分别为 ${currencies.join('、')}）`);
    }
    const lines = await this.orders.lines(orders.map((o) => o.id));
    const shipped = await this.shippedQuantities(lines.map((l) => l.id));
    const wanted = items ?? lines.map((l) => ({ orderLineId: l.id, quantity: decimal(l.quantity).minus(shipped.get(l.id) ?? '0').toFixed() })).filter((i) => decimal(i.quantity).greaterThan(0));
    const problems: FieldProblem[] = [];
    wanted.forEach((item, i) => {
      const line = lines.find((l) => l.id === item.orderLineId);
      if (!line) return problems.push({ path: `input.items.${i}.orderLineId`, message: 'is not a line of these orders', messageZh: '不是这些订单的明细行' });
      const left = decimal(line.quantity).minus(shipped.get(line.id) ?? '0');
      if (!isDecimalString(item.quantity) || !decimal(item.quantity).greaterThan(0)) problems.push({ path: `input.items.${i}.quantity`, message: 'must be a positive number', messageZh: '数量必须大于 0' });
      else if (decimal(item.quantity).greaterThan(left)) problems.push({ path: `input.items.${i}.quantity`, message: `only ${left.toFixed()} ${line.unit} of "${line.description}" are left to ship`, messageZh: `“${line.description}”只剩 ${left.toFixed()} ${line.unit} 未出运` });
      return undefined;
    });
    if (wanted.length === 0) problems.push({ path: 'input.orderIds', message: 'everything on these orders is already on shipments', messageZh: '这些订单的货物已全部安排出运' });
    if (problems.length) throw new ValidationFailedError(problems);
    const values = this.values({ mode: 'sea', ...data });
    const first = orders[0];
    const shipment = await this.tx.manager.save(
      this.tx.manager.create(Shipment, {
        ...values,
        // The id's random tail: a UUIDv7 starts with the time, the same for every shipment made this year.
        reference: `SH-${first.number}-${newId().slice(-6).toUpperCase()}`,
        customerId: first.customerId,
        ownerId: first.ownerId,
        teamId: first.teamId,
        status: values.bookingNumber ? 'booked' : 'planned',
      }),
    );
    await this.tx.manager.insert(ShipmentItem, wanted.map((i) => ({ shipmentId: shipment.id, orderId: lines.find((l) => l.id === i.orderLineId)!.orderId, orderLineId: i.orderLineId, quantity: i.quantity })));
    await this.audit.record({ entityType: 'shipment', entityId: shipment.id, action: 'created', changes: { orders: { from: null, to: orders.map((o) => o.number) } } });
    await this.syncOrders(shipment);
    return shipment;
  }

  @Transactional()
  async update(id: string, data: ShipmentData & { version: number }): Promise<Shipment> {
    const shipment = await this.getVisible(id);
    if (shipment.version !== data.version) throw new ConflictError(`shipment ${shipment.reference} was changed by someone else; reload and try again`, 'STALE_VERSION');
    const values = this.values(data);
    const changes = diffFields(shipment, values, EDITABLE as (keyof Shipment & string)[]);
    Object.assign(shipment, values);
    shipment.status = statusOf(shipment);
    await this.tx.manager.save(shipment);
    await this.audit.record({ entityType: 'shipment', entityId: id, action: 'updated', changes });
    await this.syncOrders(shipment);
    return shipment;
  }

  @Transactional()
  async setCustomsCleared(id: string, cleared: boolean): Promise<Shipment> {
    const shipment = await this.getVisible(id);
    shipment.customsClearedAt = cleared ? (shipment.customsClearedAt ?? new Date()) : null;
    await this.tx.manager.save(shipment);
    await this.audit.record({ entityType: 'shipment', entityId: id, action: cleared ? 'customs_cleared' : 'customs_reopened' });
    await this.syncOrders(shipment);
    return shipment;
  }

  @Transactional()
  async setPackingOverride(itemId: string, override: { cartons?: number | null; netWeightKg?: string | null; grossWeightKg?: string | null; cbm?: string | null }): Promise<ShipmentItem> {
    const item = await this.tx.manager.findOneBy(ShipmentItem, { id: itemId });
    if (!item) throw new NotFoundError('shipment item', itemId);
    await this.getVisible(item.shipmentId);
    for (const [key, value] of Object.entries({ netWeightKg: override.netWeightKg, grossWeightKg: override.grossWeightKg, cbm: override.cbm })) {
      if (value && (!isDecimalString(value) || decimal(value).isNegative())) throw ValidationFailedError.field(`input.${key}`, 'must be a decimal number of 0 or more', undefined, '必须是不小于 0 的数字');
    }
    if (override.cartons !== undefined && override.cartons !== null && (!Number.isInteger(override.cartons) || override.cartons < 0)) throw ValidationFailedError.field('input.cartons', 'must be a whole number of 0 or more', undefined, '必须是不小于 0 的整数');
    Object.assign(item, {
      ...(override.cartons !== undefined ? { overrideCartons: override.cartons } : {}),
      ...(override.netWeightKg !== undefined ? { overrideNetWeightKg: override.netWeightKg } : {}),
      ...(override.grossWeightKg !== undefined ? { overrideGrossWeightKg: override.grossWeightKg } : {}),
      ...(override.cbm !== undefined ? { overrideCbm: override.cbm } : {}),
    });
    await this.tx.manager.save(item);
    await this.audit.record({ entityType: 'shipment', entityId: item.shipmentId, action: 'packing_edited', changes: { [item.id]: { from: null, to: override } } });
    return item;
  }

  async getVisible(id: string): Promise<Shipment> {
    const shipment = await applyOrderScope(this.tx.manager.createQueryBuilder(Shipment, 'o'), dataScopeOf(currentActor())).andWhere('o.id = :id', { id }).getOne();
    if (!shipment) throw new NotFoundError('shipment', id, 'LOGISTICS_SHIPMENT_NOT_FOUND');
    return shipment;
  }

  /** Newest first; plain rows (keysetRead): shown, never saved. */
  async list(filter: ShipmentFilter, page: PageArgs): Promise<Page<Shipment>> {
    const { where, parameters } = this.visibleWhere(filter);
    return keysetRead(this.tx, { entity: Shipment, alias: 'o', where, parameters }, page, {
      expression: "date_trunc('milliseconds', o.created_at)", direction: 'DESC', valueOf: (s) => s.createdAt, idExpression: 'o.id', idOf: (s) => s.id,
    });
  }

  /** How many shipments the caller may see carry (part of) the order. */
  async countForOrder(orderId: string): Promise<number> {
    const { where, parameters } = this.visibleWhere({ orderId });
    const [row] = await this.tx.read<{ n: number }>(`SELECT count(*)::int AS n FROM shipment o WHERE ${where}`, parameters);
    return row.n;
  }

  private visibleWhere(filter: ShipmentFilter): { where: string; parameters: unknown[] } {
    const parameters: unknown[] = [];
    const bind = positionalBinder(parameters);
    const conditions = [orderScopeCondition(dataScopeOf(currentActor()), 'o', bind)];
    if (filter.status) conditions.push(`o.status = ${bind('status', filter.status)}`);
    if (filter.customerId) conditions.push(`o.customer_id = ${bind('customerId', filter.customerId)}`);
    if (filter.orderId) conditions.push(`EXISTS (SELECT 1 FROM shipment_item si WHERE si.shipment_id = o.id AND si.order_id = ${bind('orderId', filter.orderId)})`);
    return { where: allOf(...conditions), parameters };
  }

  items(shipmentIds: readonly string[]): Promise<ShipmentItem[]> {
    return shipmentIds.length ? this.tx.manager.find(ShipmentItem, { where: { shipmentId: In([...shipmentIds]) } }) : Promise.resolve([]);
  }

  /** The packing list from the items, the products' carton data and the values typed over them. */
  async packingList(shipment: Shipment): Promise<PackingList> {
    const { items, lines, products } = await this.contents(shipment);
    return computePackingList(
      items.map((item) => {
        const line = lines.get(item.orderLineId)!;
        const product = line.productId ? products.get(line.productId) : undefined;
        const packing =
          product?.unitsPerCarton && product.cartonLengthCm && product.cartonWidthCm && product.cartonHeightCm && product.netWeightKg && product.grossWeightKg
            ? { unitsPerCarton: String(product.unitsPerCarton), lengthCm: product.cartonLengthCm, widthCm: product.cartonWidthCm, heightCm: product.cartonHeightCm, netWeightKg: product.netWeightKg, grossWeightKg: product.grossWeightKg }
            : null;
        const override = {
          ...(item.overrideCartons !== null ? { cartons: item.overrideCartons } : {}),
          ...(item.overrideNetWeightKg !== null ? { netWeightKg: item.overrideNetWeightKg } : {}),
          ...(item.overrideGrossWeightKg !== null ? { grossWeightKg: item.overrideGrossWeightKg } : {}),
          ...(item.overrideCbm !== null ? { cbm: item.overrideCbm } : {}),
        };
        return { ref: item.id, sku: line.sku ?? undefined, description: line.description, quantity: item.quantity, packing, override };
      }),
    );
  }

  /** The export declaration draft: lines grouped by HS code, checked against the commercial invoice total. */
  async customsDraft(shipment: Shipment, destinationCountry: string | null): Promise<CustomsDeclarationDraft & { currency: string }> {
    const { items, lines, products, orders } = await this.contents(shipment);
    const currency = orders[0]?.currency ?? 'USD';
    const amounts = items.map((item) => Money.of(lines.get(item.orderLineId)!.unitPrice, currency).multiply(item.quantity).round());
    const draft = buildCustomsDraft({
      currency,
      invoiceTotal: Money.sum(amounts, currency),
      destinationCountry: destinationCountry ?? orders[0]?.customerCountry ?? '',
      portOfLoading: shipment.portOfLoading ?? '',
      portOfDischarge: shipment.portOfDischarge ?? '',
      transportMode: shipment.mode as CustomsTransportMode,
      tradeMode: shipment.tradeMode as TradeModeCode,
      lines: items.map((item, i) => {
        const line = lines.get(item.orderLineId)!;
        const product = line.productId ? products.get(line.productId) : undefined;
        return { ref: item.id, label: line.sku ?? `#${line.position}`, description: line.description, quantity: item.quantity, unit: line.unit, amount: amounts[i], product: product ? { hsCode: product.hsCode, customsName: product.customsName } : null };
      }),
    });
    return { ...draft, currency };
  }

  /** The packing list PDF of the shipment, versioned like the order's documents. */
  @Transactional()
  async generatePackingList(id: string, language: 'en' | 'zh'): Promise<OrderDocument> {
    const shipment = await this.getVisible(id);
    const { orders, items, lines, products } = await this.contents(shipment);
    const list = await this.packingList(shipment);
    const lineOfItem = new Map(items.map((item) => [item.id, lines.get(item.orderLineId)]));
    const productOf = (itemId: string) => {
      const productId = lineOfItem.get(itemId)?.productId;
      return productId ? products.get(productId) : undefined;
    };
    const words = PACKING_REMARKS[language];
    if (list.problems.length) throw new RuleViolationError(`the packing list is not complete: ${list.problems.map((p) => p.message).join('; ')}`, 'LOGISTICS_PACKING_INCOMPLETE');
    const first = orders[0];
    const parties = await this.orders.documentParties(first.id, language);
    const model: DocumentModelToStore = {
      ...parties,
      kind: 'packing_list',
      language,
      number: shipment.reference.replace(/^SH-/, 'PL-'),
      issueDate: shipment.etd ?? companyToday(),
      provisionalIssueDate: !shipment.etd,
      currency: first.currency,
      incoterm: { code: first.incotermCode as IncotermCode, place: first.incotermPlace },
      paymentTermsText: first.paymentTermsText,
      portOfLoading: shipment.portOfLoading ?? undefined,
      portOfDischarge: shipment.portOfDischarge ?? undefined,
      transportMode: shipment.mode,
      lines: [],
      totals: { subtotal: Money.zero(first.currency).toFixed(), total: Money.zero(first.currency).toFixed() },
      packing: list.lines.map((l) => ({
        sku: l.sku ?? '', description: documentLineDescription(l.description, productOf(l.ref), language), cartons: l.cartons ?? 0, unitsPerCarton: Number(l.unitsPerCarton ?? 0), quantity: l.quantity,
        netWeightKg: l.netWeightKg ?? '0', grossWeightKg: l.grossWeightKg ?? '0', cbm: l.cbm ?? '0',
      })),
      remarks: [
        shipment.containers.length ? `${words.containers}${shipment.containers.map((c) => `${c.number} (${c.type}${c.sealNumber ? `${words.seal}${c.sealNumber}` : ''})`).join(words.separator)}` : '',
        `${words.orders}${orders.map((o) => o.number).join(words.separator)}`,
      ].filter(Boolean).join('\n'),
    };
    return this.orders.storeDocument('shipment', shipment.id, model);
  }

  documents(id: string, limit?: number): Promise<OrderDocument[]> {
    return this.orders.listDocuments('shipment', id, limit);
  }

  private async contents(shipment: Shipment) {
    const items = await this.items([shipment.id]);
    const orderIds = [...new Set(items.map((i) => i.orderId))];
    const orders: SalesOrder[] = await Promise.all(orderIds.map((id) => this.orders.getOrder(id)));
    const lines = new Map((await this.orders.lines(orderIds)).map((l: OrderLine) => [l.id, l]));
    const products = new Map((await this.orders.products([...lines.values()].map((l) => l.productId).filter((p): p is string => !!p))).map((p) => [p.id, p]));
    return { items, orders, lines, products };
  }

  private async shippedQuantities(lineIds: string[]): Promise<Map<string, string>> {
    if (lineIds.length === 0) return new Map();
    const rows: { order_line_id: string; q: string }[] = await this.tx.manager.query('SELECT order_line_id, sum(quantity)::text AS q FROM shipment_item WHERE order_line_id = ANY($1::uuid[]) GROUP BY 1', [lineIds]);
    return new Map(rows.map((r) => [r.order_line_id, r.q]));
  }

  /**
   * Orders learn the booking, the B/L and the customs clearance of the shipments that carry them. An
   * order split over several shipments learns them from all of its shipments, so a second shipment not
   * booked yet does not blank what the first told the order.
   */
  private async syncOrders(shipment: Shipment): Promise<void> {
    const orderIds = [...new Set((await this.items([shipment.id])).map((i) => i.orderId))].sort();
    // Locked (in id order) before their shipments are read: two of an order's shipments changed at once
    // would otherwise each tell the order what they read before the other's change.
    await this.tx.manager.query('SELECT id FROM sales_order WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [orderIds]);
    for (const orderId of orderIds) {
      await this.orders.recordShipmentFacts([orderId], shipmentFactsOf(await this.shipmentsCarrying(orderId)));
    }
  }

  private values(data: ShipmentData): Partial<Shipment> {
    const problems: FieldProblem[] = [];
    if (data.mode !== undefined && !SHIPMENT_MODES.includes(data.mode)) problems.push({ path: 'input.mode', message: `must be one of ${SHIPMENT_MODES.join(', ')}` });
    for (const key of ['etd', 'eta', 'atd', 'ata', 'transportDocumentDate'] as const) {
      const value = data[key];
      if (value && !isIsoDate(value)) problems.push({ path: `input.${key}`, message: 'must be a date like 2026-03-05', messageZh: '必须是 2026-03-05 这样的日期' });
    }
    if (data.etd && data.eta && data.eta < data.etd) problems.push({ path: 'input.eta', message: 'cannot be before the ETD', messageZh: 'ETA 不能早于 ETD' });
    for (const key of ['freightCost', 'insuranceCost'] as const) {
      const value = data[key];
      if (value && (!isDecimalString(value) || decimal(value).isNegative())) problems.push({ path: `input.${key}`, message: 'must be a decimal amount of 0 or more', messageZh: '必须是不小于 0 的金额' });
    }
    const costCurrency = data.costCurrency ? parseCurrencyCode(data.costCurrency) : data.costCurrency;
    if (data.costCurrency && !costCurrency) problems.push({ path: 'input.costCurrency', message: `"${data.costCurrency}" is not an ISO 4217 currency code`, messageZh: `“${data.costCurrency}”不是 ISO 4217 币种代码` });
    if (data.tradeMode !== undefined && !(data.tradeMode in TRADE_MODES)) problems.push({ path: 'input.tradeMode', message: `must be one of ${Object.keys(TRADE_MODES).join(', ')}` });
    data.containers?.forEach((c, i) => {
      if (!/^[A-Z]{4}\d{7}$/.test(c.number.replace(/\s/g, '').toUpperCase())) problems.push({ path: `input.containers.${i}.number`, message: `"${c.number}" is not a container number (4 letters and 7 digits, e.g. MSCU1234567)`, messageZh: `“${c.number}”不是集装箱号（4 个字母加 7 位数字，例如 MSCU1234567）` });
    });
    if (problems.length) throw new ValidationFailedError(problems);
    const values: Partial<Shipment> = {};
    for (const key of EDITABLE) if (data[key] !== undefined) (values as Record<string, unknown>)[key] = data[key];
    if (data.costCurrency !== undefined) values.costCurrency = costCurrency || null;
    if (data.containers) values.containers = data.containers.map((c) => ({ ...c, number: c.number.replace(/\s/g, '').toUpperCase() }));
    return values;
  }
}

/** The packing list's remarks in the document's language. */
const PACKING_REMARKS = {
  en: { containers: 'Containers: ', seal: ', seal ', orders: 'Orders: ', separator: ', ' },
  zh: { containers: '集装箱：', seal: '，封号 ', orders: '订单：', separator: '、' },
} as const;

/**
 * What an order's shipments (newest first) tell it: the mode of the newest, the newest booking, the
 * B/L of the latest date (balances due after B/L fall due after the last one), customs cleared
 * once every shipment is, and whether any books freight or insurance.
 */
function shipmentFactsOf(shipments: Shipment[]): ShipmentFacts {
  const booked = shipments.find((s) => s.bookingNumber);
  const billed = shipments
    .filter((s) => s.transportDocumentNumber || s.transportDocumentDate)
    .reduce<Shipment | undefined>((latest, s) => (!latest || (s.transportDocumentDate ?? '') > (latest.transportDocumentDate ?? '') ? s : latest), undefined);
  return {
    transportMode: shipments[0].mode as ShipmentMode,
    bookingNumber: booked?.bookingNumber ?? null,
    blNumber: billed?.transportDocumentNumber ?? null,
    blDate: billed?.transportDocumentDate ?? null,
    customsCleared: shipments.every((s) => s.customsClearedAt !== null),
    freightBooked: shipments.some((s) => s.freightCost !== null && decimal(s.freightCost).greaterThan(0)),
    insuranceBooked: shipments.some((s) => s.insuranceCost !== null && decimal(s.insuranceCost).greaterThan(0)),
  };
}

function statusOf(s: Shipment): ShipmentStatus {
  if (s.ata) return 'arrived';
  if (s.atd || s.transportDocumentNumber) return 'shipped';
  if (s.bookingNumber) return 'booked';
  return 'planned';
}
