import { currentLanguage } from '../i18n/language';
import { formatCurrencyIn, type MoneyValue } from './currencyFormat';
import { DECIMAL, isDecimalString } from './decimalText';

export type { MoneyValue } from './currencyFormat';

/** The amount in the UI language with `options`. */
function formatCurrency(money: MoneyValue, options: Intl.NumberFormatOptions = {}): string {
  return formatCurrencyIn(currentLanguage(), money, options);
}

/** "US$12,345.00" / "US$12,345.00" in the UI language; the API sends decimal strings. */
export function formatMoney(money: MoneyValue): string {
  return formatCurrency(money);
}

/** "$182K" / "US$18万": a figure to read at a glance, in the UI language (display only). */
export function formatMoneyCompact(money: MoneyValue): string {
  return formatCurrency(money, { notation: 'compact', maximumSignificantDigits: 3 });
}

/**
 * A unit price as stored: at least the currency's minor unit digits, more when the price has them
 * ("1.005" → "US$1.005", "2.4" → "US$2.40"); formatMoney would round it to the minor unit.
 */
export function formatUnitPrice(money: MoneyValue): string {
  const fraction = isDecimalString(money.amount) ? (money.amount.trim().split('.')[1] ?? '').replace(/0+$/, '') : '';
  const digits = Math.max(currencyDigits(money.currency), fraction.length);
  return formatCurrency(money, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Like formatMoney, for optional values. */
export function formatMoneyOrDash(money: MoneyValue | null | undefined): string {
  return money ? formatMoney(money) : '—';
}

/** Minor unit digits of a currency (2 for USD, 0 for JPY). */
export function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

// Exact decimal arithmetic on strings for the editors' live previews (the server's figures are the truth):
// a value is an integer count of 10^-scale units, so nothing goes through binary floating point.
interface Decimal {
  units: bigint;
  scale: number;
}

export { isDecimalString };

function parse(value: string): Decimal | null {
  const match = DECIMAL.exec(value);
  if (!match) return null;
  const fraction = match[3] ?? '';
  const units = BigInt(`${match[2]}${fraction}`);
  return { units: match[1] ? -units : units, scale: fraction.length };
}

function rescale(value: Decimal, scale: number): Decimal {
  if (scale >= value.scale) return { units: value.units * 10n ** BigInt(scale - value.scale), scale };
  const divisor = 10n ** BigInt(value.scale - scale);
  const negative = value.units < 0n;
  const magnitude = negative ? -value.units : value.units;
  // Half away from zero, as commercial rounding does.
  const rounded = (magnitude + divisor / 2n) / divisor;
  return { units: negative ? -rounded : rounded, scale };
}

function format(value: Decimal): string {
  const negative = value.units < 0n;
  const digits = (negative ? -value.units : value.units).toString().padStart(value.scale + 1, '0');
  const whole = digits.slice(0, digits.length - value.scale);
  const fraction = value.scale ? `.${digits.slice(digits.length - value.scale)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** quantity × unit price, rounded to the currency's minor unit; null when either is not a number. */
export function lineAmount(quantity: string | null | undefined, unitPrice: string | null | undefined, currency: string): string | null {
  if (!isDecimalString(quantity) || !isDecimalString(unitPrice)) return null;
  const q = parse(quantity);
  const p = parse(unitPrice);
  if (!q || !p) return null;
  return format(rescale({ units: q.units * p.units, scale: q.scale + p.scale }, currencyDigits(currency)));
}

/** The sum of decimal strings, rounded to the currency's minor unit. */
export function sumAmounts(amounts: readonly string[], currency: string): string {
  const scale = currencyDigits(currency);
  let total = 0n;
  for (const amount of amounts) {
    const value = parse(amount);
    if (value) total += rescale(value, scale).units;
  }
  return format({ units: total, scale });
}

/** Whether a decimal string is more than zero. */
export function isPositive(amount: string): boolean {
  const value = parse(amount);
  return value !== null && value.units > 0n;
}

/** A decimal string for reading: "1650.000" → "1,650", "30.0000" → "30" (display only). */
export function formatDecimal(value: string | null | undefined): string {
  if (!isDecimalString(value)) return value ?? '';
  const [whole, fraction = ''] = value.trim().split('.');
  const trimmed = fraction.replace(/0+$/, '');
  const negative = whole.startsWith('-');
  const digits = (negative ? whole.slice(1) : whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${digits}${trimmed ? `.${trimmed}` : ''}`;
}

/** A price for an input, with at least the currency's minor unit digits: "3.8" → "3.80", "0.125" stays (exact, no rounding). */
export function priceInputText(amount: string, currency: string): string {
  const value = parse(amount);
  if (!value) return amount;
  return format(value.scale >= currencyDigits(currency) ? value : rescale(value, currencyDigits(currency)));
}
