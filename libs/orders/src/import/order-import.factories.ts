import type { SheetRow } from '@tradewind/shared';
import { ORDER_FIELDS, type OrderField } from './order-import.types';

export type RowCells = Partial<Record<OrderField, string>>;

/** The company's date the tests import on: before orderLineCells' order and delivery dates. */
export const IMPORT_DAY = '2026-01-01';

/** A complete, valid order line; tests override the cells they are about. */
export function orderLineCells(overrides: RowCells = {}): RowCells {
  return {
    orderNo: 'PI-2026-001',
    customer: 'Hamburg Tools GmbH',
    country: 'DE',
    orderDate: '2026-03-05',
    currency: 'USD',
    incoterm: 'FOB Shanghai',
    paymentTerms: 'T/T 30/70',
    sku: 'CD-18V',
    description: 'Cordless drill 18V',
    quantity: '100',
    unitPrice: '25.50',
    deliveryDate: '2026-04-20',
    ...overrides,
  };
}

/** A sheet row whose columns follow ORDER_FIELDS (the mapping `ORDER_FIELDS` itself). */
export function sheetRow(line: number, cells: RowCells): SheetRow {
  return { line, cells: ORDER_FIELDS.map((field) => cells[field] ?? '') };
}

/** CSV text with one column per ORDER_FIELDS entry, first line the header. */
export function orderCsv(rows: readonly RowCells[]): string {
  const escape = (text: string): string => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const lines = [ORDER_FIELDS.join(','), ...rows.map((cells) => ORDER_FIELDS.map((f) => escape(cells[f] ?? '')).join(','))];
  return `${lines.join('\n')}\n`;
}
