// No i18n here: a unit spec loads this file without the i18n set-up (money.ts passes the UI language).
import { isDecimalString } from './decimalText';

/** A money value as the API sends it: a decimal string and an ISO 4217 code. */
export interface MoneyValue {
  amount: string;
  currency: string;
}

/** The amount in `locale` with `options`; "12.50 XYZ" for a code Intl does not know. */
export function formatCurrencyIn(locale: string, money: MoneyValue, options: Intl.NumberFormatOptions = {}): string {
  try {
    // The decimal string itself: Intl formats it exactly, where a Number would round amounts past 15
    // significant digits (1,524,157,876,253,620.99 showed as …621.00). No arithmetic is done here.
    const amount = isDecimalString(money.amount) ? (money.amount.trim() as Intl.StringNumericLiteral) : Number(money.amount);
    return new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency, ...options }).format(amount);
  } catch {
    return `${money.amount} ${money.currency}`;
  }
}
