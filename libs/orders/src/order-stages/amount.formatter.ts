import { Money } from '@tradewind/shared';

/** "USD 7,000.00", "JPY 100,001": the amount at its minor unit with thousands separators, for messages. */
export function formatAmount(money: Money): string {
  const fixed = money.toFixed();
  const negative = fixed.startsWith('-');
  const [whole, fraction] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${money.currency} ${negative ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}
