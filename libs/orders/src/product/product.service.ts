import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  AuditTrail,
  ConflictError,
  containsPattern,
  currentActor,
  dataScopeOf,
  diffFields,
  FieldProblems,
  NotFoundError,
  offsetPage,
  Page,
  planForEachValue,
  positionalBinder,
  Transactional,
  TransactionHost,
} from '@tradewind/platform';
import { decimal, isDecimalString, parseCurrencyCode } from '@tradewind/shared';
import { Product, ProductPrice } from './product.entity';
import { bindingStageCondition } from '../order-stages';
import { orderScopeCondition } from '../order/order.repository';

export interface ProductData {
  sku?: string;
  names?: Record<string, string>;
  descriptions?: Record<string, string>;
  hsCode?: string | null;
  customsName?: string | null;
  unit?: string;
  unitsPerCarton?: number | null;
  cartonLengthCm?: string | null;
  cartonWidthCm?: string | null;
  cartonHeightCm?: string | null;
  netWeightKg?: string | null;
  grossWeightKg?: string | null;
  vatRebateRate?: string;
  defaultCost?: string | null;
  costCurrency?: string | null;
  defaultSupplierId?: string | null;
  active?: boolean;
  listPrices?: { currency: string; amount: string }[];
}

/** HS codes: 6 digits (international) up to 10 (China's customs tariff); dots and spaces are ignored. */
export function normaliseHsCode(raw: string): string | undefined {
  const digits = raw.replace(/[.\s]/g, '');
  return /^\d{6}(\d{2}){0,2}$/.test(digits) ? digits : undefined;
}

const DECIMAL_FIELDS = ['cartonLengthCm', 'cartonWidthCm', 'cartonHeightCm', 'netWeightKg', 'grossWeightKg', 'defaultCost'] as const;

/** The product catalogue. */
@Injectable()
export class ProductService {
  constructor(
    readonly tx: TransactionHost,
    private readonly audit: AuditTrail,
  ) {}

  @Transactional()
  async create(data: ProductData & { sku: string; names: Record<string, string> }): Promise<Product> {
    const sku = data.sku.trim().toUpperCase();
    if (await this.tx.manager.existsBy(Product, { sku })) throw new ConflictError(`a product with SKU ${sku} already exists`, 'ORDERS_SKU_TAKEN');
    const values = this.values({ ...data, sku });
    const product = await this.tx.manager.save(this.tx.manager.create(Product, { ...values, sku }));
    await this.savePrices(product.id, data.listPrices);
    await this.audit.record({ entityType: 'product', entityId: product.id, action: 'created', changes: { sku: { from: null, to: sku } } });
    return product;
  }

  @Transactional()
  async update(id: string, data: ProductData & { version: number }): Promise<Product> {
    const product = await this.get(id);
    if (product.version !== data.version) throw new ConflictError(`product ${product.sku} was changed by someone else; reload and try again`, 'STALE_VERSION');
    const values = this.values(data);
    const changes = diffFields(product, values, ['names', 'hsCode', 'unit', 'unitsPerCarton', 'vatRebateRate', 'defaultCost', 'costCurrency', 'netWeightKg', 'grossWeightKg', 'active']);
    Object.assign(product, values);
    await this.tx.manager.save(product);
    await this.savePrices(product.id, data.listPrices);
    await this.audit.record({ entityType: 'product', entityId: id, action: 'updated', changes });
    return product;
  }

  async get(id: string): Promise<Product> {
    const product = await this.tx.manager.findOneBy(Product, { id });
    if (!product) throw new NotFoundError('product', id, 'ORDERS_PRODUCT_NOT_FOUND');
    return product;
  }

  byIds(ids: readonly string[]): Promise<Product[]> {
    return ids.length ? this.tx.manager.findBy(Product, { id: In([...ids]) }) : Promise.resolve([]);
  }

