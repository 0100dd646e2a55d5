import type { OrderColumns, OrderField } from './order-import.types';
import { REQUIRED_ORDER_FIELDS } from './order-import.types';

/**
 * Header texts recognised per field (the set the orders:import issue fixes). Compared
 * case-insensitively, ignoring spaces, underscores, hyphens, dots and a trailing "*" or ":", so
 * "PI No.", "pi_no" and "PI-NO" meet.
 */
export const ORDER_HEADER_SYNONYMS: Readonly<Record<OrderField, readonly string[]>> = {
  orderNo: ['order no', 'order number', 'PI no', 'PI number', 'contract no', '订单号', '合同号', 'PI号'],
  customer: ['customer', 'customer name', 'company', '客户', '客户名称'],
  country: ['country', 'country/region', '国家'],
  orderDate: ['order date', 'date', '下单日期', '日期'],
  currency: ['currency', 'ccy', '币种', '币别'],
  incoterm: ['incoterm', 'incoterms', 'trade term', '贸易术语', '价格条款'],
  incotermPlace: ['named place', 'port', '港口', '指定地点'],
  paymentTerms: ['payment terms', '付款方式', '付款条件'],
  sku: ['sku', 'item no', '货号'],
  description: ['product', 'description', 'item', '品名'],
  quantity: ['qty', 'quantity', '数量'],
  unitPrice: ['unit price', 'price', '单价'],
  deliveryDate: ['delivery date', 'ship date', '交期'],
  received: ['received', 'paid', 'amount received', '已收金额'],
};

/** The comparable form of a header cell. */
export function normaliseOrderHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_.-]+/g, '')
    .replace(/^[*:]+|[*:]+$/g, '');
}

const FIELD_BY_HEADER = new Map<string, OrderField>();
for (const [field, synonyms] of Object.entries(ORDER_HEADER_SYNONYMS) as [OrderField, readonly string[]][]) {
  for (const synonym of synonyms) FIELD_BY_HEADER.set(normaliseOrderHeader(synonym), field);
}

/** The field a header names, if any. */
export function orderFieldForHeader(header: string): OrderField | undefined {
  return FIELD_BY_HEADER.get(normaliseOrderHeader(header));
}

/** The header row is the one naming an order-number column: every order line carries one. */
export function isOrderHeaderRow(cells: readonly string[]): boolean {
  return cells.some((cell) => orderFieldForHeader(cell) === 'orderNo');
}

/** Maps columns to fields by their headers; the first column for a field wins, later ones are reported. */
export function detectOrderColumns(headers: readonly string[]): OrderColumns {
  const mapping: (OrderField | null)[] = [];
  const unknown: { index: number; header: string }[] = [];
  const duplicate: { index: number; header: string; field: OrderField }[] = [];
  const taken = new Set<OrderField>();
  headers.forEach((header, index) => {
    const field = orderFieldForHeader(header);
    if (!field) {
      mapping.push(null);
      if (header.trim() !== '') unknown.push({ index, header });
    } else if (taken.has(field)) {
      mapping.push(null);
      duplicate.push({ index, header, field });
    } else {
      taken.add(field);
      mapping.push(field);
    }
  });
  const missing = REQUIRED_ORDER_FIELDS.filter((field) => !taken.has(field));
  return { mapping, unknown, duplicate, missing };
}
