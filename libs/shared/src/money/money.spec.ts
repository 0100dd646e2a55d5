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
  describe('fixed (a stored amount to its minor units)', () => {
    const cases: [string, string, string][] = [
      ['6663.3300', 'USD', '6663.33'], ['6663.3350', 'USD', '6663.34'], ['12', 'USD', '12.00'], ['12.5', 'EUR', '12.50'],
      ['333333.0000', 'JPY', '333333'], ['1.5000', 'JPY', '2'], ['0.1250', 'BHD', '0.125'], ['-4.2000', 'GBP', '-4.20'],
      ['-0.0000', 'USD', '0.00'], ['0.0000', 'USD', '0.00'], ['007.10', 'USD', '7.10'], ['-0.0049', 'USD', '-0.00'], ['99.995', 'USD', '100.00'],
    ];
    it.each(cases)('%s %s is %s, as Money.of(…).toFixed() says', (amount, currency, expected) => {
      expect(Money.fixed(amount, currency)).toBe(expected);
      expect(Money.fixed(amount, currency)).toBe(Money.of(amount, currency).toFixed());
    });

    it('refuses what Money.of refuses', () => {
      expect(() => Money.fixed('12.00', 'XYZ')).toThrow('unknown currency "XYZ"');
      expect(() => Money.fixed('1,200.00', 'USD')).toThrow('"1,200.00" is not a decimal amount');
    });
  });
});
