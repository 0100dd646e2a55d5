import type { CellValue } from 'exceljs';

// Excel keeps 15 significant digits; more digits in a double are binary noise (0.1 + 0.2).
const EXCEL_DIGITS = 15;

/** A number as Excel shows it in full: plain decimal notation, at most 15 significant digits. */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return value.toFixed(0);
  return plainNotation(String(Number(value.toPrecision(EXCEL_DIGITS))));
}

/** Writes "1.5e-7" as "0.00000015" so decimal parsers that refuse exponents accept it. */
function plainNotation(text: string): string {
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign, head, tail = '', exponentText] = match;
  const exponent = Number(exponentText);
  const digits = head + tail;
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  const point = 1 + exponent;
  return point >= digits.length
    ? `${sign}${digits}${'0'.repeat(point - digits.length)}`
    : `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

function isoDate(date: Date): string {
  const iso = date.toISOString();
  // Excel dates carry no zone; exceljs reads them as UTC. A date without time shows as a date.
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}

/** A cell as text, as it reads in the sheet: rich text joined, a link's text, a formula's result, dates as ISO. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDate(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) {
    const text = cellText(value.text as CellValue);
    return text !== '' ? text : value.hyperlink.replace(/^mailto:/i, '');
  }
  if ('formula' in value || 'sharedFormula' in value) return value.result === undefined ? '' : cellText(value.result);
  // An error value (#N/A …) holds nothing to import.
  return '';
}
