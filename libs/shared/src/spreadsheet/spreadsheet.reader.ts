import Papa from 'papaparse';
import { cellText } from './cell-text';
import { SpreadsheetFileError } from './spreadsheet-file.errors';
import type { CsvDelimiter, ReadSheetOptions, SheetRow, SheetTable } from './spreadsheet.types';

export const DEFAULT_MAX_SHEET_BYTES = 50 * 1024 * 1024;

const DEFAULT_HEADER_SEARCH_ROWS = 10;
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
 * Reads a sheet: CSV (UTF-8, with or without BOM; comma, semicolon or tab separated, detected) or
 * the first sheet of an .xlsx, told apart by content rather than name. Finds the header with the
 * caller's `isHeader` among the first rows and returns it with the data rows below, numbered as the
 * spreadsheet numbers them. Throws SpreadsheetFileError when the file cannot be used at all.
 */
export async function readSheet(buffer: Uint8Array, fileName: string, options: ReadSheetOptions): Promise<SheetTable> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_SHEET_BYTES;
  if (buffer.length === 0) throw new SpreadsheetFileError('empty', `${fileName} is empty.`);
  if (buffer.length > maxBytes) {
    throw new SpreadsheetFileError(
      'too_large',
      `${fileName} is ${megabytes(buffer.length)}; files up to ${megabytes(maxBytes)} can be imported. Split it into smaller files.`,
    );
  }
  if (startsWith(buffer, ZIP_MAGIC)) return readXlsx(buffer, fileName, options);
  if (startsWith(buffer, OLE_MAGIC) || /\.xls$/i.test(fileName)) {
    throw new SpreadsheetFileError(
      'unsupported_format',
      `${fileName} is an old Excel (.xls) file. Save it as .xlsx or CSV and import that.`,
    );
  }
  if (/\.xlsx$/i.test(fileName)) throw new SpreadsheetFileError('invalid_xlsx', `${fileName} is not a valid .xlsx file.`);
  return readCsv(decodeText(buffer, fileName), fileName, options);
}

function decodeText(buffer: Uint8Array, fileName: string): string {
  // Excel's "Unicode Text" export is UTF-16: text, but not the encoding asked for.
  if (startsWith(buffer, [0xff, 0xfe]) || startsWith(buffer, [0xfe, 0xff])) {
    throw new SpreadsheetFileError(
      'not_utf8',
      `${fileName} is UTF-16 text. In Excel, save it as "CSV UTF-8 (Comma delimited)", or import the .xlsx.`,
    );
  }
  // Binary files show NUL bytes or many control characters early; a sample refuses them without
  // decoding the whole file.
  const sample = buffer.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) throw new SpreadsheetFileError('not_text', `${fileName} is not a text (CSV) or .xlsx file.`);
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) control++;
  }
  if (control > sample.length / 100) {
    throw new SpreadsheetFileError('not_text', `${fileName} is not a text (CSV) or .xlsx file.`);
  }
  try {
    // ignoreBOM false: the decoder drops a UTF-8 byte-order mark, so the first header is clean.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
  } catch {
    throw new SpreadsheetFileError(
      'not_utf8',
      `${fileName} is not UTF-8 text. In Excel, save it as "CSV UTF-8 (Comma delimited)", or import the .xlsx.`,
    );
  }
}

function readCsv(decoded: string, fileName: string, options: ReadSheetOptions): SheetTable {
  if (decoded.trim() === '') throw new SpreadsheetFileError('empty', `${fileName} is empty.`);
  // Files edited on several systems mix line endings; the parser expects one.
  const text = decoded.replace(/\r\n?/g, '\n');
  // Separator and header come from the first rows, so a large file without a header is refused
  // before all of it is parsed.
  const searchRows = options.headerSearchRows ?? DEFAULT_HEADER_SEARCH_ROWS;
  const preview = Papa.parse<string[]>(text, { delimitersToGuess: [',', ';', '\t'], preview: searchRows * 3 });
  const detected = preview.meta.delimiter;
  const delimiter: CsvDelimiter = detected === ';' || detected === '\t' ? detected : ',';
  const header = findHeader(toRows(preview.data), fileName, options);
  const all = toRows(Papa.parse<string[]>(text, { delimiter }).data);
  return finish('csv', delimiter, header.line, all, fileName, options);
}

