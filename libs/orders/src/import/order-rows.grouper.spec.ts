import { Money } from '@tradewind/shared';
import { IMPORT_DAY, orderLineCells, sheetRow, type RowCells } from './order-import.factories';
import { ORDER_FIELDS, type ParsedOrder, type RejectedOrder } from './order-import.types';
import { parseOrderRow } from './order-row.parser';
import { groupOrderRows } from './order-rows.grouper';

/** Rows numbered from 2 as under a header, each a full line unless overridden. */
function groupOn(today: string, ...rows: RowCells[]) {
  return groupOrderRows(rows.map((cells, index) => parseOrderRow(sheetRow(index + 2, orderLineCells(cells)), ORDER_FIELDS)), today);
}

function group(...rows: RowCells[]) {
  return groupOn(IMPORT_DAY, ...rows);
}

function onlyOrder(...rows: RowCells[]): ParsedOrder {
  return onlyOrderOn(IMPORT_DAY, ...rows);
}

function onlyOrderOn(today: string, ...rows: RowCells[]): ParsedOrder {
  const { orders, rejected } = groupOn(today, ...rows);
  expect(rejected).toEqual([]);
  expect(orders).toHaveLength(1);
  return orders[0];
}

function onlyRejected(...rows: RowCells[]): RejectedOrder {
  const { orders, rejected } = group(...rows);
  expect(orders).toEqual([]);
  expect(rejected).toHaveLength(1);
  return rejected[0];
}

const installments = (order: ParsedOrder): [string, string | null][] => order.installments.map((i) => [i.amount.toFixed(), i.dueDate]);

describe('groupOrderRows: grouping', () => {
  it('gathers rows sharing an order number into one order, wherever they are in the file', () => {
    const { orders, rejected } = group(
      { orderNo: 'PI-1', sku: 'A', quantity: '10', unitPrice: '2.50' },
      { orderNo: 'PI-2', sku: 'B', quantity: '1', unitPrice: '100' },
      { orderNo: 'PI-1', sku: 'C', quantity: '4', unitPrice: '0.25' },
    );
    expect(rejected).toEqual([]);
    expect(orders.map((o) => [o.orderNo, o.rows, o.lines.map((l) => l.sku), o.total.toFixed()])).toEqual([
      ['PI-1', [2, 4], ['A', 'C'], '26.00'],
      ['PI-2', [3], ['B'], '100.00'],
    ]);
  });

  it('treats order numbers differing only in case or spacing as one order, keeping the first spelling', () => {
    const order = onlyOrder({ orderNo: 'PI-1' }, { orderNo: ' pi-1 ' });
    expect(order.orderNo).toBe('PI-1');
    expect(order.rows).toEqual([2, 3]);
  });

  it('builds the order from its rows', () => {
    const order = onlyOrder({ received: '500', incoterm: 'CIF', incotermPlace: 'Hamburg' });
    expect(order).toMatchObject({
      orderNo: 'PI-2026-001',
      customer: { name: 'Hamburg Tools GmbH', country: 'DE' },
      orderDate: '2026-03-05',
      currency: 'USD',
      incoterm: { code: 'CIF', place: 'Hamburg' },
      deliveryDate: '2026-04-20',
      rows: [2],
    });
    expect(order.received?.toFixed()).toBe('500.00');
    expect(order.lines).toEqual([
      {
        row: 2,
        sku: 'CD-18V',
        description: 'Cordless drill 18V',
        quantity: '100',
        unitPrice: '25.5',
        amount: Money.of('2550', 'USD'),
      },
    ]);
  });

  it('rounds each line amount half-up to the minor unit and sums the rounded amounts', () => {
    const order = onlyOrder({ quantity: '3', unitPrice: '0.335' }, { quantity: '1', unitPrice: '0.005' });
    expect(order.lines.map((l) => l.amount.toFixed())).toEqual(['1.01', '0.01']);
    expect(order.total.toFixed()).toBe('1.02');
  });

  it('takes order-level values from the rows that give them when continuation rows leave them blank', () => {
    const blank = { customer: '', country: '', orderDate: '', currency: '', incoterm: '', paymentTerms: '' };
    const order = onlyOrder({ sku: 'A', ...blank }, { sku: 'B' }, { sku: 'C', ...blank });
    expect(order.currency).toBe('USD');
    expect(order.lines).toHaveLength(3);
  });

  it('accepts the same customer written in another case or spacing', () => {
    expect(onlyOrder({ customer: 'Hamburg Tools GmbH' }, { customer: 'HAMBURG  tools gmbh' }).customer.name).toBe('Hamburg Tools GmbH');
  });

  it('leaves a row without an order number out on its own, not touching the other orders', () => {
    const { orders, rejected } = group({ orderNo: 'PI-1' }, { orderNo: '' });
    expect(orders.map((o) => o.orderNo)).toEqual(['PI-1']);
    expect(rejected).toEqual([{ orderNo: null, rows: [3], errors: new Map([[3, ['row 3, orderNo: empty']]]) }]);
  });

  it('takes the named place from its own column when the Incoterm gives none', () => {
    expect(onlyOrder({ incoterm: 'FOB', incotermPlace: 'Ningbo' }).incoterm).toEqual({ code: 'FOB', place: 'Ningbo' });
    expect(onlyOrder({ incoterm: 'FOB Ningbo', incotermPlace: 'ningbo' }).incoterm).toEqual({ code: 'FOB', place: 'Ningbo' });
  });

  it('refuses an Incoterm with no named place anywhere, as the order form does', () => {
    const rejected = onlyRejected({ incoterm: 'FOB', incotermPlace: '' }, { incoterm: '', incotermPlace: '' });
    expect(rejected.errors.get(2)).toEqual(['row 2, incoterm: "FOB" needs a named place (e.g. FOB Ningbo), in this column or a place column']);
  });

  it('uses the latest delivery date of the lines as the order’s', () => {
    const order = onlyOrder({ deliveryDate: '2026-04-20' }, { deliveryDate: '2026-05-02' }, { deliveryDate: '' });
    expect(order.deliveryDate).toBe('2026-05-02');
    expect(onlyOrder({ deliveryDate: '' }).deliveryDate).toBeUndefined();
  });
});

