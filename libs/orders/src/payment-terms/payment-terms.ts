import { decimal, isDecimalString } from '@tradewind/shared';
import type { InstallmentTrigger } from './trigger-names';

export { INSTALLMENT_TRIGGERS, type InstallmentTrigger } from './trigger-names';

export const PAYMENT_METHODS = ['TT', 'LC', 'DP', 'DA', 'OA'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** Triggers that count a number of days from a document date. */
export type DaysTrigger = 'days_after_bl' | 'days_after_invoice';
export type EventTrigger = Exclude<InstallmentTrigger, DaysTrigger>;

interface InstallmentTermBase {
  /** Share of the order total as a decimal string ("30", "33.33"). */
  percentage: string;
  method: PaymentMethod;
}
export type InstallmentTerm =
  (InstallmentTermBase & { trigger: EventTrigger }) | (InstallmentTermBase & { trigger: DaysTrigger; days: number });

/** Validated terms: percentages sum to exactly 100 and installments are in the order they fall due. */
export interface PaymentTerms {
  readonly installments: readonly InstallmentTerm[];
}

export type PaymentTermsErrorCode =
  | 'PAYMENT_TERMS_EMPTY'
  | 'PAYMENT_TERMS_UNREADABLE'
  | 'INVALID_PERCENTAGE'
  | 'PERCENTAGES_NOT_100'
  | 'INVALID_DAYS'
  | 'METHOD_TRIGGER_MISMATCH'
  | 'INVALID_DATE'
  | 'NEGATIVE_AMOUNT';

/** Why terms were refused, in English (the API's message) and in Chinese (the SPA's zh-CN forms). */
export class PaymentTermsError extends Error {
  constructor(
    readonly code: PaymentTermsErrorCode,
    message: string,
    readonly messageZh: string,
  ) {
    super(message);
  }
}

export const PAYMENT_METHOD_LABELS: Readonly<Record<PaymentMethod, { en: string; zh: string }>> = {
  TT: { en: 'T/T', zh: '电汇' },
  LC: { en: 'L/C', zh: '信用证' },
  DP: { en: 'D/P', zh: '付款交单' },
  DA: { en: 'D/A', zh: '承兑交单' },
  OA: { en: 'O/A', zh: '赊销' },
};

// Names of the due points in Chinese, for messages (the SPA has its own labels for display).
const TRIGGER_NAMES_ZH: Readonly<Record<InstallmentTrigger, string>> = {
  on_order: '下单时（定金）',
  before_shipment: '发货前',
  against_bl_copy: '见提单复印件',
  days_after_bl: '提单日后 N 天',
  days_after_invoice: '发票日后 N 天',
  lc_at_sight: '即期信用证',
  dp_at_sight: '即期付款交单',
};

// Which triggers each method can carry: an L/C pays at sight or at usance after B/L, D/A only at a usance, etc.
const METHOD_TRIGGERS: Readonly<Record<PaymentMethod, readonly InstallmentTrigger[]>> = {
  TT: ['on_order', 'before_shipment', 'against_bl_copy', 'days_after_bl', 'days_after_invoice'],
  LC: ['lc_at_sight', 'days_after_bl'],
  DP: ['dp_at_sight', 'days_after_bl'],
  DA: ['days_after_bl'],
  OA: ['days_after_bl', 'days_after_invoice'],
};

export function isDaysTrigger(trigger: InstallmentTrigger): trigger is DaysTrigger {
  return trigger === 'days_after_bl' || trigger === 'days_after_invoice';
}

export function methodAllowsTrigger(method: PaymentMethod, trigger: InstallmentTrigger): boolean {
  return METHOD_TRIGGERS[method].includes(trigger);
}

/** Days counted from the document date, or null for event triggers. */
export function installmentDays(term: InstallmentTerm): number | null {
  return 'days' in term ? term.days : null;
}

/**
 * Validates installments and returns them as PaymentTerms, ordered by when they fall due
 * (deposit, before shipment, at B/L, then by days) so received money is applied in that order.
 */
export function createPaymentTerms(installments: readonly InstallmentTerm[]): PaymentTerms {
  if (installments.length === 0) {
    throw new PaymentTermsError('PAYMENT_TERMS_EMPTY', 'payment terms need at least one installment', '付款方式至少需要一期');
  }
  const normalized = installments.map((term): InstallmentTerm => {
    if (!isDecimalString(term.percentage) || !decimal(term.percentage.trim()).greaterThan(0)) {
      throw new PaymentTermsError(
        'INVALID_PERCENTAGE',
        `"${term.percentage}" is not a percentage above 0 (write it as a decimal such as 30 or 33.33)`,
        `“${term.percentage}”不是大于 0 的百分比（请写成 30 或 33.33 这样的数字）`,
      );
    }
    if (!methodAllowsTrigger(term.method, term.trigger)) {
      throw new PaymentTermsError(
        'METHOD_TRIGGER_MISMATCH',
        `${PAYMENT_METHOD_LABELS[term.method].en} cannot be due "${term.trigger}"; ` +
          `${PAYMENT_METHOD_LABELS[term.method].en} allows ${METHOD_TRIGGERS[term.method].join(', ')}`,
        `${PAYMENT_METHOD_LABELS[term.method].zh}不能按“${TRIGGER_NAMES_ZH[term.trigger]}”收款；` +
          `${PAYMENT_METHOD_LABELS[term.method].zh}可用：${METHOD_TRIGGERS[term.method].map((t) => TRIGGER_NAMES_ZH[t]).join('、')}`,
      );
    }
    const percentage = decimal(term.percentage.trim()).toFixed();
    if (!('days' in term)) return { percentage, method: term.method, trigger: term.trigger };
    if (!Number.isInteger(term.days) || term.days <= 0) {
      throw new PaymentTermsError(
        'INVALID_DAYS',
        `${term.days} is not a whole number of days above 0`,
        `${term.days} 不是大于 0 的整天数`,
      );
    }
    return { percentage, method: term.method, trigger: term.trigger, days: term.days };
  });

  const sum = normalized.reduce((acc, term) => acc.plus(term.percentage), decimal(0));
  if (!sum.equals(100)) {
    throw new PaymentTermsError(
      'PERCENTAGES_NOT_100',
      `installments add up to ${sum.toFixed()}%, not 100% (${normalized.map((t) => `${t.percentage}%`).join(' + ')})`,
      `各期合计 ${sum.toFixed()}%，不是 100%（${normalized.map((t) => `${t.percentage}%`).join(' + ')}）`,
    );
  }
  // A stable sort keeps the written order among installments due at the same point.
  const ordered = normalized
    .map((term, index) => ({ term, index }))
    .sort((a, b) => dueRank(a.term) - dueRank(b.term) || a.index - b.index)
    .map(({ term }) => term);
  return { installments: ordered };
}

function dueRank(term: InstallmentTerm): number {
  switch (term.trigger) {
    case 'on_order':
      return 0;
    case 'before_shipment':
      return 1;
    case 'against_bl_copy':
    case 'lc_at_sight':
    case 'dp_at_sight':
      return 2;
    case 'days_after_bl':
    case 'days_after_invoice':
      return 3 + term.days;
  }
}
