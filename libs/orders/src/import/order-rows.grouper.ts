import { Money } from '@tradewind/shared';
import { applyReceived, formatPaymentTerms, scheduleInstallments, type PaymentTerms } from '../payment-terms';
import { lineFigureProblems, totalProblem } from '../order/order-values';
import { rowFieldError } from './order-row.parser';
import type { OrderField, OrderRowValues, ParsedOrder, ParsedOrderLine, ParsedOrderRow, RejectedOrder } from './order-import.types';

export interface GroupedOrders {
  /** Orders whose every row is valid, in the order of their first row. */
  readonly orders: readonly ParsedOrder[];
  /** Orders with at least one bad row (left out whole), and rows without an order number. */
  readonly rejected: readonly RejectedOrder[];
}

/** Comparable form of free text: case, width and spacing do not make two values differ. */
function fold(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Rows belong to one order when their order numbers match ignoring case and spacing ("pi-001" = "PI-001"). */
export function orderKey(orderNo: string): string {
  return fold(orderNo);
}

function sameTerms(a: PaymentTerms, b: PaymentTerms): boolean {
  const canonical = (terms: PaymentTerms): string =>
    JSON.stringify(terms.installments.map((t) => [t.percentage, t.method, t.trigger, 'days' in t ? t.days : null]));
  return canonical(a) === canonical(b);
}

class RowErrors {
  readonly byRow = new Map<number, string[]>();

  add(row: number, field: OrderField, problem: string): void {
    this.addMessage(row, rowFieldError(row, field, problem).message);
  }

  addMessage(row: number, message: string): void {
    const messages = this.byRow.get(row) ?? [];
    messages.push(message);
    this.byRow.set(row, messages);
  }
}

interface Agreed<T> {
  readonly value: T;
  readonly row: number;
}

/**
 * The value an order-level field has across the order's rows: rows may leave it blank, but two rows
 * giving different values is an error on the later row, naming the earlier one.
 */
function agree<T>(
  rows: readonly ParsedOrderRow[],
  field: OrderField,
  get: (values: OrderRowValues) => T | undefined,
  same: (a: T, b: T) => boolean,
  show: (value: T) => string,
  orderNo: string,
  errors: RowErrors,
): Agreed<T> | undefined {
  let first: Agreed<T> | undefined;
  for (const row of rows) {
    const value = get(row.values);
    if (value === undefined) continue;
    if (!first) first = { value, row: row.row };
    else if (!same(first.value, value)) {
      errors.add(row.row, field, `${show(value)} differs from ${show(first.value)} on row ${first.row} of order ${orderNo}`);
    }
  }
  return first;
}

const quoted = (text: string): string => `"${text}"`;
const sameText = (a: string, b: string): boolean => fold(a) === fold(b);
const sameValue = <T>(a: T, b: T): boolean => a === b;

/**
 * Groups parsed rows into orders by order number (rows need not be adjacent). An order is built only
 * when all its rows are valid and agree on the order-level fields; otherwise it is rejected whole, so
 * an import never writes half an order.
 */
export function groupOrderRows(rows: readonly ParsedOrderRow[], today: string): GroupedOrders {
  const groups = new Map<string, ParsedOrderRow[]>();
  const rejected: RejectedOrder[] = [];
  for (const row of rows) {
    const orderNo = row.values.orderNo;
    if (orderNo === undefined) {
      rejected.push({ orderNo: null, rows: [row.row], errors: new Map([[row.row, row.errors.map((e) => e.message)]]) });
      continue;
    }
    const group = groups.get(orderKey(orderNo)) ?? [];
    group.push(row);
    groups.set(orderKey(orderNo), group);
  }
  const orders: ParsedOrder[] = [];
  for (const group of groups.values()) {
    const built = buildOrder(group, today);
    if ('lines' in built) orders.push(built);
    else rejected.push(built);
  }
  rejected.sort((a, b) => a.rows[0] - b.rows[0]);
  return { orders, rejected };
}

function buildOrder(rows: readonly ParsedOrderRow[], today: string): ParsedOrder | RejectedOrder {
  const orderNo = rows[0].values.orderNo ?? '';
  const rowNumbers = rows.map((row) => row.row);
  const errors = new RowErrors();
  for (const row of rows) for (const error of row.errors) errors.addMessage(row.row, error.message);

  const hasFieldError = (field: OrderField): boolean => rows.some((row) => row.errors.some((e) => e.field === field));
  const required = <T>(field: OrderField, agreed: Agreed<T> | undefined): Agreed<T> | undefined => {
    if (!agreed && !hasFieldError(field)) errors.add(rows[0].row, field, `empty (no row of order ${orderNo} gives one)`);
    return agreed;
  };
  const customer = required(
    'customer',
    agree(rows, 'customer', (v) => v.customerName, sameText, quoted, orderNo, errors),
  );
  const country = agree(rows, 'country', (v) => v.country, sameValue, quoted, orderNo, errors);
  const orderDate = required(
    'orderDate',
    agree(rows, 'orderDate', (v) => v.orderDate, sameValue, String, orderNo, errors),
  );
  const currency = required(
    'currency',
    agree(rows, 'currency', (v) => v.currency, sameValue, quoted, orderNo, errors),
  );
  const incoterm = required(
    'incoterm',
    agree(
      rows,
      'incoterm',
      (v) => v.incoterm,
      (a, b) => a.code === b.code && fold(a.place ?? '') === fold(b.place ?? ''),
      (term) => quoted(term.place ? `${term.code} ${term.place}` : term.code),
      orderNo,
      errors,
    ),
  );
  const namedPlace = agree(rows, 'incotermPlace', (v) => v.incotermPlace, sameText, quoted, orderNo, errors);
  const terms = required(
    'paymentTerms',
    agree(
      rows,
      'paymentTerms',
      (v) => v.paymentTerms,
      sameTerms,
      (t) => quoted(formatPaymentTerms(t, 'en')),
      orderNo,
      errors,
    ),
  );
  // Repeating the order's received amount on several lines is normal; it is never summed.
  const received = agree(rows, 'received', (v) => v.received, sameValue, quoted, orderNo, errors);

  const incotermPlace = incoterm?.value.place;
  if (incotermPlace && namedPlace && !sameText(incotermPlace, namedPlace.value)) {
    errors.add(
      namedPlace.row,
      'incotermPlace',
      `"${namedPlace.value}" differs from the place in incoterm "${incoterm.value.code} ${incotermPlace}" on row ${incoterm.row}`,
    );
  }
  // As on the order form: an Incoterm without its named place (FOB where?) says nothing of who pays what.
  if (incoterm && !incotermPlace && !namedPlace) {
    errors.add(incoterm.row, 'incoterm', `"${incoterm.value.code}" needs a named place (e.g. ${incoterm.value.code} Ningbo), in this column or a place column`);
  }
  // Lines may be ready at different dates; the order ships complete when the last one is.
  let deliveryDate: string | undefined;
  for (const row of rows) {
    const date = row.values.deliveryDate;
    if (date === undefined) continue;
    if (orderDate && date < orderDate.value) {
      errors.add(row.row, 'deliveryDate', `${date} is before the order date ${orderDate.value}`);
    }
    if (deliveryDate === undefined || date > deliveryDate) deliveryDate = date;
  }

  if (errors.byRow.size > 0 || !customer || !orderDate || !currency || !incoterm || !terms) {
    return { orderNo, rows: rowNumbers, errors: errors.byRow };
  }

  const code = currency.value;
  const lines = rows.map((row): ParsedOrderLine => {
    const { sku, description = '', quantity = '0', unitPrice = '0' } = row.values;
    const amount = Money.of(unitPrice, code).multiply(quantity).round();
    return sku === undefined
      ? { row: row.row, description, quantity, unitPrice, amount }
      : { row: row.row, sku, description, quantity, unitPrice, amount };
  });
  // The total is the sum of rounded line amounts, so it matches the lines printed on the invoice.
  const total = Money.sum(
    lines.map((line) => line.amount),
    code,
  );
  // Figures the columns cannot hold are this order's errors, not a failed batch.
  for (const line of lines) {
    for (const problem of lineFigureProblems(line.quantity, line.unitPrice, line.amount)) errors.add(line.row, problem.field, problem.message);
  }
  const tooLarge = errors.byRow.size === 0 ? totalProblem(total) : null;
  if (tooLarge) errors.add(lines[0].row, 'unitPrice', tooLarge.message);
  if (errors.byRow.size > 0) return { orderNo, rows: rowNumbers, errors: errors.byRow };
  // Money received is whole minor units; a stray third decimal is rounded rather than carried.
  const receivedMoney = received ? Money.of(received.value, code).round() : undefined;
  if (received && receivedMoney && receivedMoney.compare(total) > 0) {
    errors.add(received.row, 'received', `${receivedMoney.toFixed()} ${code} is more than the order total ${total.toFixed()} ${code}`);
    return { orderNo, rows: rowNumbers, errors: errors.byRow };
  }
  // A delivery date already past went by as agreed: installments due at or after the B/L or the
  // invoice fall due from it, so an old receivable can be chased instead of waiting for a date forever.
  const shippedOn = deliveryDate !== undefined && deliveryDate < today ? deliveryDate : undefined;
  const schedule = scheduleInstallments(terms.value, {
    total,
    orderDate: orderDate.value,
    expectedShipDate: deliveryDate ?? null,
    blDate: shippedOn ?? null,
    invoiceDate: shippedOn ?? null,
  });
  const installments = applyReceived(schedule, receivedMoney ?? Money.zero(code)).installments;

  const place = incotermPlace ?? namedPlace?.value ?? null;
  return {
    orderNo,
    customer: country ? { name: customer.value, country: country.value } : { name: customer.value },
    orderDate: orderDate.value,
    currency: code,
    incoterm: { code: incoterm.value.code, place },
    paymentTerms: terms.value,
    ...(deliveryDate === undefined ? {} : { deliveryDate }),
    ...(shippedOn === undefined ? {} : { shippedOn }),
    ...(receivedMoney === undefined ? {} : { received: receivedMoney }),
    lines,
    total,
    installments,
    rows: rowNumbers,
  };
}
