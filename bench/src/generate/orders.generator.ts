import { CsvValue } from './copy-loader';
import { PRODUCTS } from './crm-world';
import { Random } from './random';
import { GenerateContext, TableGenerator } from './table-generator';

const DAY = 86_400_000;
/** Orders are spread evenly over this many years before the dataset's "now", oldest first. */
const YEARS = 8;
/** Orders younger than this keep their whole history (stage changes, audit trail, production, shipments); older ones were closed long ago and keep their first and last stage change. */
const DETAILED_DAYS = 365;
/** Share of customers that are key accounts: about half of all orders. */
const KEY_ACCOUNT_SHARE = 0.05;

// prettier-ignore
const LINE_COUNTS: readonly (readonly [number, number])[] = [[1, 20], [2, 20], [3, 25], [4, 18], [5, 10], [6, 7]];
// prettier-ignore
const CURRENCIES: readonly (readonly [string, number])[] = [['USD', 75], ['EUR', 20], ['GBP', 5]];
const LOADING_PORTS = ['Ningbo', 'Shanghai', 'Shenzhen', 'Qingdao', 'Xiamen'];

interface Terms {
  text: string;
  /** Installments in due order: trigger, method, percentage, days. */
  installments: readonly { trigger: string; method: string; percentage: number; days: number | null; label: string }[];
}
// prettier-ignore
const PAYMENT_TERMS: readonly (readonly [Terms, number])[] = [
  [{ text: '30% T/T deposit, 70% against B/L copy', installments: [
    { trigger: 'on_order', method: 'TT', percentage: 30, days: null, label: '30% T/T deposit' },
    { trigger: 'against_bl_copy', method: 'TT', percentage: 70, days: null, label: '70% T/T against B/L copy' }] }, 60],
  [{ text: '100% T/T before shipment', installments: [
    { trigger: 'before_shipment', method: 'TT', percentage: 100, days: null, label: 'T/T before shipment' }] }, 15],
  [{ text: '30% T/T deposit, 70% T/T 30 days after B/L', installments: [
    { trigger: 'on_order', method: 'TT', percentage: 30, days: null, label: '30% T/T deposit' },
    { trigger: 'days_after_bl', method: 'TT', percentage: 70, days: 30, label: '70% T/T 30 days after B/L' }] }, 15],
  [{ text: '100% L/C at sight', installments: [
    { trigger: 'lc_at_sight', method: 'LC', percentage: 100, days: null, label: 'L/C at sight' }] }, 10],
];

/** Stages of the fulfilment line, in order; an order at stage N went through all before it. */
const LINE = ['draft', 'confirmed', 'deposit_received', 'in_production', 'ready', 'booked', 'shipped', 'customs_cleared', 'documents_sent', 'paid', 'closed'] as const;
type Stage = (typeof LINE)[number] | 'cancelled' | 'on_hold';

interface Customer {
  id: string;
  name: string;
  country: string | null;
  city: string | null;
  ownerId: string | null;
  teamId: string | null;
}

interface Product {
  id: string;
  sku: string;
  name: string;
  /** List price in cents of USD. */
  priceCents: number;
  unitsPerCarton: number;
}

interface LinePlan {
  id: string;
  product: Product;
  quantity: number;
  priceCents: number;
}

interface OrderPlan {
  id: string;
  number: string;
  customer: Customer;
  ownerId: string;
  teamId: string | null;
  merchandiserId: string | null;
  orderDate: Date;
  createdAt: Date;
  stage: Stage;
  /** How far along the fulfilment line the order got (index in LINE); for cancelled and on-hold orders, where it stopped. */
  reached: number;
  currency: string;
  incoterm: string;
  place: string;
  terms: Terms;
  lines: LinePlan[];
  totalCents: number;
  atRisk: boolean;
  detailed: boolean;
}

/**
 * Sales orders of the customers over eight years, oldest first, numbered SO-<year>-<sequence>: lines
 * from a catalogue (about three per order), installments from the usual payment terms with what was
 * received, and, for the last year's orders, the whole trail the order page shows (stage changes,
 * audit entries, production milestones, comments, shipments with their items). Orders of the last four
 * months are still active, spread over the stages by age; older ones are closed or cancelled.
 */
