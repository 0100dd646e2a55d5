import { readSheet, type SheetTable } from '@tradewind/shared';
import { ORDER_HEADER_SYNONYMS, detectOrderColumns, isOrderHeaderRow } from './order-column.detector';
import { companyTodayNow } from '../order/order-risk';
import { OrderImportFileError } from './order-import.errors';
import type {
  OrderColumns,
  OrderImportOutcome,
  OrderImportReport,
  OrderImportRowReport,
  ParsedOrder,
  RejectedOrder,
} from './order-import.types';
import { parseOrderRow } from './order-row.parser';
import { groupOrderRows } from './order-rows.grouper';

export interface OrderImportParseResult {
  readonly columns: OrderColumns;
  readonly orders: readonly ParsedOrder[];
  readonly rejected: readonly RejectedOrder[];
}

/** Maps the columns, parses every row and groups them into orders. Throws when a required column is missing. */
export function parseOrderSheet(sheet: SheetTable, fileName: string, today: string): OrderImportParseResult {
  const columns = detectOrderColumns(sheet.headers);
  if (columns.missing.length > 0) {
    const wanted = columns.missing.map((field) => `${field} (${ORDER_HEADER_SYNONYMS[field].map((text) => `"${text}"`).join(', ')})`);
    throw new OrderImportFileError('missing_columns', `${fileName} has no column for ${wanted.join('; ')}.`);
  }
  const { orders, rejected } = groupOrderRows(sheet.rows.map((row) => parseOrderRow(row, columns.mapping)), today);
  return { columns, orders, rejected };
}

export interface ReadOrderImportOptions {
  readonly maxBytes?: number;
  /** The company's date (YYYY-MM-DD) the import runs on: which delivery dates are past. */
  readonly today?: string;
}

/**
 * Reads an orders:import file (CSV or .xlsx) into orders ready to store and rejected orders with
 * their row errors. Throws SpreadsheetFileError or OrderImportFileError when the file is unusable.
 */
export async function readOrderImport(
  buffer: Uint8Array,
  fileName: string,
  options: ReadOrderImportOptions = {},
): Promise<OrderImportParseResult> {
  const sheet = await readSheet(buffer, fileName, {
    maxBytes: options.maxBytes,
    isHeader: isOrderHeaderRow,
    expectedHeaders: ORDER_HEADER_SYNONYMS.orderNo,
    rowsNoun: 'order lines',
  });
  return parseOrderSheet(sheet, fileName, options.today ?? companyTodayNow());
}

function listRows(rows: readonly number[]): string {
  if (rows.length === 1) return `row ${rows[0]} has an error`;
  return `rows ${rows.slice(0, -1).join(', ')} and ${rows[rows.length - 1]} have errors`;
}

/**
 * The report orders:import prints, once the importer knows what it did with each order (by order
 * number, as in ParsedOrder). Rows are listed in file order; a rejected order's sound rows point at
 * the rows that stopped it.
 */
export function buildOrderImportReport(
  result: Pick<OrderImportParseResult, 'orders' | 'rejected'>,
  outcomes: ReadonlyMap<string, OrderImportOutcome>,
): OrderImportReport {
  const rows: OrderImportRowReport[] = [];
  let created = 0;
  let updated = 0;
  for (const order of result.orders) {
    const outcome = outcomes.get(order.orderNo);
    if (!outcome) throw new Error(`no import outcome for order ${order.orderNo}`);
    if (typeof outcome === 'object') {
      for (const row of order.rows) rows.push({ row, status: 'error', orderNo: order.orderNo, error: outcome.refused });
      continue;
    }
    if (outcome === 'created') created++;
    if (outcome === 'updated') updated++;
    for (const row of order.rows) rows.push({ row, status: outcome, orderNo: order.orderNo, error: null });
  }
  for (const order of result.rejected) {
    const bad = order.rows.filter((row) => (order.errors.get(row)?.length ?? 0) > 0);
    for (const row of order.rows) {
      const own = order.errors.get(row);
      const error = own?.length ? own.join('; ') : `order ${order.orderNo ?? ''} not imported: ${listRows(bad)}`;
      rows.push({ row, status: 'error', orderNo: order.orderNo, error });
    }
  }
  rows.sort((a, b) => a.row - b.row);
  return { created, updated, errors: rows.filter((row) => row.status === 'error').length, rows };
}
