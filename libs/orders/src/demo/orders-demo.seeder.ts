import { Injectable } from '@nestjs/common';
import { runInContext, TransactionHost, User } from '@tradewind/platform';
import { companyToday, Money } from '@tradewind/shared';
import { OrderImportService } from '../import/order-import.service';
import { addDays } from '../payment-terms';
import { OrderService } from '../order/order.service';
import { SalesOrder } from '../order/sales-order.entity';
import { ProductService } from '../product/product.service';
import { ProductionService } from '../production/production.service';
import { QuotationService } from '../quotation/quotation.service';
import { SupplierService } from '../supplier/supplier.service';

const SUPPLIERS = [
  { name: '永康金鼎五金工具厂 Yongkang Jinding Hardware Tools', contactName: '应师傅', phone: '+86 579 8712 3456', address: 'Yongkang, Zhejiang' },
  { name: '宁波海曙家居用品有限公司 Ningbo Haishu Homeware', contactName: '陈经理', phone: '+86 574 8823 1188', address: 'Ningbo, Zhejiang' },
  { name: '义乌佳美园艺制品厂 Yiwu Jiamei Garden Products', contactName: '楼小姐', phone: '+86 579 8556 7788', address: 'Yiwu, Zhejiang' },
];

const PRODUCTS = [
  { sku: 'HM-16OZ', en: 'Claw hammer 16oz, fibreglass handle', zh: '16盎司羊角锤（玻纤柄）', hs: '8205.20.0000', customs: '手工锤', upc: 24, dims: ['52', '38', '28'], nw: '14.4', gw: '15.6', rebate: '13', cost: '11.50', usd: '2.95', eur: '2.75', supplier: 0 },
  { sku: 'PL-8IN', en: 'Combination pliers 8"', zh: '8寸钢丝钳', hs: '8203.20.0000', customs: '钳子', upc: 60, dims: ['45', '35', '25'], nw: '18.0', gw: '19.2', rebate: '13', cost: '7.80', usd: '1.85', eur: '1.72', supplier: 0 },
  { sku: 'SD-SET12', en: 'Screwdriver set 12 pcs', zh: '12件套螺丝刀', hs: '8205.40.0000', customs: '螺丝刀', upc: 20, dims: ['50', '40', '30'], nw: '12.0', gw: '13.1', rebate: '13', cost: '16.00', usd: '3.90', eur: '3.60', supplier: 0 },
  { sku: 'TM-5M', en: 'Measuring tape 5 m', zh: '5米卷尺', hs: '9017.80.0000', customs: '卷尺', upc: 120, dims: ['48', '32', '30'], nw: '15.6', gw: '16.8', rebate: '13', cost: '4.20', usd: '0.98', eur: '0.92', supplier: 0 },
  { sku: 'SS-BOWL4', en: 'Stainless steel mixing bowl set (4)', zh: '不锈钢调理盆4件套', hs: '7323.93.0000', customs: '不锈钢厨房用具', upc: 12, dims: ['62', '42', '40'], nw: '9.6', gw: '11.0', rebate: '13', cost: '24.00', usd: '5.60', eur: '5.20', supplier: 1 },
  { sku: 'BB-TRAY', en: 'Bamboo serving tray', zh: '竹制托盘', hs: '4419.90.0000', customs: '竹制餐具', upc: 30, dims: ['55', '40', '35'], nw: '12.0', gw: '13.5', rebate: '9', cost: '9.50', usd: '2.40', eur: '2.20', supplier: 1 },
  { sku: 'GH-15M', en: 'Garden hose 15 m with fittings', zh: '15米花园水管（带接头）', hs: '3917.32.0000', customs: '塑料软管', upc: 10, dims: ['60', '40', '45'], nw: '16.0', gw: '17.2', rebate: '13', cost: '19.00', usd: '4.60', eur: '4.30', supplier: 2 },
  { sku: 'PT-SET3', en: 'Garden tool set 3 pcs', zh: '园艺工具3件套', hs: '8201.10.0000', customs: '园艺手工具', upc: 24, dims: ['50', '36', '32'], nw: '13.0', gw: '14.2', rebate: '13', cost: '12.50', usd: '3.10', eur: '2.90', supplier: 2 },
];

const DAY = 86_400_000;

function isoDaysFromNow(days: number, now: Date): string {
  return new Date(now.getTime() + days * DAY).toISOString().slice(0, 10);
}

/** A demo customer whose earlier orders the demo imports as the company's order book. */
export interface DemoHistoryCustomer {
  name: string;
  country: string | null;
  stage: string;
  ownerId: string | null;
  usualCurrency: string | null;
}

const ORDER_BOOK_HEADERS = ['合同号', '客户', '国家', '下单日期', '币种', '贸易术语', '付款方式', '货号', '品名', '数量', '单价', '交期', '已收金额'];

/**
 * Demo catalogue, quotations and orders at every stage of the line, made through the module's own
 * services so the stage rules, installments and numbering hold as they do for real data.
 */
