import { formatPaymentTerms } from './payment-terms.formatter';
import { parsePaymentTerms } from './payment-terms.parser';
import { InstallmentTerm, PaymentTermsError } from './payment-terms';

function parseError(input: string): PaymentTermsError {
  try {
    parsePaymentTerms(input);
  } catch (error) {
    if (error instanceof PaymentTermsError) return error;
    throw error;
  }
  throw new Error(`expected "${input}" to be rejected`);
}

const deposit = (percentage: string): InstallmentTerm => ({ percentage, method: 'TT', trigger: 'on_order' });
const beforeShipment = (percentage: string): InstallmentTerm => ({
  percentage,
  method: 'TT',
  trigger: 'before_shipment',
});
const againstCopy = (percentage: string): InstallmentTerm => ({ percentage, method: 'TT', trigger: 'against_bl_copy' });

const FORMS: readonly (readonly [string, readonly InstallmentTerm[]])[] = [
  // The forms orders:import depends on.
  ['T/T 30/70', [deposit('30'), beforeShipment('70')]],
  ['T/T30/70', [deposit('30'), beforeShipment('70')]],
  ['30% T/T deposit, 70% before shipment', [deposit('30'), beforeShipment('70')]],
  ['100% T/T in advance', [deposit('100')]],
  ['L/C at sight', [{ percentage: '100', method: 'LC', trigger: 'lc_at_sight' }]],
  ['D/P at sight', [{ percentage: '100', method: 'DP', trigger: 'dp_at_sight' }]],
  ['Net 30', [{ percentage: '100', method: 'OA', trigger: 'days_after_invoice', days: 30 }]],
  ['O/A 60 days', [{ percentage: '100', method: 'OA', trigger: 'days_after_bl', days: 60 }]],
  // Variants.
  ['TT 30% deposit 70% against BL copy', [deposit('30'), againstCopy('70')]],
  ['30% deposit, balance against B/L copy', [deposit('30'), againstCopy('70')]],
  ['T/T 50/50', [deposit('50'), beforeShipment('50')]],
  ['100% TT before shipment', [beforeShipment('100')]],
  ['Net 60 days', [{ percentage: '100', method: 'OA', trigger: 'days_after_invoice', days: 60 }]],
  ['60 days after B/L', [{ percentage: '100', method: 'OA', trigger: 'days_after_bl', days: 60 }]],
  ['OA 90', [{ percentage: '100', method: 'OA', trigger: 'days_after_bl', days: 90 }]],
  ['LC at sight', [{ percentage: '100', method: 'LC', trigger: 'lc_at_sight' }]],
  ['DP', [{ percentage: '100', method: 'DP', trigger: 'dp_at_sight' }]],
  ['30%定金，70%见提单复印件付款', [deposit('30'), againstCopy('70')]],
  ['电汇30%定金，余款发货前付清', [deposit('30'), beforeShipment('70')]],
  ['即期信用证', [{ percentage: '100', method: 'LC', trigger: 'lc_at_sight' }]],
  ['Payment terms: T/T 30% deposit, balance 70% before shipment', [deposit('30'), beforeShipment('70')]],
  ['30% deposit balance before shipment', [deposit('30'), beforeShipment('70')]],
  ['30% T/T deposit, 70% L/C at sight', [deposit('30'), { percentage: '70', method: 'LC', trigger: 'lc_at_sight' }]],
  ['30% deposit, 70% by L/C', [deposit('30'), { percentage: '70', method: 'LC', trigger: 'lc_at_sight' }]],
  [
    'T/T: 30% deposit, 70% 30 days after B/L',
    [deposit('30'), { percentage: '70', method: 'TT', trigger: 'days_after_bl', days: 30 }],
  ],
  [
    '30% deposit, 70% 30 days after B/L date by T/T',
    [deposit('30'), { percentage: '70', method: 'TT', trigger: 'days_after_bl', days: 30 }],
  ],
  ['30% deposit and 70% before shipment, by wire transfer', [deposit('30'), beforeShipment('70')]],
  ['30% down payment, 70% upon receipt of B/L copy', [deposit('30'), againstCopy('70')]],
  ['T/T 30% advance, balance against the copy of B/L', [deposit('30'), againstCopy('70')]],
  ['L/C 100% at sight', [{ percentage: '100', method: 'LC', trigger: 'lc_at_sight' }]],
  ['Net 30 days from invoice date', [{ percentage: '100', method: 'OA', trigger: 'days_after_invoice', days: 30 }]],
  ['100% irrevocable L/C at sight', [{ percentage: '100', method: 'LC', trigger: 'lc_at_sight' }]],
  ['L/C 60 days after B/L', [{ percentage: '100', method: 'LC', trigger: 'days_after_bl', days: 60 }]],
  ['D/A 60 days', [{ percentage: '100', method: 'DA', trigger: 'days_after_bl', days: 60 }]],
  ['O/A 60 days after invoice', [{ percentage: '100', method: 'OA', trigger: 'days_after_invoice', days: 60 }]],
  ['３０％ Ｔ／Ｔ deposit，７０％ before shipment', [deposit('30'), beforeShipment('70')]],
  [
    '33.33% deposit, 33.33% before shipment, 33.34% against BL copy',
    [deposit('33.33'), beforeShipment('33.33'), againstCopy('33.34')],
  ],
];