describe('groupOrderRows: payment terms into installments that sum exactly to the total', () => {
  // Order 2026-03-05, delivery 2026-04-20; B/L and invoice dates are not known at import.
  it.each([
    [
      'T/T 30/70',
      'USD',
      '1000.01',
      [
        ['300.00', '2026-03-05'],
        ['700.01', '2026-04-20'],
      ],
    ],
    [
      '30% T/T deposit, 70% before shipment',
      'USD',
      '1000.01',
      [
        ['300.00', '2026-03-05'],
        ['700.01', '2026-04-20'],
      ],
    ],
    ['100% T/T in advance', 'USD', '1000.01', [['1000.01', '2026-03-05']]],
    ['L/C at sight', 'USD', '1000.01', [['1000.01', null]]],
    ['D/P at sight', 'USD', '1000.01', [['1000.01', null]]],
    ['Net 30', 'USD', '1000.01', [['1000.01', null]]],
    ['O/A 60 days', 'USD', '1000.01', [['1000.01', null]]],
    [
      'T/T 30/70',
      'JPY',
      '100001',
      [
        ['30000', '2026-03-05'],
        ['70001', '2026-04-20'],
      ],
    ],
    [
      '30% T/T deposit, 70% before shipment',
      'JPY',
      '99999',
      [
        ['30000', '2026-03-05'],
        ['69999', '2026-04-20'],
      ],
    ],
    ['100% T/T in advance', 'JPY', '100001', [['100001', '2026-03-05']]],
    ['L/C at sight', 'JPY', '100001', [['100001', null]]],
    ['D/P at sight', 'JPY', '100001', [['100001', null]]],
    ['Net 30', 'JPY', '100001', [['100001', null]]],
    ['O/A 60 days', 'JPY', '100001', [['100001', null]]],
  ] as const)('%s on %s %s', (paymentTerms, currency, total, expected) => {
    const order = onlyOrder({ paymentTerms, currency, quantity: '1', unitPrice: total });
    expect(order.total.toFixed()).toBe(total);
    expect(installments(order)).toEqual(expected);
    expect(
      Money.sum(
        order.installments.map((i) => i.amount),
        currency,
      ).equals(order.total),
    ).toBe(true);
  });

  // Imported after its delivery date, an order is taken as shipped that day: B/L and invoice date.
  it.each([
    ['L/C at sight', [['1000.01', '2026-04-20']]],
    ['D/P at sight', [['1000.01', '2026-04-20']]],
    ['Net 30', [['1000.01', '2026-05-20']]],
    ['O/A 60 days', [['1000.01', '2026-06-19']]],
    ['30% T/T deposit, 70% against B/L copy', [['300.00', '2026-03-05'], ['700.01', '2026-04-20']]],
  ] as const)('%s imported after the delivery date falls due from it', (paymentTerms, expected) => {
    const order = onlyOrderOn('2026-04-21', { paymentTerms, quantity: '1', unitPrice: '1000.01' });
    expect(order.shippedOn).toBe('2026-04-20');
    expect(installments(order)).toEqual(expected);
  });

  it('takes an order whose delivery date is the import day, or none, as not shipped yet', () => {
    const onTheDay = onlyOrderOn('2026-04-20', { paymentTerms: 'Net 30' });
    expect([onTheDay.shippedOn, onTheDay.installments[0].dueDate]).toEqual([undefined, null]);
    expect(onlyOrderOn('2027-01-01', { deliveryDate: '' }).shippedOn).toBeUndefined();
  });

  it('splits a JPY total built from several lines without losing a yen', () => {
    const order = onlyOrder(
      {
        currency: 'JPY',
        paymentTerms: '33.33% deposit, 33.33% before shipment, 33.34% against B/L copy',
        quantity: '7',
        unitPrice: '1433',
      },
      { currency: 'JPY', paymentTerms: '', quantity: '3', unitPrice: '0.4' },
    );
    expect(order.total.toFixed()).toBe('10032');
    expect(order.installments.map((i) => i.amount.toFixed())).toEqual(['3344', '3344', '3344']);
  });

  it('carries the method, trigger and labels of each installment', () => {
    const [deposit] = onlyOrder({ paymentTerms: 'T/T 30/70' }).installments;
    expect(deposit).toMatchObject({ sequence: 1, method: 'TT', trigger: 'on_order', percentage: '30', label: '30% T/T deposit' });
  });
});