  bySkus(skus: readonly string[]): Promise<Product[]> {
    return skus.length ? this.tx.manager.findBy(Product, { sku: In(skus.map((s) => s.toUpperCase())) }) : Promise.resolve([]);
  }

  prices(productIds: readonly string[]): Promise<ProductPrice[]> {
    return productIds.length ? this.tx.manager.findBy(ProductPrice, { productId: In([...productIds]) }) : Promise.resolve([]);
  }

  async list(search: string | undefined, activeOnly: boolean, offset: number, limit: number): Promise<Page<Product>> {
    const qb = this.tx.manager.createQueryBuilder(Product, 'p');
    if (activeOnly) qb.andWhere('p.active');
    if (search?.trim()) planForEachValue(qb).andWhere("(p.sku ILIKE :q OR p.names::text ILIKE :q OR p.hs_code LIKE :q)", { q: containsPattern(search.trim()) });
    const [items, total] = await qb.orderBy('p.sku', 'ASC').skip(offset).take(limit).getManyAndCount();
    return offsetPage(items, total, offset);
  }

  /**
   * The price this customer paid last for each product (from its latest order containing it),
   * shown beside the list price when quoting. `excludeOrderId`: the order being edited, which is
   * not a previous deal of its own.
   */
  async lastPrices(customerId: string, productIds: readonly string[], excludeOrderId?: string | null): Promise<Map<string, { unitPrice: string; currency: string; orderNumber: string; orderDate: string }>> {
    if (productIds.length === 0) return new Map();
    const parameters: unknown[] = [customerId, [...productIds], excludeOrderId ?? null];
    // Only deals the caller may see: a colleague's prices on a shared customer are theirs to tell.
    const visible = orderScopeCondition(dataScopeOf(currentActor()), 'o', positionalBinder(parameters)) ?? 'true';
    const rows = await this.tx.read<{ product_id: string; unit_price: string; currency: string; number: string; order_date: string }>(
      `SELECT DISTINCT ON (l.product_id) l.product_id, l.unit_price::text, o.currency, o.number, o.order_date::text
       FROM order_line l JOIN sales_order o ON o.id = l.order_id
       WHERE o.customer_id = $1 AND l.product_id = ANY($2::uuid[]) AND ${bindingStageCondition('o')}
         AND o.id IS DISTINCT FROM $3::uuid AND ${visible}
       ORDER BY l.product_id, o.order_date DESC, o.created_at DESC`,
      parameters,
    );
    return new Map(rows.map((r) => [r.product_id, { unitPrice: decimal(r.unit_price).toFixed(), currency: r.currency, orderNumber: r.number, orderDate: r.order_date }]));
  }