@Injectable()
export class OrdersDemoSeeder {
  constructor(
    readonly tx: TransactionHost,
    private readonly suppliers: SupplierService,
    private readonly products: ProductService,
    private readonly quotations: QuotationService,
    private readonly orders: OrderService,
    private readonly production: ProductionService,
    private readonly orderImport: OrderImportService,
  ) {}

  /**
   * The orders customers placed before Tradewind, imported as an exporter's order book through
   * orders:import, so every figure the CRM shows (order count, revenue, receivables, grade) comes from
   * orders a user can open. Regular customers ordered every month or two until recently; dormant and
   * lost ones a year or more ago; every fifth customer still owes the balance of its latest order.
   * Each salesperson imports their own customers' book; `importerOfPool` imports the pool's.
   */
  async seedHistory(customers: DemoHistoryCustomer[], owners: User[], importerOfPool: User, now = new Date()): Promise<number> {
    // One order's rows, without the order number the book gives it once sorted by date.
    type BookOrder = { date: string; rows: string[][]; importer: User };
    const byId = new Map(owners.map((o) => [o.id, o]));
    const book: BookOrder[] = [];
    customers.forEach((customer, i) => {
      if (!['customer', 'dormant', 'lost'].includes(customer.stage)) return;
      const regular = customer.stage === 'customer';
      const count = regular ? 2 + ((i * 5) % 7) : 1 + (i % 2);
      const lastDaysAgo = regular ? 20 + ((i * 17) % 70) : customer.stage === 'dormant' ? 420 + ((i * 37) % 200) : 560 + ((i * 29) % 200);
      const interval = 45 + ((i * 11) % 40);
      const currency = customer.usualCurrency === 'EUR' ? 'EUR' : 'USD';
      const importer = (customer.ownerId && byId.get(customer.ownerId)) || importerOfPool;
      for (let k = 0; k < count; k++) {
        const orderDate = isoDaysFromNow(-(lastDaysAgo + (count - 1 - k) * interval), now);
        const lines = [k, k + 3].map((offset, n) => {
          const product = PRODUCTS[(i + offset) % PRODUCTS.length];
          return { product, quantity: String(product.upc * (30 + ((i * 7 + k * 13 + n * 5) % 50))), price: currency === 'EUR' ? product.eur : product.usd };
        });
        const total = Money.sum(lines.map((l) => Money.of(l.price, currency).multiply(l.quantity).round()), currency);
        // The latest order of every fifth customer is paid only its 30% deposit so far.
        const received = i % 5 === 0 && k === count - 1 ? total.percent('30').round() : total;
        book.push({
          date: orderDate,
          importer,
          rows: lines.map((l) => [
            customer.name, customer.country ?? '', orderDate, currency, k % 2 ? 'FOB Shanghai' : 'FOB Ningbo', 'T/T 30/70',
            l.product.sku, l.product.en, l.quantity, l.price, addDays(orderDate, 45), received.toFixed(),
          ]),
        });
      }
    });
    // Numbered in date order as the old book was (SC-2025-0007), apart from the PI numbers Tradewind issues.
    book.sort((a, b) => a.date.localeCompare(b.date));
    const sequence = new Map<string, number>();
    const sheets = new Map<User, string[][]>();
    for (const order of book) {
      const year = order.date.slice(0, 4);
      const next = (sequence.get(year) ?? 0) + 1;
      sequence.set(year, next);
      const number = `SC-${year}-${String(next).padStart(4, '0')}`;
      const rows = sheets.get(order.importer) ?? [];
      rows.push(...order.rows.map((cells) => [number, ...cells]));
      sheets.set(order.importer, rows);
    }
    const { Workbook } = await import('exceljs');
    for (const [importer, rows] of sheets) {
      const workbook = new Workbook();
      workbook.addWorksheet('订单').addRows([ORDER_BOOK_HEADERS, ...rows]);
      const file = new Uint8Array(await workbook.xlsx.writeBuffer());
      const actor = { kind: 'user' as const, userId: importer.id, email: importer.email, role: importer.role, teamId: importer.teamId };
      await runInContext({ actor }, () => this.orderImport.run(file, 'order-book.xlsx'));
    }
    return book.length;
  }