function toRows(records: readonly unknown[][]): SheetRow[] {
  // A record is a spreadsheet row (a quoted cell may span lines), so its number is its index + 1.
  return records.map((record, index) => ({ line: index + 1, cells: record.map((cell) => String(cell ?? '')) }));
}

function isBlank(row: SheetRow): boolean {
  return row.cells.every((cell) => cell.trim() === '');
}

function findHeader(rows: readonly SheetRow[], fileName: string, options: ReadSheetOptions): SheetRow {
  const searchRows = options.headerSearchRows ?? DEFAULT_HEADER_SEARCH_ROWS;
  const candidates = rows.filter((row) => !isBlank(row)).slice(0, searchRows);
  if (candidates.length === 0) throw new SpreadsheetFileError('empty', `${fileName} is empty.`);
  const recognised = candidates.find((row) => options.isHeader(row.cells.map((cell) => cell.trim())));
  if (recognised) return recognised;
  if (options.firstRowIsHeader) return candidates[0];
  const found = candidates[0].cells.filter((cell) => cell.trim() !== '').map((cell) => `"${cell.trim()}"`);
  const expected = options.expectedHeaders?.length
    ? ` Expected ${options.expectedHeadersIntro ?? 'a header'} such as ${options.expectedHeaders.map((text) => `"${text}"`).join(', ')}.`
    : '';
  throw new SpreadsheetFileError(
    'no_header',
    `${fileName} has no recognisable header row. Found: ${found.slice(0, 20).join(', ')}.${expected}`,
  );
}

function finish(
  format: 'csv' | 'xlsx',
  delimiter: CsvDelimiter | undefined,
  headerLine: number,
  all: readonly SheetRow[],
  fileName: string,
  options: ReadSheetOptions,
): SheetTable {
  const headerRow = all.find((row) => row.line === headerLine);
  if (!headerRow) throw new SpreadsheetFileError('empty', `${fileName} is empty.`);
  const rows = all.filter((row) => row.line > headerLine && !isBlank(row));
  if (rows.length === 0) {
    throw new SpreadsheetFileError('no_rows', `${fileName} has a header row but no ${options.rowsNoun ?? 'data rows'} below it.`);
  }
  const width = rows.reduce((widest, row) => Math.max(widest, row.cells.length), headerRow.cells.length);
  const headers = Array.from({ length: width }, (_, index) => (headerRow.cells[index] ?? '').trim());
  return delimiter === undefined ? { format, headerLine, headers, rows } : { format, delimiter, headerLine, headers, rows };
}

async function readXlsx(buffer: Uint8Array, fileName: string, options: ReadSheetOptions): Promise<SheetTable> {
  // Loaded on first use: exceljs takes a third of a second to load, which every CSV import and every process start would pay.
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  try {
    // exceljs types its input as an ArrayBuffer. Copy: a Node Buffer's `.buffer` may be a shared pool.
    await workbook.xlsx.load(new Uint8Array(buffer).buffer);
  } catch {
    throw new SpreadsheetFileError('invalid_xlsx', `${fileName} is not a valid .xlsx file.`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new SpreadsheetFileError('empty', `${fileName} has no sheets.`);
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      while (cells.length < column - 1) cells.push('');
      cells[column - 1] = cellText(cell.value);
    });
    rows.push({ line, cells });
  });
  const header = findHeader(rows, fileName, options);
  return finish('xlsx', undefined, header.line, rows, fileName, options);
}
