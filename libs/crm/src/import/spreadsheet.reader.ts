import { readSheet, SpreadsheetFileError } from '@tradewind/shared';
import { detectColumns, HEADER_SYNONYMS } from './column.detector';
import { hasIdentityColumn } from './customer-fields';
import type { ColumnOverrides, Spreadsheet } from './customer-import.types';
import { ImportFileError } from './import.errors';

export const DEFAULT_MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export interface ReadSpreadsheetOptions {
  /** Larger files are refused before anything is parsed. */
  readonly maxBytes?: number;
  /** The user's column choices (see detectColumns). */
  readonly columns?: ColumnOverrides;
}

const EXPECTED_HEADERS = [
  ...HEADER_SYNONYMS.name.slice(0, 2),
  ...HEADER_SYNONYMS.email.slice(0, 2),
  ...HEADER_SYNONYMS.website.slice(0, 1),
];

/**
 * Reads a customer list (CSV or .xlsx, see readSheet). The header is the first non-blank row naming a
 * company, e-mail or website column, within the first rows; its columns are mapped. Throws
 * ImportFileError when the file cannot be used at all.
 */
export async function readSpreadsheet(buffer: Uint8Array, fileName: string, options: ReadSpreadsheetOptions = {}): Promise<Spreadsheet> {
  const overrides = options.columns;
  try {
    const sheet = await readSheet(buffer, fileName, {
      maxBytes: options.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES,
      isHeader: (cells) => hasIdentityColumn(detectColumns(cells, overrides).mapping),
      // The user's own mapping of the first row stands even when no header text is recognised.
      firstRowIsHeader: overrides !== undefined && Object.keys(overrides).length > 0,
      expectedHeaders: EXPECTED_HEADERS,
      expectedHeadersIntro: 'a column for the company name, e-mail or website,',
      rowsNoun: 'customers',
    });
    return { ...sheet, columns: detectColumns(sheet.headers, overrides) };
  } catch (error) {
    // The CRM's callers (API, CLI, import job) know ImportFileError and its CRM_IMPORT_* codes.
    if (error instanceof SpreadsheetFileError) throw new ImportFileError(error.reason, error.message);
    throw error;
  }
}
