import { Workbook } from 'exceljs';
import type { CellValue } from 'exceljs';
import Papa from 'papaparse';
import { detectColumns, hasIdentityColumn, HEADER_SYNONYMS } from './column.detector';
import type { ColumnOverrides, Spreadsheet, SpreadsheetRow } from './customer-import.types';
import { ImportFileError } from './import.errors';

export const DEFAULT_MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export interface ReadSpreadsheetOptions {
  /** Larger files are refused before anything is parsed. */
  readonly maxBytes?: number;
  /** The user's column choices (see detectColumns). */
  readonly columns?: ColumnOverrides;
}

// The header may sit below a title line or two; further down, it is not a customer list.
const HEADER_SEARCH_ROWS = 10;
const SNIFF_BYTES = 64 * 1024;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Reads a customer list: CSV (UTF-8, with or without BOM; comma, semicolon or tab separated, detected)
 * or the first sheet of an .xlsx, told apart by content rather than name. Finds the header (the first
 * non-blank row naming a company, e-mail or website column, within the first rows) and maps its
 * columns. Throws ImportFileError when the file cannot be used at all.
 */
export async function readSpreadsheet(buffer: Uint8Array, fileName: string, options: ReadSpreadsheetOptions = {}): Promise<Spreadsheet> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES;
  if (buffer.length === 0) throw new ImportFileError('empty', `${fileName} is empty.`);
  if (buffer.length > maxBytes) {
    throw new ImportFileError(
      'too_large',
      `${fileName} is ${megabytes(buffer.length)}; files up to ${megabytes(maxBytes)} can be imported. Split it into smaller files.`,
    );
  }
  if (startsWith(buffer, ZIP_MAGIC)) return readXlsx(buffer, fileName, options.columns);
  if (startsWith(buffer, OLE_MAGIC) || /\.xls$/i.test(fileName)) {
    throw new ImportFileError('unsupported_format', `${fileName} is an old Excel (.xls) file. Save it as .xlsx or CSV and import that.`);
  }
  if (/\.xlsx$/i.test(fileName)) {
    throw new ImportFileError('invalid_xlsx', `${fileName} is not a valid .xlsx file.`);
  }
  return readCsv(decodeText(buffer, fileName), fileName, options.columns);
}

function decodeText(buffer: Uint8Array, fileName: string): string {
  // Excel's "Unicode Text" export is UTF-16: text, but not the encoding asked for.
  if (startsWith(buffer, [0xff, 0xfe]) || startsWith(buffer, [0xfe, 0xff])) {
    throw new ImportFileError(
      'not_utf8',
      `${fileName} is UTF-16 text. In Excel, save it as "CSV UTF-8 (Comma delimited)", or import the .xlsx.`,
    );
  }
  // Binary files show NUL bytes or many control characters early; checking a sample refuses them
  // without decoding the whole file.
  const sample = buffer.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) throw new ImportFileError('not_text', `${fileName} is not a text (CSV) or .xlsx file.`);
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) control++;
  }
  if (control > sample.length / 100) throw new ImportFileError('not_text', `${fileName} is not a text (CSV) or .xlsx file.`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
  } catch {
    throw new ImportFileError(
      'not_utf8',
      `${fileName} is not UTF-8 text. In Excel, save it as "CSV UTF-8 (Comma delimited)", or import the .xlsx.`,
    );
  }
}

function readCsv(decoded: string, fileName: string, overrides: ColumnOverrides | undefined): Spreadsheet {
  if (decoded.trim() === '') throw new ImportFileError('empty', `${fileName} is empty.`);
  // Files edited on several systems mix line endings; the parser expects one.
  const text = decoded.replace(/\r\n?/g, '\n');
  // Detect the separator and the header on the first rows, so a large file without a header is
  // refused before all of it is parsed.
  const preview = Papa.parse<string[]>(text, { delimitersToGuess: [',', ';', '\t'], preview: HEADER_SEARCH_ROWS * 3 });
  const detected = preview.meta.delimiter;
  const delimiter = detected === ';' || detected === '\t' ? detected : ',';
  const header = findHeader(toRows(preview.data), fileName, overrides);
  const parsed = Papa.parse<string[]>(text, { delimiter });
  const all = toRows(parsed.data);
  return finish('csv', delimiter, header.line, all, fileName, overrides);
}

