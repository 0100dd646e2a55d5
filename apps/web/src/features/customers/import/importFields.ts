// The server's own field list and mapping checks (a file without imports), so the wizard offers what
// the import accepts.
import {
  CUSTOMER_FIELDS,
  hasIdentityColumn,
  MULTI_COLUMN_FIELDS,
  type CustomerField,
} from '../../../../../../libs/crm/src/import/customer-fields';

/** The customer fields a column can fill. */
export type ImportField = CustomerField;
export const IMPORT_FIELDS: readonly ImportField[] = CUSTOMER_FIELDS;
export { hasIdentityColumn, MULTI_COLUMN_FIELDS };

export function isImportField(value: unknown): value is ImportField {
  return typeof value === 'string' && (IMPORT_FIELDS as readonly string[]).includes(value);
}

/** What POST /api/crm/imports answers: the stored upload and the columns it recognised. */
export interface UploadedImport {
  importId: string;
  fileName: string;
  format: 'csv' | 'xlsx';
  totalRows: number;
  headers: string[];
  mapping: (ImportField | null)[];
  unknownColumns: { index: number; header: string }[];
  duplicateColumns: { index: number; header: string; field: ImportField }[];
  sample: { row: number; cells: string[] }[];
}

/** Spreadsheet column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
