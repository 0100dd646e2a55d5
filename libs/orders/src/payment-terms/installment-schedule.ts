import { Money, decimal, isDecimalString } from '@tradewind/shared';
import { addDays, assertIsoDate } from './iso-date';
import { describeInstallment } from './payment-terms.formatter';
import {
  INSTALLMENT_TRIGGERS,
  InstallmentTerm,
  InstallmentTrigger,
  PAYMENT_METHODS,
  PaymentMethod,
  PaymentTerms,
  PaymentTermsError,
  installmentDays,
  isDaysTrigger,
} from './payment-terms';

/** Dates of the order's events as far as they are known (YYYY-MM-DD). */
export interface ScheduleContext {
  total: Money;
  orderDate: string;
  expectedShipDate?: string | null;
  blDate?: string | null;
  invoiceDate?: string | null;
}

export interface ScheduledInstallment {
  /** 1-based, in the order the installments fall due; received money is applied in this order. */
  sequence: number;
  trigger: InstallmentTrigger;
  method: PaymentMethod;
  percentage: string;
  days: number | null;
  amount: Money;
  /** null until the event that triggers the installment has a date. */
  dueDate: string | null;
  label: string;
  labelZh: string;
}

/**
 * Splits the order total over the installments, each rounded to the currency's minor unit with the
 * last one taking the remainder, so the amounts always sum exactly to the (rounded) total.
 */
export function scheduleInstallments(terms: PaymentTerms, context: ScheduleContext): ScheduledInstallment[] {
  if (context.total.isNegative()) {
    throw new PaymentTermsError(
      'NEGATIVE_AMOUNT',
      `cannot schedule payments for a negative total (${context.total.toFixed()})`,
      `总额为负（${context.total.toFixed()}），无法安排收款`,
    );
  }
  assertIsoDate(context.orderDate, 'order date', '下单日期');
  for (const [name, nameZh, value] of [
    ['expected ship date', '预计出货日期', context.expectedShipDate],
    ['B/L date', '提单日期', context.blDate],
    ['invoice date', '发票日期', context.invoiceDate],
  ] as const) {
    if (value) assertIsoDate(value, name, nameZh);
  }

  const amounts = context.total.allocate(terms.installments.map((term) => term.percentage));
  const only = terms.installments.length === 1;
  return terms.installments.map((term, i) => ({
    sequence: i + 1,
    trigger: term.trigger,
    method: term.method,
    percentage: term.percentage,
    days: installmentDays(term),
    amount: amounts[i],
    dueDate: dueDate(term, context),
    label: describeInstallment(term, 'en', only),
    labelZh: describeInstallment(term, 'zh', only),
  }));
}

/** A scheduled installment as stored: the fields of its term as plain columns. */
export interface StoredInstallment {
  trigger: string;
  method: string;
  /** As a numeric column reads back, e.g. "30.0000". */
  percentage: string;
  days: number | null;
}

/**
 * The term a stored installment was scheduled from, to describe it in any language: the stored label
 * is English only. Refuses a row that no valid term could have written.
 */
export function storedInstallmentTerm(row: StoredInstallment): InstallmentTerm {
  const unreadable = (): PaymentTermsError =>
    new PaymentTermsError(
      'PAYMENT_TERMS_UNREADABLE',
      `stored installment ${row.percentage}% ${row.method} ${row.trigger} (days: ${row.days}) is not a payment term`,
      `已存的分期 ${row.percentage}% ${row.method} ${row.trigger}（天数：${row.days}）不是有效的付款条件`,
    );
  const trigger = INSTALLMENT_TRIGGERS.find((known) => known === row.trigger);
  const method = PAYMENT_METHODS.find((known) => known === row.method);
  if (!trigger || !method || !isDecimalString(row.percentage)) throw unreadable();
  const percentage = decimal(row.percentage).toFixed();
  if (!isDaysTrigger(trigger)) return { percentage, method, trigger };
  if (row.days === null) throw unreadable();
  return { percentage, method, trigger, days: row.days };
}

function dueDate(term: InstallmentTerm, context: ScheduleContext): string | null {
  switch (term.trigger) {
    case 'on_order':
      return context.orderDate;
    case 'before_shipment':
      return context.expectedShipDate ?? null;
    // Sight payments fall due when the shipping documents exist, i.e. at the B/L date.
    case 'against_bl_copy':
    case 'lc_at_sight':
    case 'dp_at_sight':
      return context.blDate ?? null;
    case 'days_after_bl':
      return context.blDate ? addDays(context.blDate, term.days) : null;
    case 'days_after_invoice':
      return context.invoiceDate ? addDays(context.invoiceDate, term.days) : null;
  }
}

export interface ReceivedAllocation<T> {
  installments: (T & { paid: Money; open: Money })[];
  /** What was received beyond all installments; zero when nothing. */
  overpayment: Money;
}

/**
 * Applies an order-level received amount to installments in sequence order, filling each one before
 * the next, never beyond its amount; the excess is reported as overpayment.
 */
export function applyReceived<T extends { sequence: number; amount: Money }>(
  installments: readonly T[],
  received: Money,
): ReceivedAllocation<T> {
  if (received.isNegative()) {
    throw new PaymentTermsError(
      'NEGATIVE_AMOUNT',
      `received amount cannot be negative (${received.toFixed()})`,
      `已收金额不能为负（${received.toFixed()}）`,
    );
  }
  let remaining = received;
  const applied = [...installments]
    .sort((a, b) => a.sequence - b.sequence)
    .map((installment) => {
      const paid = remaining.min(installment.amount);
      remaining = remaining.subtract(paid);
      return { ...installment, paid, open: installment.amount.subtract(paid) };
    });
  return { installments: applied, overpayment: remaining };
}
