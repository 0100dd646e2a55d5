/** The customer fields a column can fill (the API's CUSTOMER_FIELDS). */
export type ImportField =
  'name' | 'country' | 'contactName' | 'email' | 'phone' | 'website' | 'industry' | 'tags' | 'owner' | 'notes' | 'city' | 'address';

export const IMPORT_FIELDS: readonly ImportField[] = [
  'name',
  'country',
  'contactName',
  'email',
  'phone',
  'website',
  'industry',
  'tags',
  'owner',
  'notes',
  'city',
  'address',
];

/** Fields several columns may fill together; for the others only the first column counts. */
export const MULTI_COLUMN_FIELDS: ReadonlySet<ImportField> = new Set<ImportField>(['email', 'phone', 'tags', 'notes']);

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

/** True when the columns can identify a customer (a company name, e-mail or website column). */
export function hasIdentityColumn(mapping: readonly (ImportField | null)[]): boolean {
  return mapping.some((field) => field === 'name' || field === 'email' || field === 'website');
}