  async seed(owners: User[], customers: { id: string; ownerId: string | null; usualCurrency: string | null }[], now = new Date()): Promise<{ products: number; quotations: number; orders: number; readyOrderIds: string[] }> {
    const supplierIds = [];
    for (const s of SUPPLIERS) supplierIds.push((await this.suppliers.create(s)).id);
    const productIds: string[] = [];
    for (const p of PRODUCTS) {
      const product = await this.products.create({
        sku: p.sku, names: { en: p.en, zh: p.zh }, hsCode: p.hs, customsName: p.customs, unit: 'pcs', unitsPerCarton: p.upc,
        cartonLengthCm: p.dims[0], cartonWidthCm: p.dims[1], cartonHeightCm: p.dims[2], netWeightKg: p.nw, grossWeightKg: p.gw,
        vatRebateRate: p.rebate, defaultCost: p.cost, costCurrency: 'CNY', defaultSupplierId: supplierIds[p.supplier],
        listPrices: [{ currency: 'USD', amount: p.usd }, { currency: 'EUR', amount: p.eur }],
      });
      productIds.push(product.id);
    }
    const owned = customers.filter((c) => c.ownerId);
    const byId = new Map(owners.map((o) => [o.id, o]));
    const plans: { target: SalesOrder['stage'] | 'quotation'; days: number }[] = [
      { target: 'quotation', days: -5 }, { target: 'quotation', days: -2 }, { target: 'draft', days: -1 }, { target: 'confirmed', days: -6 },
      { target: 'deposit_received', days: -14 }, { target: 'in_production', days: -20 }, { target: 'in_production', days: -25 }, { target: 'ready', days: -35 },
      { target: 'ready', days: -40 }, { target: 'confirmed', days: -3 }, { target: 'in_production', days: -18 }, { target: 'ready', days: -45 },
    ];
    let quotationCount = 0;
    let orderCount = 0;
    const readyOrderIds: string[] = [];
    for (const [index, plan] of plans.entries()) {
      const customer = owned[index % owned.length];
      const owner = byId.get(customer.ownerId!)!;
      const actor = { kind: 'user' as const, userId: owner.id, email: owner.email, role: owner.role, teamId: owner.teamId };
      const currency = customer.usualCurrency === 'EUR' ? 'EUR' : 'USD';
      const lines = [0, 1, 2].map((k) => {
        const p = PRODUCTS[(index + k * 3) % PRODUCTS.length];
        return { productId: productIds[PRODUCTS.indexOf(p)], sku: p.sku, description: p.en, quantity: String(p.upc * (20 + ((index * 7 + k * 13) % 40))), unitPrice: currency === 'EUR' ? p.eur : p.usd };
      });
      await runInContext({ actor }, async () => {
        if (plan.target === 'quotation') {
          const q = await this.quotations.create({ customerId: customer.id, currency, lines });
          if (index % 2 === 0) await this.quotations.setStatus(q.id, 'sent');
          quotationCount++;
          return;
        }
        const order = await this.orders.create({
          customerId: customer.id, currency, incotermCode: index % 3 === 0 ? 'CIF' : 'FOB', incotermPlace: index % 3 === 0 ? 'Hamburg' : 'Ningbo',
          paymentTerms: 'T/T 30/70', orderDate: isoDaysFromNow(plan.days, now), deliveryDate: isoDaysFromNow(plan.days + 60, now),
          freightCost: index % 3 === 0 ? '1850' : undefined, insuranceCost: index % 3 === 0 ? '95' : undefined, lines,
        });
        orderCount++;
        await this.advance(order, plan.target, owner, now);
        if (plan.target === 'ready') readyOrderIds.push(order.id);
      });
    }
    return { products: PRODUCTS.length, quotations: quotationCount, orders: orderCount, readyOrderIds };
  }

  /** Walks an order along the line, recording what each step needs (deposit, production milestones). */
  private async advance(order: SalesOrder, target: SalesOrder['stage'], owner: User, now: Date): Promise<void> {
    const line: SalesOrder['stage'][] = ['confirmed', 'deposit_received', 'in_production', 'ready'];
    const stop = line.indexOf(target);
    for (let i = 0; i <= stop; i++) {
      const stage = line[i];
      if (stage === 'deposit_received') {
        const [deposit] = await this.orders.installments([order.id]);
        await this.orders.recordReceipt(order.id, deposit.amount, 'demo: deposit received');
      }
      if (stage === 'in_production') {
        const start = order.orderDate;
        await this.production.planMilestones(order.id, {
          materials_ready: addDays(start, 7), production_start: addDays(start, 10), qc_inspection: addDays(start, 35), packing: addDays(start, 40), ready_to_ship: addDays(start, 45),
        });
        await this.production.recordMilestone(order.id, 'materials_ready', addDays(start, 8));
        if (target === 'in_production' && owner.email.endsWith('1@tradewind.demo')) {
          await this.production.reportDelay(order.id, 'qc_inspection', 20, 'Factory short of workers after the holiday');
        }
      }
      if (stage === 'ready') {
        // Goods ready now were done by today at the latest, whatever the plan said.
        const today = companyToday(now);
        for (const kind of ['production_start', 'qc_inspection', 'packing', 'ready_to_ship'] as const) {
          const done = addDays(order.orderDate, { production_start: 10, qc_inspection: 33, packing: 38, ready_to_ship: 42 }[kind]);
          await this.production.recordMilestone(order.id, kind, done > today ? today : done);
        }
      }
      await this.orders.moveStage(order.id, stage);
    }
  }
}