export const ordersGenerator: TableGenerator = {
  key: 'orders',
  unit: 'sales orders with ~3 lines each, installments, stage history, production and shipments (needs --customers)',
  async generate(count: number, context: GenerateContext): Promise<void> {
    const { db, random } = context;
    const customers = (
      await db.query<{ id: string; name: string; country: string | null; city: string | null; owner_id: string | null; team_id: string | null }>(
        'SELECT id, name, country, city, owner_id, team_id FROM customer WHERE merged_into_id IS NULL ORDER BY id',
      )
    ).rows.map((r): Customer => ({ id: r.id, name: r.name, country: r.country, city: r.city, ownerId: r.owner_id, teamId: r.team_id }));
    if (customers.length === 0) throw new Error('the orders generator needs customers: generate customers first');
    const users = (await db.query<{ id: string; role: string; team_id: string | null }>("SELECT id, role, team_id FROM app_user WHERE role IN ('sales', 'merchandiser') ORDER BY id")).rows;
    const sales = users.filter((u) => u.role === 'sales');
    const merchandisers = users.filter((u) => u.role === 'merchandiser').map((u) => u.id);

    const products = await writeCatalogue(count, context);
    const plans = planOrders(count, { random, now: context.now, customers, sales, merchandisers, products });
    const copy = context.copy;
    await copy.load('sales_order', ORDER_COLUMNS, orderRows(plans, random, context.now));
    const lines = await copy.load('order_line', ['id', 'order_id', 'position', 'product_id', 'sku', 'description', 'quantity', 'unit', 'unit_price', 'amount'], lineRows(plans));
    const installments = await copy.load(
      'order_installment',
      ['id', 'order_id', 'sequence', 'trigger', 'method', 'percentage', 'days', 'label', 'amount', 'paid_amount', 'due_date'],
      installmentRows(plans, random),
    );
    const changes = await copy.load('order_stage_change', ['id', 'order_id', 'from_stage', 'to_stage', 'by_user_id', 'note', 'at'], stageChangeRows(plans, random));
    const audits = await copy.load('audit_log', ['id', 'at', 'actor_user_id', 'actor_label', 'entity_type', 'entity_id', 'action', 'changes'], auditRows(plans, random));
    const milestones = await copy.load('production_milestone', ['id', 'order_id', 'kind', 'planned_date', 'original_date', 'actual_date', 'note'], milestoneRows(plans, random, context.now));
    const comments = await copy.load('order_comment', ['id', 'order_id', 'author_id', 'body', 'mentioned_user_ids', 'created_at'], commentRows(plans, random));
    const shipped = plans.filter((p) => p.detailed && p.reached >= LINE.indexOf('booked') && p.stage !== 'cancelled');
    const shipmentIds = new Map(shipped.map((p) => [p.id, random.uuid()]));
    const shipments = await copy.load('shipment', SHIPMENT_COLUMNS, shipmentRows(shipped, shipmentIds, random));
    const items = await copy.load('shipment_item', ['id', 'shipment_id', 'order_id', 'order_line_id', 'quantity'], shipmentItemRows(shipped, shipmentIds, random));
    const active = plans.filter((p) => p.stage !== 'closed' && p.stage !== 'cancelled').length;
    context.log(
      `${plans.length} orders (${active} active) with ${lines} lines, ${installments} installments, ${changes} stage changes, ${audits} audit entries, ${milestones} milestones, ${comments} comments, ${shipments} shipments with ${items} items`,
    );
  },
};