describe('groupOrderRows: received', () => {
  const paidOpen = (order: ParsedOrder): [string, string][] => order.installments.map((i) => [i.paid.toFixed(), i.open.toFixed()]);

  it('applies the received amount to the installments in due order', () => {
    // 100 × 25.50 = 2550.00: deposit 765.00, balance 1785.00.
    const order = onlyOrder({ received: '1000' });
    expect(paidOpen(order)).toEqual([
      ['765.00', '0.00'],
      ['235.00', '1550.00'],
    ]);
  });

  it('leaves every installment open when nothing was received', () => {
    const order = onlyOrder({});
    expect(order.received).toBeUndefined();
    expect(paidOpen(order)).toEqual([
      ['0.00', '765.00'],
      ['0.00', '1785.00'],
    ]);
  });

  it('never sums a received amount repeated on several lines', () => {
    // Three lines of 2550.00: total 7650.00, deposit 2295.00.
    const order = onlyOrder({ received: '2295' }, { received: '2295.00' }, { received: '' });
    expect(order.received?.toFixed()).toBe('2295.00');
    expect(paidOpen(order)).toEqual([
      ['2295.00', '0.00'],
      ['0.00', '5355.00'],
    ]);
  });

  it('refuses two different received amounts in one order, naming both rows', () => {
    const rejected = onlyRejected({ received: '765' }, { received: '800' });
    expect(rejected.errors).toEqual(new Map([[3, ['row 3, received: "800" differs from "765" on row 2 of order PI-2026-001']]]));
  });

  it('refuses more received than the order total', () => {
    const rejected = onlyRejected({ quantity: '1', unitPrice: '100', received: '100.01' });
    expect(rejected.errors.get(2)).toEqual(['row 2, received: 100.01 USD is more than the order total 100.00 USD']);
  });
});

