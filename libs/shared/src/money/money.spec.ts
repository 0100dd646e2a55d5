import { Money, InvalidAmountError, CurrencyMismatchError, UnknownCurrencyError, minorUnits, parseCurrencyCode } from './index';

describe('Money', () => {
  it('adds decimal strings without binary rounding errors', () => {
    expect(Money.of('0.1', 'USD').add(Money.of('0.2', 'USD')).toFixed()).toBe('0.30');
  });

  it('knows each currency minor unit from ISO 4217', () => {
    expect(minorUnits('USD')).toBe(2);
    expect(minorUnits('JPY')).toBe(0);
    expect(minorUnits('KWD')).toBe(3);
    expect(Money.of('1234.5', 'JPY').toFixed()).toBe('1235');
    expect(Money.of('1.0005', 'KWD').toFixed()).toBe('1.001');
  });

  it('rounds half-up by default and half-even on request', () => {
    expect(Money.of('2.345', 'USD').round().toString()).toBe('2.35');
    expect(Money.of('2.345', 'USD').round('half-even').toString()).toBe('2.34');
    expect(Money.of('2.355', 'USD').round('half-even').toString()).toBe('2.36');
  });

  it('allocates by percentages so that the shares sum exactly to the total', () => {
    const shares = Money.of('1000.01', 'USD').allocate(['30', '70']);
    expect(shares.map((s) => s.toFixed())).toEqual(['300.00', '700.01']);
    const jpy = Money.of('100001', 'JPY').allocate(['33.33', '33.33', '33.34']);
    expect(jpy.map((s) => s.toFixed())).toEqual(['33330', '33330', '33341']);
    expect(Money.sum(jpy, 'JPY').toFixed()).toBe('100001');
  });

  it('refuses fractional JS numbers, malformed strings and unknown currencies', () => {
    expect(() => Money.of(0.1, 'USD')).toThrow(InvalidAmountError);
    expect(() => Money.of('1,000.00', 'USD')).toThrow(InvalidAmountError);
    expect(() => Money.of('12', 'ABC')).toThrow(UnknownCurrencyError);
    expect(() => Money.of('12', 'XXX')).toThrow(UnknownCurrencyError);
  });

  it('never mixes currencies', () => {
    expect(() => Money.of('1', 'USD').add(Money.of('1', 'EUR'))).toThrow(CurrencyMismatchError);
  });

  it('multiplies quantities and unit prices exactly', () => {
    expect(Money.of('19.99', 'EUR').multiply('3').toFixed()).toBe('59.97');
    expect(Money.of('0.333', 'USD').multiply('3').toString()).toBe('0.999');
  });

  it('parses user-typed currency codes', () => {
    expect(parseCurrencyCode(' usd ')).toBe('USD');
    expect(parseCurrencyCode('US$')).toBeUndefined();
  });
});