async function writeCatalogue(orders: number, context: GenerateContext): Promise<Product[]> {
  const { random, now } = context;
  const supplierCount = Math.max(10, Math.min(200, Math.round(orders / 5000)));
  const suppliers = Array.from({ length: supplierCount }, (_, i) => ({ id: random.uuid(), name: `${random.pick(['Ningbo', 'Yiwu', 'Jinhua', 'Foshan', 'Dongguan', 'Taizhou'])} ${random.pick(['Hengda', 'Jinli', 'Xinhua', 'Baoshun', 'Ruifeng', 'Tianyi'])} Manufacturing Co., Ltd. ${i + 1}` }));
  await context.copy.load('supplier', ['id', 'created_at', 'updated_at', 'name'], suppliers.map((s) => [s.id, now, now, s.name]));
  const count = Math.max(50, Math.min(3000, Math.round(orders / 400)));
  const products: Product[] = Array.from({ length: count }, (_, i) => {
    const family = PRODUCTS[i % PRODUCTS.length];
    return { id: random.uuid(), sku: `TW-${String(i + 1).padStart(5, '0')}`, name: `${family} model ${100 + Math.floor(i / PRODUCTS.length)}`, priceCents: random.int(35, 4_500), unitsPerCarton: random.pick([6, 10, 12, 20, 24, 50]) };
  });
  await context.copy.load(
    'product',
    ['id', 'created_at', 'updated_at', 'sku', 'names', 'hs_code', 'customs_name', 'unit', 'units_per_carton', 'carton_length_cm', 'carton_width_cm', 'carton_height_cm', 'net_weight_kg', 'gross_weight_kg', 'vat_rebate_rate', 'default_cost', 'cost_currency', 'default_supplier_id'],
    products.map((p) => [
      p.id, now, now, p.sku, JSON.stringify({ en: p.name, zh: `产品 ${p.sku}` }), `8205${random.int(1000, 9999)}`, p.name.split(' model')[0], 'pcs', p.unitsPerCarton,
      random.int(30, 60), random.int(20, 40), random.int(15, 40), random.int(5, 15), random.int(16, 20), '13.00', cents(Math.round(p.priceCents * 5)), 'CNY', random.pick(suppliers).id,
    ]),
  );
  await context.copy.load('product_price', ['product_id', 'currency', 'amount'], products.flatMap((p) => [[p.id, 'USD', cents(p.priceCents)], [p.id, 'EUR', cents(Math.round(p.priceCents * 0.92))]]));
  return products;
}

function planOrders(
  count: number,
  world: { random: Random; now: Date; customers: Customer[]; sales: { id: string; team_id: string | null }[]; merchandisers: string[]; products: Product[] },
): OrderPlan[] {
  const { random, now, customers, sales, merchandisers, products } = world;
  // Key accounts order about twenty times as often; a binary search over the cumulative weights picks one.
  const cumulative: number[] = [];
  let sum = 0;
  for (let i = 0; i < customers.length; i++) cumulative.push((sum += random.chance(KEY_ACCOUNT_SHARE) ? 20 : 1));
  const pickCustomer = (): Customer => {
    const target = random.next() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] <= target) lo = mid + 1;
      else hi = mid;
    }
    return customers[lo];
  };
  // Best sellers: a fifth of the catalogue takes most lines.
  const popular = products.slice(0, Math.max(1, Math.ceil(products.length / 5)));
  const span = YEARS * 365 * DAY;
  const start = now.getTime() - span;
  const sequences = new Map<number, number>();
  const plans: OrderPlan[] = [];
  for (let i = 0; i < count; i++) {
    const orderDate = new Date(start + Math.floor((span * i) / count) - (Math.floor((span * i) / count) % DAY));
    const year = orderDate.getUTCFullYear();
    const sequence = (sequences.get(year) ?? 0) + 1;
    sequences.set(year, sequence);
    const customer = pickCustomer();
    const fallbackOwner = random.pick(sales);
    const ageDays = Math.floor((now.getTime() - orderDate.getTime()) / DAY);
    const { stage, reached } = stageAt(ageDays, random);
    const currency = random.weighted(CURRENCIES);
    const rate = currency === 'EUR' ? 0.92 : currency === 'GBP' ? 0.79 : 1;
    const lines: LinePlan[] = Array.from({ length: random.weighted(LINE_COUNTS) }, () => {
      const product = random.chance(0.7) ? random.pick(popular) : random.pick(products);
      const quantity = product.unitsPerCarton * random.int(10, 400);
      return { id: random.uuid(), product, quantity, priceCents: Math.max(1, Math.round(product.priceCents * rate * (0.9 + random.next() * 0.2))) };
    });
    const incoterm = random.weighted([['FOB', 60], ['CIF', 25], ['CFR', 5], ['EXW', 5], ['DDP', 5]] as const);
    plans.push({
      id: random.uuid(),
      number: `SO-${year}-${String(sequence).padStart(6, '0')}`,
      customer,
      ownerId: customer.ownerId ?? fallbackOwner.id,
      teamId: customer.ownerId ? customer.teamId : fallbackOwner.team_id,
      merchandiserId: merchandisers.length && reached >= LINE.indexOf('confirmed') ? random.pick(merchandisers) : null,
      orderDate,
      createdAt: new Date(orderDate.getTime() + random.int(8, 18) * 3_600_000 + random.int(0, 3_599_999)),
      stage,
      reached,
      currency,
      incoterm,
      place: incoterm === 'FOB' || incoterm === 'EXW' ? random.pick(LOADING_PORTS) : (customer.city ?? 'Rotterdam'),
      terms: random.weighted(PAYMENT_TERMS),
      lines,
      totalCents: lines.reduce((total, l) => total + l.quantity * l.priceCents, 0),
      atRisk: stage === 'in_production' && random.chance(0.08),
      detailed: ageDays < DETAILED_DAYS,
    });
  }
  return plans;
}