function toRows(records: readonly unknown[][]): SpreadsheetRow[] {
  // A record is a spreadsheet row (a quoted cell may span lines), so its number is its index + 1.
  return records.map((record, index) => ({ line: index + 1, cells: record.map((cell) => String(cell ?? '')) }));
}

function isBlank(row: SpreadsheetRow): boolean {
  return row.cells.every((cell) => cell.trim() === '');
}

function findHeader(rows: readonly SpreadsheetRow[], fileName: string, overrides: ColumnOverrides | undefined): SpreadsheetRow {
  const candidates = rows.filter((row) => !isBlank(row)).slice(0, HEADER_SEARCH_ROWS);
  if (candidates.length === 0) throw new ImportFileError('empty', `${fileName} is empty.`);
  const recognised = candidates.find((row) => hasIdentityColumn(detectColumns(row.cells, overrides).mapping));
  if (recognised) return recognised;
  // The user's own mapping of the first row stands even when no header text is recognised.
  if (overrides && Object.keys(overrides).length > 0) return candidates[0];
  const found = candidates[0].cells.filter((cell) => cell.trim() !== '').map((cell) => `"${cell.trim()}"`);
  const expected = [...HEADER_SYNONYMS.name.slice(0, 2), ...HEADER_SYNONYMS.email.slice(0, 2), ...HEADER_SYNONYMS.website.slice(0, 1)];
  throw new ImportFileError(
    'no_header',
    `${fileName} has no recognisable header row. Found: ${found.slice(0, 20).join(', ')}. ` +
      `Expected a column for the company name, e-mail or website, such as ${expected.map((text) => `"${text}"`).join(', ')}.`,
  );
}

function finish(
  format: 'csv' | 'xlsx',
  delimiter: ',' | ';' | '\t' | undefined,
  headerLine: number,
  all: readonly SpreadsheetRow[],
  fileName: string,
  overrides: ColumnOverrides | undefined,
): Spreadsheet {
  const headerRow = all.find((row) => row.line === headerLine);
  const rows = all.filter((row) => row.line > headerLine && !isBlank(row));
  if (!headerRow) throw new ImportFileError('empty', `${fileName} is empty.`);
  if (rows.length === 0) throw new ImportFileError('no_rows', `${fileName} has a header row but no customers below it.`);
  // Pad the header to the widest row so the user can map a column that has data but no header.
  const width = rows.reduce((widest, row) => Math.max(widest, row.cells.length), headerRow.cells.length);
  const headers = Array.from({ length: width }, (_, index) => (headerRow.cells[index] ?? '').trim());
  return { format, delimiter, headerLine, headers, rows, columns: detectColumns(headers, overrides) };
}

async function readXlsx(buffer: Uint8Array, fileName: string, overrides: ColumnOverrides | undefined): Promise<Spreadsheet> {
  const workbook = new Workbook();
  try {
    // exceljs types its input as an ArrayBuffer. Copy: a Node Buffer's `.buffer` may be a shared pool.
    await workbook.xlsx.load(new Uint8Array(buffer).buffer);
  } catch {
    throw new ImportFileError('invalid_xlsx', `${fileName} is not a valid .xlsx file.`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ImportFileError('empty', `${fileName} has no sheets.`);
  const rows: SpreadsheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      while (cells.length < column - 1) cells.push('');
      cells[column - 1] = cellText(cell.value);
    });
    rows.push({ line, cells });
  });
  const header = findHeader(rows, fileName, overrides);
  return finish('xlsx', undefined, header.line, rows, fileName, overrides);
}

function isoDate(date: Date): string {
  const iso = date.toISOString();
  // Excel dates carry no zone; exceljs reads them as UTC. A date without time shows as a date.
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}

/** A cell as text, as it reads in the sheet: rich text joined, a link's text, a formula's result. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  // Phone numbers typed into Excel become numbers; print integers without exponent or decimals.
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) < 1e21 ? value.toFixed(0) : String(value);
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
