import { decimal, isDecimalString, parseCurrencyCode, type CurrencyCode } from '@tradewind/shared';

/** A parsed cell: the value, or what is wrong with the text (without the row and field prefix). */
export type CellResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const problem = <T>(text: string): CellResult<T> => ({ ok: false, problem: text });

// What people type into a cell that has nothing to say.
const PLACEHOLDERS = new Set(['-', '--', '—', '/', 'n/a', 'na', '无']);

/** The trimmed cell, or undefined when it is blank or a placeholder. */
export function cellValue(cell: string | undefined): string | undefined {
  const value = cell?.trim();
  if (!value || PLACEHOLDERS.has(value.normalize('NFKC').toLowerCase())) return undefined;
  return value;
}

/** Collapses runs of whitespace (order numbers and names are compared and stored this way). */
export function collapseSpaces(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

const THOUSANDS = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;

/** A decimal written with a dot; NFKC first so full-width digits typed in a Chinese IME pass. */
export function parseDecimalCell(raw: string): CellResult<string> {
  const text = raw.normalize('NFKC').trim();
  if (isDecimalString(text)) return ok(decimal(text).toFixed());
  if (THOUSANDS.test(text)) return problem(`"${raw}" is not a number (use a dot for decimals and no thousands separators)`);
  if (/^-?\d+,\d+$/.test(text)) return problem(`"${raw}" is not a number (use a dot for decimals)`);
  return problem(`"${raw}" is not a number`);
}

/** A decimal above zero (quantities). */
export function parsePositiveCell(raw: string): CellResult<string> {
  const parsed = parseDecimalCell(raw);
  if (!parsed.ok) return parsed;
  if (decimal(parsed.value).isNegative()) return problem(`"${raw}" is negative`);
  if (decimal(parsed.value).isZero()) return problem(`"${raw}" must be above 0`);
  return parsed;
}

/** A decimal of zero or more (prices, where 0 is a free sample, and amounts received). */
export function parseNonNegativeCell(raw: string): CellResult<string> {
  const parsed = parseDecimalCell(raw);
  if (!parsed.ok) return parsed;
  if (decimal(parsed.value).isNegative() && !decimal(parsed.value).isZero()) return problem(`"${raw}" is negative`);
  return ok(decimal(parsed.value).abs().toFixed());
}

// Names Chinese sales staff type for the currencies they invoice in most.
const CURRENCY_ALIASES: Readonly<Record<string, string>> = {
  RMB: 'CNY',
  人民币: 'CNY',
  US$: 'USD',
  美元: 'USD',
  美金: 'USD',
  欧元: 'EUR',
  英镑: 'GBP',
  日元: 'JPY',
};

export function parseCurrencyCell(raw: string): CellResult<CurrencyCode> {
  const text = raw.normalize('NFKC').trim();
  const code = parseCurrencyCode(CURRENCY_ALIASES[text.toUpperCase()] ?? text);
  return code ? ok(code) : problem(`"${raw}" is not a currency (use an ISO 4217 code such as USD, EUR or CNY)`);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/;
// Serial numbers are days since 1899-12-30 (Excel's epoch, which absorbs its 1900 leap-year bug for
// dates after February 1900). Only 1970–2099 is accepted: other numbers are not dates anyone meant.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const SERIAL_MIN = 25_569; // 1970-01-01
const SERIAL_MAX = 73_050; // 2099-12-31
const DAY_MS = 86_400_000;

/**
 * A calendar date: ISO (2026-03-05, also with a time as the sheet reader renders date-time cells)
 * or an Excel serial number from a cell the sheet did not format as a date.
 */
export function parseDateCell(raw: string): CellResult<string> {
  const text = raw.normalize('NFKC').trim();
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const date = `${iso[1]}-${iso[2]}-${iso[3]}`;
    // Date.UTC rolls 2026-02-30 over to March, so compare the round trip.
    const roundTrip = new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]))).toISOString().slice(0, 10);
    return roundTrip === date ? ok(date) : problem(`"${raw}" is not a calendar date`);
  }
  if (/^\d+(\.\d+)?$/.test(text)) {
    const days = Math.floor(Number(text));
    if (days >= SERIAL_MIN && days <= SERIAL_MAX) {
      return ok(new Date(EXCEL_EPOCH_MS + days * DAY_MS).toISOString().slice(0, 10));
    }
  }
  return problem(`"${raw}" is not a date (write it as YYYY-MM-DD, e.g. 2026-03-05)`);
}