/** Where an order of this age stands: young orders are still moving, those past four months are done. */
function stageAt(ageDays: number, random: Random): { stage: Stage; reached: number } {
  const at = (stage: (typeof LINE)[number]): { stage: Stage; reached: number } => ({ stage, reached: LINE.indexOf(stage) });
  if (random.chance(0.03)) return { stage: 'cancelled', reached: random.int(0, 3) };
  if (ageDays >= 120) return at('closed');
  if (ageDays >= 10 && ageDays < 45 && random.chance(0.04)) return { stage: 'on_hold', reached: LINE.indexOf('in_production') };
  if (ageDays < 3) return at(random.chance(0.5) ? 'draft' : 'confirmed');
  if (ageDays < 10) return at(random.chance(0.3) ? 'confirmed' : 'deposit_received');
  if (ageDays < 45) return at(random.chance(0.1) ? 'deposit_received' : 'in_production');
  if (ageDays < 55) return at('ready');
  if (ageDays < 62) return at('booked');
  if (ageDays < 75) return at('shipped');
  if (ageDays < 90) return at(random.chance(0.5) ? 'customs_cleared' : 'documents_sent');
  return at(random.chance(0.4) ? 'documents_sent' : 'paid');
}

/** Day the order is expected to leave the factory, and the B/L date once it has. */
const shipDate = (plan: OrderPlan): Date => new Date(plan.orderDate.getTime() + 55 * DAY);
const blDate = (plan: OrderPlan): Date | null => (plan.reached >= LINE.indexOf('shipped') && plan.stage !== 'cancelled' ? new Date(plan.orderDate.getTime() + 63 * DAY) : null);
const reachedStage = (plan: OrderPlan, stage: (typeof LINE)[number]): boolean => plan.stage !== 'cancelled' && plan.reached >= LINE.indexOf(stage);

// prettier-ignore
const ORDER_COLUMNS = [
  'id', 'created_at', 'updated_at', 'version', 'number', 'customer_id', 'customer_country', 'customer_name', 'currency', 'incoterm_code', 'incoterm_place',
  'transport_mode', 'payment_terms_text', 'payment_terms', 'order_date', 'delivery_date', 'expected_ship_date', 'owner_id', 'team_id', 'merchandiser_id',
  'stage', 'resume_stage', 'at_risk', 'risk_reason', 'freight_cost', 'total', 'booking_number', 'bl_number', 'bl_date', 'invoice_date',
  'customs_cleared_at', 'documents_sent_at', 'origin',
];

function* orderRows(plans: readonly OrderPlan[], random: Random, now: Date): Generator<CsvValue[]> {
  for (const p of plans) {
    const bl = blDate(p);
    const terms = { installments: p.terms.installments.map((t) => ({ trigger: t.trigger, method: t.method, percentage: String(t.percentage), ...(t.days ? { days: t.days } : {}) })) };
    const updatedAt = p.stage === 'closed' ? new Date(p.orderDate.getTime() + 110 * DAY) : new Date(Math.min(now.getTime(), p.createdAt.getTime() + p.reached * 6 * DAY));
    yield [
      p.id, p.createdAt, updatedAt, 1 + p.reached, p.number, p.customer.id, p.customer.country, p.customer.name, p.currency, p.incoterm, p.place,
      'sea', p.terms.text, JSON.stringify(terms), isoDate(p.orderDate), isoDate(new Date(p.orderDate.getTime() + 60 * DAY)), isoDate(shipDate(p)), p.ownerId, p.teamId, p.merchandiserId,
      p.stage, p.stage === 'on_hold' ? 'in_production' : null, p.atRisk, p.atRisk ? 'packing is 5 days late' : null,
      p.incoterm === 'CIF' || p.incoterm === 'CFR' ? cents(random.int(80_000, 450_000)) : null, cents(p.totalCents),
      reachedStage(p, 'booked') ? `BK${p.number.slice(3).replace('-', '')}` : null, bl ? `COSU${p.number.slice(-6)}${p.number.slice(3, 7)}` : null, bl ? isoDate(bl) : null, bl ? isoDate(bl) : null,
      reachedStage(p, 'customs_cleared') ? new Date(p.orderDate.getTime() + 60 * DAY) : null, reachedStage(p, 'documents_sent') ? new Date(p.orderDate.getTime() + 70 * DAY) : null, 'manual',
    ];
  }
}

