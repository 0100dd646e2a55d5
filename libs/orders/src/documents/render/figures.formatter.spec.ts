import { formatDate, formatDecimal, formatMoney, formatUnitPrice, groupThousands } from './figures.formatter';

describe('document figures', () => {
  it('groups thousands on the decimal string, keeping sign and decimals', () => {
    expect(groupThousands('1234567.891')).toBe('1,234,567.891');
    expect(groupThousands('-1000')).toBe('-1,000');
    expect(groupThousands('999.5')).toBe('999.5');
  });

  it('prints amounts at the minor unit of their currency', () => {
    expect(formatMoney('1234567.5', 'USD')).toBe('1,234,567.50');
    expect(formatMoney('377000', 'JPY')).toBe('377,000');
    expect(formatMoney('1234.5', 'JPY')).toBe('1,235');
    expect(formatMoney('1.0005', 'KWD')).toBe('1.001');
  });

  it('prints amounts beyond the precision of JS numbers exactly', () => {
    expect(formatMoney('9007199254740993.99', 'USD')).toBe('9,007,199,254,740,993.99');
  });

  it('keeps the extra decimals of a unit price and pads it to the minor unit', () => {
    expect(formatUnitPrice('0.0125', 'USD')).toBe('0.0125');
    expect(formatUnitPrice('12', 'USD')).toBe('12.00');
    expect(formatUnitPrice('1250', 'JPY')).toBe('1,250');
  });

  it('prints quantities, weights and volumes as precise as given', () => {
    expect(formatDecimal('12000')).toBe('12,000');
    expect(formatDecimal('12.50')).toBe('12.5');
    expect(formatDecimal('1250.5', 2)).toBe('1,250.50');
    expect(formatDecimal('0.0625', 3)).toBe('0.0625');
  });

  it('writes dates as ISO in English and with 年月日 in Chinese', () => {
    expect(formatDate('2026-03-02', 'en')).toBe('2026-03-02');
    expect(formatDate('2026-03-02', 'zh')).toBe('2026年3月2日');
  });
});
