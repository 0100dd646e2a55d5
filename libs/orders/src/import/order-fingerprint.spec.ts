import { IMPORT_DAY, orderLineCells, sheetRow, type RowCells } from './order-import.factories';
import { ORDER_FIELDS, type ParsedOrder } from './order-import.types';
import { contentFingerprint } from './order-fingerprint';
import { parseOrderRow } from './order-row.parser';
import { groupOrderRows } from './order-rows.grouper';

function order(rows: readonly RowCells[], firstLine = 2): ParsedOrder {
  const parsed = rows.map((cells, index) => parseOrderRow(sheetRow(firstLine + index, orderLineCells(cells)), ORDER_FIELDS));
  const { orders } = groupOrderRows(parsed, IMPORT_DAY);
  expect(orders).toHaveLength(1);
  return orders[0];
}

const base: RowCells[] = [
  { sku: 'A', quantity: '10' },
  { sku: 'B', quantity: '5' },
];
const fingerprint = (rows: RowCells[], firstLine?: number): string => contentFingerprint(order(rows, firstLine));

describe('contentFingerprint', () => {
  it('is the same for the same file read twice', () => {
    expect(fingerprint(base)).toBe(fingerprint(base));
    expect(fingerprint(base)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ignores where the order sits in the file and how its numbers are written', () => {
    const reformatted: RowCells[] = [
      { sku: 'A', quantity: '10.00', unitPrice: '25.5', received: '' },
      { sku: 'B', quantity: '5', unitPrice: '25.500', customer: '', paymentTerms: '30% T/T deposit, 70% before shipment' },
    ];
    expect(fingerprint(reformatted, 40)).toBe(fingerprint(base));
  });

  it('ignores a received amount written with or without trailing zeros', () => {
    expect(fingerprint([{ received: '100' }])).toBe(fingerprint([{ received: '100.00' }]));
  });

  it.each<[string, RowCells]>([
    ['quantity', { quantity: '11' }],
    ['unit price', { unitPrice: '25.51' }],
    ['description', { description: 'Cordless drill 20V' }],
    ['sku', { sku: 'A-2' }],
    ['payment terms', { paymentTerms: 'T/T 50/50' }],
    ['Incoterm', { incoterm: 'CIF Hamburg' }],
    ['delivery date', { deliveryDate: '2026-04-21' }],
    ['received amount', { received: '1' }],
    ['currency', { currency: 'EUR' }],
    ['customer', { customer: 'Bremen Tools AG' }],
    ['order date', { orderDate: '2026-03-06' }],
  ])('changes when the %s changes', (_what, change) => {
    const changed: RowCells[] = [
      { ...base[0], ...change },
      { ...base[1], ...change },
    ];
    expect(fingerprint(changed)).not.toBe(fingerprint(base));
  });

  it('changes when lines are added, removed or reordered', () => {
    expect(fingerprint([base[0]])).not.toBe(fingerprint(base));
    expect(fingerprint([...base, { sku: 'C' }])).not.toBe(fingerprint(base));
    expect(fingerprint([base[1], base[0]])).not.toBe(fingerprint(base));
  });
});
