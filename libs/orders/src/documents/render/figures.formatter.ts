import { Money, decimal, minorUnits } from '@tradewind/shared';
import { DocumentLanguage } from '../model';

/** "1234567.5" → "1,234,567.5"; works on the decimal string so no digit ever passes through a float. */
export function groupThousands(fixed: string): string {
  const negative = fixed.startsWith('-');
  const [whole, fraction] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** An amount at the currency's minor unit: "12,345.60" USD, "1,235" JPY, "1.001" KWD. */
export function formatMoney(amount: string, currency: string): string {
  return groupThousands(Money.of(amount, currency).toFixed());
}

/** A unit price: at least the minor unit, and every further decimal that was quoted ("0.125" stays). */
export function formatUnitPrice(amount: string, currency: string): string {
  return formatDecimal(amount, minorUnits(currency));
}

/** Quantities, weights and volumes: as precise as given, at least `minDecimals` ("1250.5", 2 → "1,250.50"). */
export function formatDecimal(value: string, minDecimals = 0): string {
  const d = decimal(value);
  return groupThousands(d.toFixed(Math.max(minDecimals, d.decimalPlaces())));
}

/** ISO dates stay ISO in English (unambiguous abroad); Chinese documents write 2026年3月5日. */
export function formatDate(isoDate: string, language: DocumentLanguage): string {
  if (language === 'en') return isoDate;
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}
