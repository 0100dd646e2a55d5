import { importedOrderStage } from './imported-order.stage';
import { IMPORT_DAY, orderLineCells, sheetRow, type RowCells } from './order-import.factories';
import { ORDER_FIELDS, type ParsedOrder } from './order-import.types';
import { parseOrderRow } from './order-row.parser';
import { groupOrderRows } from './order-rows.grouper';

/** One order of one line: 100 × 25.50 = 2550.00 on T/T 30/70 (deposit 765.00), delivery 2026-04-20. */
function importedOn(today: string, cells: RowCells): ParsedOrder {
  const { orders } = groupOrderRows([parseOrderRow(sheetRow(2, orderLineCells(cells)), ORDER_FIELDS)], today);
  expect(orders).toHaveLength(1);
  return orders[0];
}

describe('importedOrderStage', () => {
  const AFTER_DELIVERY = '2026-06-01';

  it('closes an order delivered and paid in full', () => {
    expect(importedOrderStage(importedOn(AFTER_DELIVERY, { received: '2550' }))).toEqual({
      stage: 'closed',
      reason: 'delivery date 2026-04-20 had passed, taken as shipped and paid in full',
    });
  });

  it('takes an order delivered and still owed money as shipped, part paid or not paid at all', () => {
    const shipped = { stage: 'shipped', reason: 'delivery date 2026-04-20 had passed, taken as shipped' };
    expect(importedOrderStage(importedOn(AFTER_DELIVERY, { received: '765' }))).toEqual(shipped);
    expect(importedOrderStage(importedOn(AFTER_DELIVERY, {}))).toEqual(shipped);
  });

  it('keeps an order still to be delivered confirmed, or deposit received when money came in', () => {
    expect(importedOrderStage(importedOn(IMPORT_DAY, {}))).toEqual({ stage: 'confirmed', reason: null });
    expect(importedOrderStage(importedOn(IMPORT_DAY, { received: '765' }))).toEqual({ stage: 'deposit_received', reason: 'part paid before delivery' });
    expect(importedOrderStage(importedOn(IMPORT_DAY, { received: '2550' }))).toEqual({ stage: 'deposit_received', reason: 'paid in full before delivery' });
    // Terms without a deposit have no such stage: money paid early leaves the order confirmed.
    expect(importedOrderStage(importedOn(IMPORT_DAY, { received: '765', paymentTerms: 'Net 30' }))).toEqual({ stage: 'confirmed', reason: 'part paid before delivery' });
    expect(importedOrderStage(importedOn(IMPORT_DAY, { received: '765', paymentTerms: 'L/C at sight' }))).toEqual({ stage: 'confirmed', reason: 'part paid before delivery' });
  });

  it('keeps an order without a delivery date confirmed, however old', () => {
    expect(importedOrderStage(importedOn('2030-01-01', { deliveryDate: '' }))).toEqual({ stage: 'confirmed', reason: null });
  });
});