  private values(data: ProductData): Partial<Product> {
    const problems = new FieldProblems();
    const values: Partial<Product> = {};
    if (data.names !== undefined && isLanguageTexts(data.names, 'input.names', 300, problems)) {
      if (!Object.values(data.names).some((n) => n.trim())) problems.add('input.names', 'give the product a name in at least one language', '请至少用一种语言填写产品名称');
      values.names = Object.fromEntries(Object.entries(data.names).filter(([, v]) => v.trim()).map(([k, v]) => [k, v.trim()]));
    }
    if (data.descriptions !== undefined && isLanguageTexts(data.descriptions, 'input.descriptions', 5000, problems)) values.descriptions = data.descriptions;
    if (data.hsCode !== undefined) {
      const hs = data.hsCode ? normaliseHsCode(data.hsCode) : null;
      if (data.hsCode && !hs) problems.add('input.hsCode', `"${data.hsCode}" is not an HS code (6, 8 or 10 digits, e.g. 8467.29.2000)`, `“${data.hsCode}”不是有效的 HS 编码（6、8 或 10 位数字，例如 8467.29.2000）`);
      values.hsCode = hs ?? null;
    }
    for (const field of DECIMAL_FIELDS) {
      const value = data[field];
      if (value === undefined) continue;
      if (value !== null && (!isDecimalString(value) || decimal(value).isNegative())) problems.add(`input.${field}`, `"${value}" must be a decimal number of 0 or more`, `“${value}”必须是不小于 0 的数字`);
      else values[field] = value;
    }
    if (data.grossWeightKg && data.netWeightKg && isDecimalString(data.grossWeightKg) && isDecimalString(data.netWeightKg) && decimal(data.grossWeightKg).lessThan(data.netWeightKg)) {
      problems.add('input.grossWeightKg', 'a carton cannot weigh less gross than net', '每箱毛重不能小于净重');
    }
    if (data.unitsPerCarton !== undefined) {
      if (data.unitsPerCarton !== null && (!Number.isInteger(data.unitsPerCarton) || data.unitsPerCarton < 1)) problems.add('input.unitsPerCarton', 'must be a whole number of at least 1', '必须是不小于 1 的整数');
      else values.unitsPerCarton = data.unitsPerCarton;
    }
    if (data.vatRebateRate !== undefined) {
      if (!isDecimalString(data.vatRebateRate) || decimal(data.vatRebateRate).isNegative() || decimal(data.vatRebateRate).greaterThan(17)) problems.add('input.vatRebateRate', 'must be a percentage from 0 to 17', '必须是 0 到 17 之间的百分比');
      else values.vatRebateRate = data.vatRebateRate;
    }
    if (data.costCurrency !== undefined) {
      const currency = data.costCurrency ? parseCurrencyCode(data.costCurrency) : null;
      if (data.costCurrency && !currency) problems.add('input.costCurrency', `"${data.costCurrency}" is not an ISO 4217 currency code`, `“${data.costCurrency}”不是 ISO 4217 币种代码`);
      else values.costCurrency = currency ?? null;
    }
    data.listPrices?.forEach((p, i) => {
      if (!parseCurrencyCode(p.currency)) problems.add(`input.listPrices.${i}.currency`, `"${p.currency}" is not an ISO 4217 currency code`, `“${p.currency}”不是 ISO 4217 币种代码`);
      if (!isDecimalString(p.amount) || decimal(p.amount).isNegative()) problems.add(`input.listPrices.${i}.amount`, `"${p.amount}" must be a decimal amount of 0 or more`, `“${p.amount}”必须是不小于 0 的金额`);
    });
    for (const key of ['customsName', 'unit', 'defaultSupplierId', 'active'] as const) if (data[key] !== undefined) (values as Record<string, unknown>)[key] = data[key];
    problems.throwIfAny();
    return values;
  }

  private async savePrices(productId: string, prices: ProductData['listPrices']): Promise<void> {
    if (prices === undefined) return;
    await this.tx.manager.delete(ProductPrice, { productId });
    if (prices.length) await this.tx.manager.insert(ProductPrice, prices.map((p) => ({ productId, currency: parseCurrencyCode(p.currency)!, amount: p.amount })));
  }
}

/**
 * Whether a JSON argument is texts by language code ({ "en": "Claw hammer", "zh": "羊角锤" }), each at
 * most `max` characters; otherwise a field problem (the JSON scalar takes any value).
 */
function isLanguageTexts(value: unknown, path: string, max: number, problems: FieldProblems): value is Record<string, string> {
  const entries = typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.entries(value) : null;
  const valid = entries !== null && entries.length <= 20 && entries.every(([language, text]) => /^[a-z]{2}(-[A-Za-z]{2,4})?$/.test(language) && typeof text === 'string' && text.length <= max);
  if (!valid) {
    problems.add(path, `must be texts by language code, like { "en": "Claw hammer", "zh": "羊角锤" }, each of at most ${max} characters`, `须按语言代码填写文字，例如 { "en": "Claw hammer", "zh": "羊角锤" }，每项不超过 ${max} 个字符`);
  }
  return valid;
}
