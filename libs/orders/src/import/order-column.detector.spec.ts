import { ORDER_HEADER_SYNONYMS, detectOrderColumns, isOrderHeaderRow, orderFieldForHeader } from './order-column.detector';
import type { OrderField } from './order-import.types';

const synonyms = (Object.entries(ORDER_HEADER_SYNONYMS) as [OrderField, readonly string[]][]).flatMap(([field, texts]) =>
  texts.map((text): [string, OrderField] => [text, field]),
);

describe('orderFieldForHeader', () => {
  it.each(synonyms)('reads the header %p as %s', (header, field) => {
    expect(orderFieldForHeader(header)).toBe(field);
  });

  it.each([
    ['ORDER NO', 'orderNo'],
    ['Order_No', 'orderNo'],
    ['PI No.', 'orderNo'],
    ['pi-number', 'orderNo'],
    ['  Unit   Price ', 'unitPrice'],
    ['unit_price*', 'unitPrice'],
    ['Item-No', 'sku'],
    ['Payment_Terms', 'paymentTerms'],
    ['Country / Region', 'country'],
    ['单价：', 'unitPrice'],
    ['ＱＴＹ', 'quantity'],
    ['Amount-Received', 'received'],
  ] as const)('ignores case, spaces, underscores, hyphens and marks in %p', (header, field) => {
    expect(orderFieldForHeader(header)).toBe(field);
  });

  it('does not guess at headers it does not know', () => {
    expect(orderFieldForHeader('Amount')).toBeUndefined();
    expect(orderFieldForHeader('')).toBeUndefined();
  });
});

describe('detectOrderColumns', () => {
  it('maps each column and reports unknown, duplicate and missing required columns', () => {
    expect(detectOrderColumns(['PI No', 'Customer', 'Remarks', 'Order Number', 'Qty', ''])).toEqual({
      mapping: ['orderNo', 'customer', null, null, 'quantity', null],
      unknown: [{ index: 2, header: 'Remarks' }],
      duplicate: [{ index: 3, header: 'Order Number', field: 'orderNo' }],
      missing: ['orderDate', 'currency', 'incoterm', 'paymentTerms', 'description', 'unitPrice'],
    });
  });

  it('needs no column for the optional fields', () => {
    const headers = ['订单号', '客户', '日期', '币种', '贸易术语', '付款方式', '品名', '数量', '单价'];
    expect(detectOrderColumns(headers).missing).toEqual([]);
  });
});

describe('isOrderHeaderRow', () => {
  it('takes a row naming an order-number column as the header', () => {
    expect(isOrderHeaderRow(['Customer', 'Contract No'])).toBe(true);
    expect(isOrderHeaderRow(['Orders March 2026'])).toBe(false);
  });
});
