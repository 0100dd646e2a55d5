import { Money } from '@tradewind/shared';
import { ScheduleContext, applyReceived, scheduleInstallments, storedInstallmentTerm } from './installment-schedule';
import { addDays } from './iso-date';
import { describeInstallment } from './payment-terms.formatter';
import { parsePaymentTerms } from './payment-terms.parser';
import { PaymentTermsError, createPaymentTerms } from './payment-terms';

const ORDER = '2025-03-03';
const SHIP = '2025-04-15';
const INVOICE = '2025-04-18';
const BL = '2025-04-20';

const context = (total: Money): ScheduleContext => ({
  total,
  orderDate: ORDER,
  expectedShipDate: SHIP,
  invoiceDate: INVOICE,
  blDate: BL,
});

function schedule(text: string, total = Money.of('10000', 'USD'), ctx = context(total)): [string, string | null][] {
  return scheduleInstallments(parsePaymentTerms(text), ctx).map((i) => [i.amount.toFixed(), i.dueDate]);
}

describe('scheduleInstallments: every parsed form to amounts and due dates (USD 10,000.00)', () => {
  it.each([
    [
      'T/T 30/70',
      [
        ['3000.00', ORDER],
        ['7000.00', SHIP],
      ],
    ],
    [
      '30% T/T deposit, 70% before shipment',
      [
        ['3000.00', ORDER],
        ['7000.00', SHIP],
      ],
    ],
    ['100% T/T in advance', [['10000.00', ORDER]]],
    ['L/C at sight', [['10000.00', BL]]],
    ['D/P at sight', [['10000.00', BL]]],
    ['Net 30', [['10000.00', '2025-05-18']]],
    ['O/A 60 days', [['10000.00', '2025-06-19']]],
    [
      'TT 30% deposit 70% against BL copy',
      [
        ['3000.00', ORDER],
        ['7000.00', BL],
      ],
    ],
    [
      '30% deposit, balance against B/L copy',
      [
        ['3000.00', ORDER],
        ['7000.00', BL],
      ],
    ],
    [
      'T/T 50/50',
      [
        ['5000.00', ORDER],
        ['5000.00', SHIP],
      ],
    ],
    ['100% TT before shipment', [['10000.00', SHIP]]],
    ['Net 60 days', [['10000.00', '2025-06-17']]],
    ['60 days after B/L', [['10000.00', '2025-06-19']]],
    ['OA 90', [['10000.00', '2025-07-19']]],
    ['LC at sight', [['10000.00', BL]]],
    ['DP', [['10000.00', BL]]],
    [
      '30%定金，70%见提单复印件付款',
      [
        ['3000.00', ORDER],
        ['7000.00', BL],
      ],
    ],
    ['D/A 60 days', [['10000.00', '2025-06-19']]],
    ['L/C 60 days after B/L', [['10000.00', '2025-06-19']]],
    [
      '30% deposit, 70% 45 days after invoice',
      [
        ['3000.00', ORDER],
        ['7000.00', '2025-06-02'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(schedule(text)).toEqual(expected);
  });

  it('leaves a due date empty until its event has a date', () => {
    const terms = parsePaymentTerms(
      '20% deposit, 20% before shipment, 20% against B/L copy, 20% 30 days after B/L, 20% 30 days after invoice',
    );
    const rows = scheduleInstallments(terms, { total: Money.of('500', 'USD'), orderDate: ORDER });
    expect(rows.map((r) => r.dueDate)).toEqual([ORDER, null, null, null, null]);
  });

  it('numbers and labels installments in the order they fall due', () => {
    const rows = scheduleInstallments(
      parsePaymentTerms('70% before shipment, 30% deposit'),
      context(Money.of('100', 'USD')),
    );
    expect(rows.map((r) => [r.sequence, r.trigger, r.percentage, r.label, r.labelZh])).toEqual([
      [1, 'on_order', '30', '30% T/T deposit', '30%电汇定金'],
      [2, 'before_shipment', '70', '70% T/T before shipment', '70%电汇发货前付款'],
    ]);
  });

  it('carries method and days on each installment', () => {
    const [row] = scheduleInstallments(parsePaymentTerms('O/A 60 days'), context(Money.of('100', 'USD')));
    expect(row).toMatchObject({ method: 'OA', trigger: 'days_after_bl', days: 60 });
  });
});

describe('scheduleInstallments: rounding to the minor unit, last installment takes the remainder', () => {
  const amounts = (text: string, amount: string, currency: string): string[] =>
    schedule(text, Money.of(amount, currency)).map(([a]) => a);

  it.each([
    ['T/T 30/70', '1000.01', 'USD', ['300.00', '700.01']],
    [
      '33.33% deposit, 33.33% before shipment, 33.34% against B/L copy',
      '999.99',
      'EUR',
      ['333.30', '333.30', '333.39'],
    ],
    ['33.33% deposit, 33.33% before shipment, 33.34% against B/L copy', '100001', 'JPY', ['33330', '33330', '33341']],
    ['T/T 30/70', '99999', 'JPY', ['30000', '69999']],
    ['T/T 30/70', '1234.567', 'KWD', ['370.370', '864.197']],
    ['33.33% deposit, 33.33% before shipment, 33.34% against B/L copy', '0.010', 'KWD', ['0.003', '0.003', '0.004']],
    ['T/T 30/70', '0.01', 'USD', ['0.00', '0.01']],
    ['T/T 30/70', '0', 'USD', ['0.00', '0.00']],
  ])('%s of %s %s', (text, amount, currency, expected) => {
    const rows = amounts(text, amount, currency);
    expect(rows).toEqual(expected);
    const sum = Money.sum(
      rows.map((a) => Money.of(a, currency)),
      currency,
    );
    expect(sum.equals(Money.of(amount, currency).round())).toBe(true);
  });

  it('rounds a total given with more decimals than the currency has before splitting it', () => {
    expect(schedule('T/T 50/50', Money.of('100.005', 'USD'))).toEqual([
      ['50.01', ORDER],
      ['50.00', SHIP],
    ]);
  });

  it('refuses a negative total', () => {
    expect(() => schedule('T/T 30/70', Money.of('-1', 'USD'))).toThrow(PaymentTermsError);
  });

  it.each(['2025-02-30', '2025-3-3', '03/03/2025', ''])('refuses the order date "%s"', (orderDate) => {
    const terms = createPaymentTerms([{ percentage: '100', method: 'TT', trigger: 'on_order' }]);
    expect(() => scheduleInstallments(terms, { total: Money.of('1', 'USD'), orderDate })).toThrow(/YYYY-MM-DD/);
  });

  it('refuses a malformed B/L date', () => {
    const terms = createPaymentTerms([{ percentage: '100', method: 'LC', trigger: 'lc_at_sight' }]);
    expect(() =>
      scheduleInstallments(terms, { total: Money.of('1', 'USD'), orderDate: ORDER, blDate: '2025-13-01' }),
    ).toThrow(/B\/L date/);
  });
});

describe('storedInstallmentTerm', () => {
  it('reads back the term of an installment as stored, so its label can be written in either language', () => {
    const rows = scheduleInstallments(parsePaymentTerms('30% T/T deposit, 70% T/T 60 days after B/L'), context(Money.of('10000', 'USD')));
    // numeric(7,4) columns read back with four decimals.
    const stored = rows.map((row) => ({ trigger: row.trigger, method: row.method, percentage: `${row.percentage}.0000`, days: row.days }));
    const terms = stored.map(storedInstallmentTerm);

    expect(terms).toEqual([
      { percentage: '30', method: 'TT', trigger: 'on_order' },
      { percentage: '70', method: 'TT', trigger: 'days_after_bl', days: 60 },
    ]);
    expect(terms.map((term) => describeInstallment(term, 'zh'))).toEqual(rows.map((row) => row.labelZh));
    expect(terms.map((term) => describeInstallment(term, 'en'))).toEqual(rows.map((row) => row.label));
  });

  it('refuses a stored row that no payment term could have written', () => {
    const row = { trigger: 'on_order', method: 'TT', percentage: '30.0000', days: null };
    expect(() => storedInstallmentTerm({ ...row, trigger: 'on_arrival' })).toThrow(PaymentTermsError);
    expect(() => storedInstallmentTerm({ ...row, method: 'CHEQUE' })).toThrow(PaymentTermsError);
    expect(() => storedInstallmentTerm({ ...row, percentage: 'thirty' })).toThrow(PaymentTermsError);
    expect(() => storedInstallmentTerm({ ...row, trigger: 'days_after_bl' })).toThrow(PaymentTermsError);
  });
});

describe('addDays', () => {
  it.each([
    ['2024-02-01', 30, '2024-03-02'],
    ['2023-02-01', 30, '2023-03-03'],
    ['2024-12-15', 90, '2025-03-15'],
    ['2025-03-29', 2, '2025-03-31'],
    ['2025-10-25', 7, '2025-11-01'],
  ])('%s + %i days is %s (leap years, year ends, DST weekends)', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});

describe('applyReceived', () => {
  const rows = scheduleInstallments(parsePaymentTerms('T/T 30/70'), context(Money.of('10000', 'USD')));
  const view = (result: ReturnType<typeof applyReceived<(typeof rows)[number]>>): string[][] =>
    result.installments.map((i) => [i.paid.toFixed(), i.open.toFixed()]);

  it('fills the deposit first, then the balance', () => {
    const result = applyReceived(rows, Money.of('4000', 'USD'));
    expect(view(result)).toEqual([
      ['3000.00', '0.00'],
      ['1000.00', '6000.00'],
    ]);
    expect(result.overpayment.isZero()).toBe(true);
  });

  it('leaves everything open when nothing was received', () => {
    expect(view(applyReceived(rows, Money.zero('USD')))).toEqual([
      ['0.00', '3000.00'],
      ['0.00', '7000.00'],
    ]);
  });

  it('settles every installment exactly at the total', () => {
    const result = applyReceived(rows, Money.of('10000', 'USD'));
    expect(result.installments.every((i) => i.open.isZero())).toBe(true);
    expect(result.overpayment.isZero()).toBe(true);
  });

  it('reports an overpayment separately and never overfills an installment', () => {
    const result = applyReceived(rows, Money.of('10250.50', 'USD'));
    expect(view(result)).toEqual([
      ['3000.00', '0.00'],
      ['7000.00', '0.00'],
    ]);
    expect(result.overpayment.toFixed()).toBe('250.50');
  });

  it('applies in sequence order even when given out of order', () => {
    const result = applyReceived([rows[1], rows[0]], Money.of('3000', 'USD'));
    expect(result.installments.map((i) => [i.sequence, i.paid.toFixed()])).toEqual([
      [1, '3000.00'],
      [2, '0.00'],
    ]);
  });

  it('works on any rows with a sequence and an amount', () => {
    const result = applyReceived([{ sequence: 1, amount: Money.of('100', 'JPY'), id: 'a' }], Money.of('40', 'JPY'));
    expect(result.installments[0]).toMatchObject({ id: 'a' });
    expect(result.installments[0].open.toFixed()).toBe('60');
  });

  it('refuses a negative received amount and another currency', () => {
    expect(() => applyReceived(rows, Money.of('-1', 'USD'))).toThrow(PaymentTermsError);
    expect(() => applyReceived(rows, Money.of('1', 'EUR'))).toThrow(/USD and EUR|EUR and USD/);
  });
});
