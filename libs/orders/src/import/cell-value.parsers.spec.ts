import {
  cellValue,
  parseCurrencyCell,
  parseDateCell,
  parseDecimalCell,
  parseNonNegativeCell,
  parsePositiveCell,
} from './cell-value.parsers';

describe('cellValue', () => {
  it.each(['', '  ', '-', 'N/A', '无'])('treats %p as blank', (cell) => {
    expect(cellValue(cell)).toBeUndefined();
  });
});

describe('parseDecimalCell', () => {
  it.each([
    ['12.50', '12.5'],
    [' 100 ', '100'],
    ['0.0001', '0.0001'],
    ['１２.５', '12.5'],
  ])('reads %p as %p', (raw, value) => {
    expect(parseDecimalCell(raw)).toEqual({ ok: true, value });
  });

  it.each([
    ['12,50', '"12,50" is not a number (use a dot for decimals)'],
    ['1,000', '"1,000" is not a number (use a dot for decimals and no thousands separators)'],
    ['1,234.50', '"1,234.50" is not a number (use a dot for decimals and no thousands separators)'],
    ['$12', '"$12" is not a number'],
    ['1e3', '"1e3" is not a number'],
  ])('refuses %p', (raw, problem) => {
    expect(parseDecimalCell(raw)).toEqual({ ok: false, problem });
  });

  it('tells negative and zero quantities apart, and allows a zero price', () => {
    expect(parsePositiveCell('-5')).toEqual({ ok: false, problem: '"-5" is negative' });
    expect(parsePositiveCell('0')).toEqual({ ok: false, problem: '"0" must be above 0' });
    expect(parseNonNegativeCell('0.00')).toEqual({ ok: true, value: '0' });
    expect(parseNonNegativeCell('-0.01')).toEqual({ ok: false, problem: '"-0.01" is negative' });
  });
});

describe('parseDateCell', () => {
  it.each([
    ['2026-03-05', '2026-03-05'],
    ['2026-03-05 14:30:00', '2026-03-05'],
    ['2024-02-29', '2024-02-29'],
    ['46086', '2026-03-05'],
    ['46086.5', '2026-03-05'],
    ['25569', '1970-01-01'],
  ])('reads %p as %s (ISO, a date-time cell, an Excel serial number)', (raw, value) => {
    expect(parseDateCell(raw)).toEqual({ ok: true, value });
  });

  it.each(['2026-02-30', '05/03/2026', '2026/3/5', '2026', '20260305', 'tomorrow'])('refuses %p', (raw) => {
    expect(parseDateCell(raw).ok).toBe(false);
  });

  it('says how to write a date', () => {
    expect(parseDateCell('05/03/2026')).toEqual({
      ok: false,
      problem: '"05/03/2026" is not a date (write it as YYYY-MM-DD, e.g. 2026-03-05)',
    });
  });
});

describe('parseCurrencyCell', () => {
  it.each([
    ['usd', 'USD'],
    [' EUR ', 'EUR'],
    ['RMB', 'CNY'],
    ['人民币', 'CNY'],
    ['美元', 'USD'],
    ['US$', 'USD'],
    ['jpy', 'JPY'],
  ])('reads %p as %s', (raw, code) => {
    expect(parseCurrencyCell(raw)).toEqual({ ok: true, value: code });
  });

  it('refuses an unknown currency, naming the expected form', () => {
    expect(parseCurrencyCell('XYZ')).toEqual({
      ok: false,
      problem: '"XYZ" is not a currency (use an ISO 4217 code such as USD, EUR or CNY)',
    });
  });
});