function* lineRows(plans: readonly OrderPlan[]): Generator<CsvValue[]> {
  for (const p of plans) {
    for (const [i, l] of p.lines.entries()) {
      yield [l.id, p.id, i + 1, l.product.id, l.product.sku, l.product.name, l.quantity, 'pcs', cents(l.priceCents), cents(l.quantity * l.priceCents)];
    }
  }
}

function* installmentRows(plans: readonly OrderPlan[], random: Random): Generator<CsvValue[]> {
  for (const p of plans) {
    const bl = blDate(p);
    const fullyPaid = p.stage === 'closed' || reachedStage(p, 'paid');
    let allocated = 0;
    for (const [i, t] of p.terms.installments.entries()) {
      const last = i === p.terms.installments.length - 1;
      // Rounded to the cent, the last taking the remainder: installments sum exactly to the total.
      const amount = last ? p.totalCents - allocated : Math.round((p.totalCents * t.percentage) / 100);
      allocated += amount;
      const depositPaid = t.trigger === 'on_order' && reachedStage(p, 'deposit_received');
      const paid = fullyPaid || depositPaid || (t.trigger === 'before_shipment' && reachedStage(p, 'booked')) ? amount : 0;
      const due =
        t.trigger === 'on_order' ? p.orderDate
        : t.trigger === 'before_shipment' ? shipDate(p)
        : !bl ? null
        : t.trigger === 'days_after_bl' ? new Date(bl.getTime() + (t.days ?? 0) * DAY)
        : bl;
      yield [random.uuid(), p.id, i + 1, t.trigger, t.method, `${t.percentage}.0000`, t.days, t.label, cents(amount), cents(paid), due ? isoDate(due) : null];
    }
  }
}

/** The stages an order went through, as (from, to, at); older orders keep only the first and the last. */
function transitions(p: OrderPlan): { from: Stage | null; to: Stage; at: Date }[] {
  const path: Stage[] = LINE.slice(0, p.reached + 1);
  if (p.stage === 'cancelled' || p.stage === 'on_hold') path.push(p.stage);
  const steps = path.map((to, i) => ({ from: i === 0 ? null : path[i - 1], to, at: new Date(p.createdAt.getTime() + i * 6 * DAY) }));
  return p.detailed || steps.length <= 2 ? steps : [steps[0], steps[steps.length - 1]];
}

function* stageChangeRows(plans: readonly OrderPlan[], random: Random): Generator<CsvValue[]> {
  for (const p of plans) {
    for (const t of transitions(p)) yield [random.uuid(), p.id, t.from, t.to, p.ownerId, null, t.at];
  }
}

/** The order's timeline (created, stage changes, payments), for the orders of the last year. */
function* auditRows(plans: readonly OrderPlan[], random: Random): Generator<CsvValue[]> {
  for (const p of plans) {
    if (!p.detailed) continue;
    const actor = `sales-${p.ownerId.slice(0, 8)}@tradewind.test`;
    yield [random.uuid(), p.createdAt, p.ownerId, actor, 'order', p.id, 'created', JSON.stringify({ number: { from: null, to: p.number } })];
    for (const t of transitions(p).slice(1)) {
      yield [random.uuid(), t.at, p.ownerId, actor, 'order', p.id, 'stage_changed', JSON.stringify({ stage: { from: t.from, to: t.to } })];
      if (t.to === 'deposit_received') yield [random.uuid(), t.at, null, 'finance@tradewind.test', 'order', p.id, 'payment_recorded', JSON.stringify({ received: { from: null, to: cents(Math.round(p.totalCents * 0.3)) } })];
    }
  }
}

