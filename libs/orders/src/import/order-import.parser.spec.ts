import { SpreadsheetFileError } from '@tradewind/shared';
import { rejectionOf, utf8File, xlsxFile } from '../../../../test/support/spreadsheet-files';
import { orderCsv, orderLineCells } from './order-import.factories';
import { OrderImportFileError } from './order-import.errors';
import type { OrderImportOutcome } from './order-import.types';
import { contentFingerprint } from './order-fingerprint';
import { buildOrderImportReport, readOrderImport } from './order-import.parser';

describe('readOrderImport', () => {
  it('reads a Chinese-headed CSV with a BOM into orders', async () => {
    const csv =
      '\ufeff订单号,客户,国家,下单日期,币种,贸易术语,港口,付款方式,货号,品名,数量,单价,交期,已收金额\n' +
      'PI-88,Osaka Trading,日本,2026-03-05,JPY,FOB,Ningbo,T/T 30/70,X1,Hammer,3,3333.33,2026-04-01,3000\n' +
      'PI-88,Osaka Trading,日本,2026-03-05,JPY,FOB,Ningbo,T/T 30/70,X2,Saw,1,1,2026-04-10,3000\n';
    const { orders, rejected, columns } = await readOrderImport(utf8File(csv), 'orders.csv');
    expect(columns.missing).toEqual([]);
    expect(rejected).toEqual([]);
    expect(orders).toHaveLength(1);
    const [order] = orders;
    expect(order).toMatchObject({
      orderNo: 'PI-88',
      customer: { name: 'Osaka Trading', country: 'JP' },
      currency: 'JPY',
      incoterm: { code: 'FOB', place: 'Ningbo' },
      deliveryDate: '2026-04-10',
      rows: [2, 3],
    });
    expect(order.total.toFixed()).toBe('10001');
    expect(order.installments.map((i) => [i.amount.toFixed(), i.paid.toFixed(), i.open.toFixed()])).toEqual([
      ['3000', '3000', '0'],
      ['7001', '0', '7001'],
    ]);
  });

  it('reads an xlsx with date cells and serial numbers', async () => {
    const buffer = await xlsxFile((workbook) => {
      const sheet = workbook.addWorksheet('Orders');
      sheet.addRow(['PI No', 'Customer', 'Order Date', 'CCY', 'Incoterms', 'Payment Terms', 'Item', 'Qty', 'Unit Price', 'Ship Date']);
      sheet.addRow(['PI-9', 'Acme', new Date(Date.UTC(2026, 2, 5)), 'USD', 'CIF Hamburg', 'L/C at sight', 'Drill', 12, 9.99, 46132]);
    });
    const { orders } = await readOrderImport(buffer, 'orders.xlsx');
    expect(orders.map((o) => [o.orderDate, o.deliveryDate, o.total.toFixed(), o.lines[0].unitPrice])).toEqual([
      ['2026-03-05', '2026-04-20', '119.88', '9.99'],
    ]);
  });

  it('refuses a file missing required columns, naming them with their headers', async () => {
    const error = await rejectionOf(readOrderImport(utf8File('Order No,Customer\nPI-1,Acme\n'), 'orders.csv'), OrderImportFileError);
    expect(error.message).toContain('currency ("currency", "ccy", "币种", "币别")');
  });

  it('refuses a file without an order-number header', async () => {
    const error = await rejectionOf(readOrderImport(utf8File('Customer,Qty\nAcme,1\n'), 'orders.csv'), SpreadsheetFileError);
    expect(error.reason).toBe('no_header');
  });

  it('reads the same file to the same fingerprints every time', async () => {
    const csv = orderCsv([orderLineCells({ orderNo: 'PI-1' }), orderLineCells({ orderNo: 'PI-2', sku: 'X' })]);
    const first = await readOrderImport(utf8File(csv), 'orders.csv');
    const second = await readOrderImport(utf8File(csv), 'orders.csv');
    expect(second.orders.map(contentFingerprint)).toEqual(first.orders.map(contentFingerprint));
  });
});

describe('buildOrderImportReport', () => {
  const csv = orderCsv([
    orderLineCells({ orderNo: 'PI-1' }),
    orderLineCells({ orderNo: 'PI-2' }),
    orderLineCells({ orderNo: 'PI-1', sku: 'B' }),
    orderLineCells({ orderNo: 'PI-3', currency: 'XYZ' }),
    orderLineCells({ orderNo: 'PI-3', sku: 'B' }),
    orderLineCells({ orderNo: 'PI-3', quantity: '-1' }),
    orderLineCells({ orderNo: 'PI-4' }),
  ]);

  it('reports every row in file order with its order’s outcome, counting orders created and updated and rows in error', async () => {
    const result = await readOrderImport(utf8File(csv), 'orders.csv');
    const outcomes = new Map<string, OrderImportOutcome>([
      ['PI-1', 'created'],
      ['PI-2', 'updated'],
      ['PI-4', 'unchanged'],
    ]);
    expect(JSON.parse(JSON.stringify(buildOrderImportReport(result, outcomes)))).toEqual({
      created: 1,
      updated: 1,
      errors: 3,
      rows: [
        { row: 2, status: 'created', orderNo: 'PI-1', error: null },
        { row: 3, status: 'updated', orderNo: 'PI-2', error: null },
        { row: 4, status: 'created', orderNo: 'PI-1', error: null },
        {
          row: 5,
          status: 'error',
          orderNo: 'PI-3',
          error: 'row 5, currency: "XYZ" is not a currency (use an ISO 4217 code such as USD, EUR or CNY)',
        },
        { row: 6, status: 'error', orderNo: 'PI-3', error: 'order PI-3 not imported: rows 5 and 7 have errors' },
        { row: 7, status: 'error', orderNo: 'PI-3', error: 'row 7, quantity: "-1" is negative' },
        { row: 8, status: 'unchanged', orderNo: 'PI-4', error: null },
      ],
    });
  });

  it('points the sound rows of a rejected order at its one bad row', async () => {
    const single = orderCsv([orderLineCells({ orderNo: 'PI-7' }), orderLineCells({ orderNo: 'PI-7', paymentTerms: 'whenever' })]);
    const report = buildOrderImportReport(await readOrderImport(utf8File(single), 'orders.csv'), new Map());
    expect(report.rows.map((r) => r.error)).toEqual([
      'order PI-7 not imported: row 3 has an error',
      expect.stringMatching(/^row 3, paymentTerms: payment terms "whenever"/),
    ]);
  });

  it('gives every row of an order the importer refused to replace the reason, counted as errors and not as updated', async () => {
    const result = await readOrderImport(utf8File(csv), 'orders.csv');
    const refused = 'order PI-1 was entered in Tradewind, not imported: change it on its order page';
    const outcomes = new Map<string, OrderImportOutcome>([
      ['PI-1', { refused }],
      ['PI-2', 'updated'],
      ['PI-4', 'unchanged'],
    ]);
    const report = buildOrderImportReport(result, outcomes);
    expect({ created: report.created, updated: report.updated, errors: report.errors }).toEqual({ created: 0, updated: 1, errors: 5 });
    expect(report.rows.filter((r) => r.orderNo === 'PI-1')).toEqual([
      { row: 2, status: 'error', orderNo: 'PI-1', error: refused },
      { row: 4, status: 'error', orderNo: 'PI-1', error: refused },
    ]);
  });

  it('refuses to report an order the importer gave no outcome for', async () => {
    const result = await readOrderImport(utf8File(csv), 'orders.csv');
    expect(() => buildOrderImportReport(result, new Map())).toThrow('no import outcome for order PI-1');
  });
});
