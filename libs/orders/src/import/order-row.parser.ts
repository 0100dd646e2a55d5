import { parseCountry, type SheetRow } from '@tradewind/shared';
import { IncotermParseError, parseIncoterm } from '../incoterms';
import { PaymentTermsError, parsePaymentTerms } from '../payment-terms';
import {
  type CellResult,
  cellValue,
  collapseSpaces,
  parseCurrencyCell,
  parseDateCell,
  parseNonNegativeCell,
  parsePositiveCell,
} from './cell-value.parsers';
import type { OrderColumnMapping, OrderField, OrderRowValues, ParsedOrderRow, RowFieldError } from './order-import.types';

/** The message every row error carries: `row 7, unitPrice: "12,50" is not a number (use a dot for decimals)`. */
export function rowFieldError(row: number, field: OrderField, problem: string): RowFieldError {
  return { row, field, message: `row ${row}, ${field}: ${problem}` };
}

function cellsByField(row: SheetRow, mapping: OrderColumnMapping): Partial<Record<OrderField, string>> {
  const cells: Partial<Record<OrderField, string>> = {};
  mapping.forEach((field, index) => {
    const value = field ? cellValue(row.cells[index]) : undefined;
    if (field && value !== undefined) cells[field] = value;
  });
  return cells;
}

/** Runs one of the orders module's own parsers, turning its error into the cell's problem. */
function attempt<T>(parse: () => T): CellResult<T> {
  try {
    return { ok: true, value: parse() };
  } catch (error) {
    if (error instanceof IncotermParseError || error instanceof PaymentTermsError) {
      return { ok: false, problem: error.message };
    }
    throw error;
  }
}

/**
 * Parses each distinct text once: an order's terms and Incoterm repeat on every one of its lines, and
 * an order book uses a handful of them. The parsers are pure and their results read-only (PaymentTerms
 * is readonly throughout), so rows may share one result.
 */
function parsedOncePerText<T>(parse: (raw: string) => CellResult<T>): (raw: string) => CellResult<T> {
  const results = new Map<string, CellResult<T>>();
  return (raw) => {
    let result = results.get(raw);
    if (result === undefined) {
      result = parse(raw);
      if (results.size >= 10_000) results.clear();
      results.set(raw, result);
    }
    return result;
  };
}

const incotermCell = parsedOncePerText((raw) => attempt(() => parseIncoterm(raw)));
const paymentTermsCell = parsedOncePerText((raw) => attempt(() => parsePaymentTerms(raw)));

/**
 * Reads one order line. Every field is checked, so a row reports all its problems at once. Blank
 * order-level cells are not errors here (a continuation row may leave them to the order's first
 * row); the line's own description, quantity and unit price, and the order number, are required.
 */
export function parseOrderRow(row: SheetRow, mapping: OrderColumnMapping): ParsedOrderRow {
  const cells = cellsByField(row, mapping);
  const errors: RowFieldError[] = [];
  const values: { -readonly [K in keyof OrderRowValues]: OrderRowValues[K] } = {};

  const read = <T>(field: OrderField, parse: (raw: string) => CellResult<T>, required = false): T | undefined => {
    const raw = cells[field];
    if (raw === undefined) {
      if (required) errors.push(rowFieldError(row.line, field, 'empty'));
      return undefined;
    }
    const result = parse(raw);
    if (result.ok) return result.value;
    errors.push(rowFieldError(row.line, field, result.problem));
    return undefined;
  };
  const text = (raw: string): CellResult<string> => ({ ok: true, value: collapseSpaces(raw) });

  values.orderNo = read('orderNo', text, true);
  values.customerName = read('customer', text);
  values.country = read('country', (raw) => {
    const country = parseCountry(raw);
    return country ? { ok: true, value: country } : { ok: false, problem: `"${raw}" is not a country` };
  });
  values.orderDate = read('orderDate', parseDateCell);
  values.currency = read('currency', parseCurrencyCell);
  values.incoterm = read('incoterm', incotermCell);
  values.incotermPlace = read('incotermPlace', text);
  values.paymentTerms = read('paymentTerms', paymentTermsCell);
  values.deliveryDate = read('deliveryDate', parseDateCell);
  values.received = read('received', parseNonNegativeCell);
  values.sku = read('sku', text);
  // Descriptions keep their line breaks; only the ends are trimmed.
  values.description = read('description', (raw) => ({ ok: true, value: raw.trim() }), true);
  values.quantity = read('quantity', parsePositiveCell, true);
  values.unitPrice = read('unitPrice', parseNonNegativeCell, true);

  const defined = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as OrderRowValues;
  return { row: row.line, values: defined, errors };
}
