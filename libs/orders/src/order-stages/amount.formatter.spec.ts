import { Money } from '@tradewind/shared';
import { formatAmount } from './amount.formatter';

describe('formatAmount', () => {
  it.each([
    ['7000', 'USD', 'USD 7,000.00'],
    ['0.5', 'USD', 'USD 0.50'],
    ['999', 'EUR', 'EUR 999.00'],
    ['1234567.891', 'EUR', 'EUR 1,234,567.89'],
    ['100001', 'JPY', 'JPY 100,001'],
    ['1234.5678', 'KWD', 'KWD 1,234.568'],
    ['-2500', 'USD', 'USD -2,500.00'],
  ])('writes %s %s as %s', (amount, currency, expected) => {
    expect(formatAmount(Money.of(amount, currency))).toBe(expected);
  });
});