const MILESTONES = ['materials_ready', 'production_start', 'qc_inspection', 'packing', 'ready_to_ship'] as const;

function* milestoneRows(plans: readonly OrderPlan[], random: Random, now: Date): Generator<CsvValue[]> {
  for (const p of plans) {
    if (!p.detailed || (!reachedStage(p, 'deposit_received') && p.stage !== 'on_hold')) continue;
    const age = (now.getTime() - p.orderDate.getTime()) / DAY;
    for (const [i, kind] of MILESTONES.entries()) {
      const planned = new Date(p.orderDate.getTime() + (15 + i * 9) * DAY);
      const slip = p.atRisk && i >= 3 ? 5 : 0;
      const done = reachedStage(p, 'ready') || (p.reached >= LINE.indexOf('in_production') && age > 15 + i * 9);
      yield [random.uuid(), p.id, kind, isoDate(new Date(planned.getTime() + slip * DAY)), isoDate(planned), done ? isoDate(new Date(planned.getTime() + random.int(-1, 2) * DAY)) : null, slip ? 'factory short of packing cartons' : null];
    }
  }
}

const COMMENTS = [
  'Customer asks whether we can ship one week earlier.',
  'Factory confirmed the colour samples; waiting for the buyer to approve.',
  'Please check the carton marks against the PI before packing.',
  'Forwarder quoted USD 1,850 for the 40HQ; booking next Monday.',
  'Balance payment promised for Friday, they sent the bank slip.',
];

function* commentRows(plans: readonly OrderPlan[], random: Random): Generator<CsvValue[]> {
  for (const p of plans) {
    if (!p.detailed) continue;
    const n = p.stage === 'closed' ? random.int(0, 1) : random.int(0, 4);
    for (let i = 0; i < n; i++) yield [random.uuid(), p.id, p.ownerId, random.pick(COMMENTS), '{}', new Date(p.createdAt.getTime() + (i + 1) * 3 * DAY)];
  }
}

// prettier-ignore
const SHIPMENT_COLUMNS = [
  'id', 'created_at', 'updated_at', 'reference', 'customer_id', 'owner_id', 'team_id', 'mode', 'status', 'carrier', 'booking_number', 'containers',
  'vessel', 'voyage', 'port_of_loading', 'port_of_discharge', 'etd', 'eta', 'atd', 'transport_document_number', 'transport_document_date',
];

function* shipmentRows(plans: readonly OrderPlan[], ids: ReadonlyMap<string, string>, random: Random): Generator<CsvValue[]> {
  for (const p of plans) {
    const etd = shipDate(p);
    const bl = blDate(p);
    const status = reachedStage(p, 'customs_cleared') ? 'arrived' : bl ? 'shipped' : 'booked';
    yield [
      ids.get(p.id)!, new Date(p.orderDate.getTime() + 50 * DAY), new Date(p.orderDate.getTime() + 63 * DAY), `SH-${p.number.slice(3)}`, p.customer.id, p.ownerId, p.teamId, 'sea', status,
      random.pick(['COSCO', 'Maersk', 'MSC', 'CMA CGM', 'Evergreen']), `BK${p.number.slice(3).replace('-', '')}`, JSON.stringify([{ number: `CSQU${random.int(1_000_000, 9_999_999)}`, type: '40HQ' }]),
      random.pick(['COSCO Shipping Aries', 'Maersk Essen', 'MSC Gülsün', 'Ever Given']), `${random.int(100, 999)}W`, p.incoterm === 'FOB' ? p.place : 'Ningbo', p.customer.city ?? 'Rotterdam',
      isoDate(etd), isoDate(new Date(etd.getTime() + 30 * DAY)), bl ? isoDate(bl) : null, bl ? `COSU${p.number.slice(-6)}${p.number.slice(3, 7)}` : null, bl ? isoDate(bl) : null,
    ];
  }
}

function* shipmentItemRows(plans: readonly OrderPlan[], ids: ReadonlyMap<string, string>, random: Random): Generator<CsvValue[]> {
  for (const p of plans) {
    for (const l of p.lines) yield [random.uuid(), ids.get(p.id)!, p.id, l.id, l.quantity];
  }
}

/** An amount in cents as a decimal string ("1234.05"); integers all the way, never a float. */
function cents(value: number): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
