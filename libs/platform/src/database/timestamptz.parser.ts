import { types } from 'pg';

const TIMESTAMPTZ_OID = 1184;
const parseAnyTimestamptz = types.getTypeParser(TIMESTAMPTZ_OID, 'text') as (text: string) => Date | number;

const DIGIT_0 = 48;

/** The number written by the ASCII digits of `text` from `start` to before `end`; NaN at a non-digit. */
function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - DIGIT_0;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * A timestamptz as PostgreSQL writes it in a UTC session ("2026-12-05 16:57:58.613688+00"), read
 * without regular expressions; anything else (another offset, BC, infinity, a year before 1000) goes
 * to pg's own parser. pg's parser (postgres-date) was 2% of the API's CPU on list pages, which carry a
 * few timestamps a row; this one gives the same Date, milliseconds truncated as there.
 */
export function parseTimestamptz(text: string): Date | number {
  const length = text.length;
  const fraction = length > 22 ? length - 23 : 0;
  const plain =
    (length === 22 || (length >= 24 && length <= 29 && text.charCodeAt(19) === 46)) /* "." */ &&
    text.charCodeAt(length - 3) === 43 /* "+" */ && text.charCodeAt(length - 2) === DIGIT_0 && text.charCodeAt(length - 1) === DIGIT_0 &&
    text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45 && text.charCodeAt(10) === 32 && text.charCodeAt(13) === 58 && text.charCodeAt(16) === 58;
  if (plain) {
    const year = digits(text, 0, 4);
    if (fraction > 0 && Number.isNaN(digits(text, 20, 20 + fraction))) return parseAnyTimestamptz(text);
    // Milliseconds are the fraction's first three digits ("613688" → 613, "5" → 500).
    const millis = fraction === 0 ? 0 : digits(text, 20, 20 + Math.min(fraction, 3)) * 10 ** (3 - Math.min(fraction, 3));
    const time = Date.UTC(year, digits(text, 5, 7) - 1, digits(text, 8, 10), digits(text, 11, 13), digits(text, 14, 16), digits(text, 17, 19), millis);
    if (year >= 1000 && !Number.isNaN(time)) return new Date(time);
  }
  return parseAnyTimestamptz(text);
}

/** Makes every pg client of the process read timestamptz columns with parseTimestamptz. */
export function useFastTimestamptzParser(): void {
  types.setTypeParser(TIMESTAMPTZ_OID, parseTimestamptz);
}