describe('parsePaymentTerms', () => {
  it.each(FORMS)('reads "%s"', (text, installments) => {
    expect(parsePaymentTerms(text).installments).toEqual(installments);
  });

  it.each(FORMS)('formats "%s" in English and Chinese text that parses back to the same terms', (text) => {
    const terms = parsePaymentTerms(text);
    expect(parsePaymentTerms(formatPaymentTerms(terms, 'en'))).toEqual(terms);
    expect(parsePaymentTerms(formatPaymentTerms(terms, 'zh'))).toEqual(terms);
  });

  it('writes the canonical text', () => {
    expect(formatPaymentTerms(parsePaymentTerms('T/T 30/70'), 'en')).toBe('30% T/T deposit, 70% T/T before shipment');
    expect(formatPaymentTerms(parsePaymentTerms('T/T 30/70'), 'zh')).toBe('30%电汇定金，70%电汇发货前付款');
    expect(formatPaymentTerms(parsePaymentTerms('100% T/T in advance'), 'en')).toBe('100% T/T in advance');
    expect(formatPaymentTerms(parsePaymentTerms('Net 30'), 'en')).toBe('100% O/A 30 days after invoice');
    expect(formatPaymentTerms(parsePaymentTerms('O/A 60 days'), 'zh')).toBe('100%赊销提单日后60天付款');
    expect(formatPaymentTerms(parsePaymentTerms('L/C at sight'), 'zh')).toBe('100%即期信用证');
  });

  it.each([
    ['30% deposit, 70% after shipment', 'PAYMENT_TERMS_UNREADABLE', '"after shipment"', '无法识别的内容：“after shipment”'],
    ['T/T', 'PAYMENT_TERMS_UNREADABLE', 'does not say when "T/T" is due', '没有写明“T/T”何时付款'],
    ['电汇', 'PAYMENT_TERMS_UNREADABLE', 'does not say when "T/T" is due', '付款方式“电汇”没有写明“T/T”何时付款'],
    ['D/A', 'PAYMENT_TERMS_UNREADABLE', 'does not say when "D/A" is due', '没有写明“D/A”何时付款'],
    ['at sight', 'PAYMENT_TERMS_UNREADABLE', 'without L/C or D/P', '没有写信用证（L/C）或付款交单（D/P）'],
    ['30% deposit, 60% before shipment', 'PERCENTAGES_NOT_100', 'add up to 90%', '各期合计 90%，不是 100%（30% + 60%）'],
    ['30% deposit, 80% before shipment', 'PERCENTAGES_NOT_100', 'add up to 110%', '各期合计 110%'],
    ['100% deposit, balance before shipment', 'PERCENTAGES_NOT_100', 'leaving no balance', '已写明的比例合计 100%，没有余款可分'],
    [
      '30% deposit, balance before shipment, balance against B/L copy',
      'PAYMENT_TERMS_UNREADABLE',
      'more than one balance',
      '有不止一期余款没有写比例',
    ],
    ['30% deposit, before shipment', 'PAYMENT_TERMS_UNREADABLE', 'does not say what share "before shipment" is', '没有写明“before shipment”的比例'],
    ['30% deposit, 70% before shipment against B/L copy', 'PAYMENT_TERMS_UNREADABLE', 'more than one due point', '写了不止一个付款时点'],
    ['30% T/T deposit, 70% L/C D/P at sight', 'PAYMENT_TERMS_UNREADABLE', 'two payment methods', '写了两种付款方式（LC、DP）'],
    ['30% 40% deposit, 70% before shipment', 'PAYMENT_TERMS_UNREADABLE', 'two shares', '写了两个比例'],
    ['30% deposit 40%, 70% before shipment', 'PAYMENT_TERMS_UNREADABLE', 'does not say when "40%" is due', '没有写明“40%”何时付款'],
    ['100% L/C deposit', 'METHOD_TRIGGER_MISMATCH', 'L/C cannot be due "on_order"', '信用证不能按“下单时（定金）”收款；信用证可用：即期信用证、提单日后 N 天'],
    ['T/T: 30% deposit, 70% before shipment, by L/C', 'PAYMENT_TERMS_UNREADABLE', 'two payment methods (TT and LC)', '为所有分期写了两种付款方式（TT 和 LC）'],
    ['   ', 'PAYMENT_TERMS_EMPTY', 'no payment terms', '未填写付款方式'],
    ['70% against B/L', 'PAYMENT_TERMS_UNREADABLE', '"against"', '无法识别的内容：“against”'],
    ['cash on delivery', 'PAYMENT_TERMS_UNREADABLE', '"delivery"', '“delivery”'],
    ['30%定金，余款到港后付', 'PAYMENT_TERMS_UNREADABLE', 'could not be understood', '无法识别的内容：“到港后”'],
  ])('rejects "%s" (%s) saying in English and Chinese what it could not understand', (text, code, fragment, fragmentZh) => {
    const error = parseError(text);
    expect(error.code).toBe(code);
    expect(error.message).toContain(fragment);
    expect(error.messageZh).toContain(fragmentZh);
  });
});