describe('groupOrderRows: an order with a bad row is rejected whole', () => {
  it('rejects the order when one of its rows has a field error, keeping the other orders', () => {
    const { orders, rejected } = group({ orderNo: 'PI-1' }, { orderNo: 'PI-1', unitPrice: '12,50' }, { orderNo: 'PI-2' });
    expect(orders.map((o) => o.orderNo)).toEqual(['PI-2']);
    expect(rejected).toEqual([
      {
        orderNo: 'PI-1',
        rows: [2, 3],
        errors: new Map([[3, ['row 3, unitPrice: "12,50" is not a number (use a dot for decimals)']]]),
      },
    ]);
  });

  it.each([
    ['currency', { currency: 'EUR' }, 'row 3, currency: "EUR" differs from "USD" on row 2 of order PI-2026-001'],
    [
      'customer',
      { customer: 'Bremen Tools AG' },
      'row 3, customer: "Bremen Tools AG" differs from "Hamburg Tools GmbH" on row 2 of order PI-2026-001',
    ],
    ['country', { country: 'AT' }, 'row 3, country: "AT" differs from "DE" on row 2 of order PI-2026-001'],
    ['orderDate', { orderDate: '2026-03-06' }, 'row 3, orderDate: 2026-03-06 differs from 2026-03-05 on row 2 of order PI-2026-001'],
    ['incoterm', { incoterm: 'CIF Hamburg' }, 'row 3, incoterm: "CIF Hamburg" differs from "FOB Shanghai" on row 2 of order PI-2026-001'],
    [
      'paymentTerms',
      { paymentTerms: 'T/T 50/50' },
      'row 3, paymentTerms: "50% T/T deposit, 50% T/T before shipment" differs from "30% T/T deposit, 70% T/T before shipment" on row 2 of order PI-2026-001',
    ],
  ])('refuses a different %s on two rows of one order, naming both rows', (_field, second, message) => {
    expect(onlyRejected({}, second).errors).toEqual(new Map([[3, [message]]]));
  });

  it('accepts payment terms written differently that mean the same', () => {
    expect(onlyOrder({ paymentTerms: 'T/T 30/70' }, { paymentTerms: '30% T/T deposit, 70% before shipment' }).rows).toEqual([2, 3]);
  });

  it('refuses an order none of whose rows gives a required order-level value', () => {
    const rejected = onlyRejected({ currency: '' }, { currency: '' });
    expect(rejected.errors).toEqual(new Map([[2, ['row 2, currency: empty (no row of order PI-2026-001 gives one)']]]));
  });

  it('refuses a named place that contradicts the place in the Incoterm', () => {
    const rejected = onlyRejected({ incoterm: 'FOB Shanghai' }, { incotermPlace: 'Ningbo', incoterm: '' });
    expect(rejected.errors.get(3)).toEqual(['row 3, incotermPlace: "Ningbo" differs from the place in incoterm "FOB Shanghai" on row 2']);
  });

  it('refuses a delivery date before the order date', () => {
    const rejected = onlyRejected({ deliveryDate: '2026-03-01' });
    expect(rejected.errors.get(2)).toEqual(['row 2, deliveryDate: 2026-03-01 is before the order date 2026-03-05']);
  });
});

describe('groupOrderRows: received rounding', () => {
  it('rounds a received amount to the currency’s minor unit', () => {
    const order = onlyOrder({ currency: 'JPY', quantity: '1', unitPrice: '10000', received: '3000.5' });
    expect(order.received?.toFixed()).toBe('3001');
    expect(order.installments.map((i) => i.paid.toFixed())).toEqual(['3000', '1']);
  });
});

describe('groupOrderRows: figures the columns cannot hold', () => {
  it('refuses more decimals than are stored instead of rounding them away', () => {
    expect(onlyRejected({ quantity: '1.2345' }).errors).toEqual(new Map([[2, ['row 2, quantity: "1.2345" has more than 3 decimals']]]));
    expect(onlyRejected({ unitPrice: '2.123456' }).errors).toEqual(new Map([[2, ['row 2, unitPrice: "2.123456" has more than 4 decimals']]]));
  });

  it('refuses a line or an order that reaches 10^16, and takes one just below', () => {
    expect(onlyRejected({ quantity: '1000000000', unitPrice: '10000000' }).errors).toEqual(
      new Map([[2, ['row 2, quantity: the line comes to 10000000000000000.00 USD; a line may not reach 10,000,000,000,000,000']]]),
    );
    expect(onlyRejected({ quantity: '1000000000', unitPrice: '6000000' }, { quantity: '1000000000', unitPrice: '6000000' }).errors).toEqual(
      new Map([[2, ['row 2, unitPrice: the lines come to 12000000000000000.00 USD; an order may not reach 10,000,000,000,000,000']]]),
    );
    expect(onlyOrder({ quantity: '1000000000', unitPrice: '9999999.9999' }).total.toFixed()).toBe('9999999999900000.00');
  });
});
