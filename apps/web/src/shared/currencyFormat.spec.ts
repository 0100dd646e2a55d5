import { formatCurrencyIn } from './currencyFormat';

describe('formatCurrencyIn', () => {
  it('formats the decimal string exactly, beyond what a floating-point number holds', () => {
    expect(formatCurrencyIn('zh-CN', { amount: '1524157876253620.99', currency: 'EUR' })).toBe('€1,524,157,876,253,620.99');
    expect(formatCurrencyIn('en', { amount: '9007199254740993.01', currency: 'USD' })).toBe('$9,007,199,254,740,993.01');
  });

  it("rounds to the currency's minor unit as Intl does, and keeps the sign", () => {
    expect(formatCurrencyIn('zh-CN', { amount: '1.005', currency: 'USD' })).toBe('US$1.01');
    expect(formatCurrencyIn('zh-CN', { amount: '-5.025', currency: 'USD' })).toBe('-US$5.03');
    expect(formatCurrencyIn('en', { amount: '1234', currency: 'JPY' })).toBe('¥1,234');
  });

  it('passes options through (compact figures) and names an unknown code instead of failing', () => {
    expect(formatCurrencyIn('en', { amount: '182000', currency: 'USD' }, { notation: 'compact', maximumSignificantDigits: 3 })).toBe('$182K');
    expect(formatCurrencyIn('en', { amount: '12.50', currency: 'XY' })).toBe('12.50 XY');
  });
});
