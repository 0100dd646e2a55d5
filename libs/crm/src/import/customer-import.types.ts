import type { CountryCode, SheetRow, SheetTable } from '@tradewind/shared';
import type { CustomerField } from './customer-fields';

export { CUSTOMER_FIELDS, MULTI_COLUMN_FIELDS, type CustomerField } from './customer-fields';

/** One data row: `line` is the row number a spreadsheet program shows (the header is usually 1). */
export type SpreadsheetRow = SheetRow;

/** Column index (0-based) → field; null leaves the column out. */
export type ColumnMapping = readonly (CustomerField | null)[];

/** Explicit choices from the user, by column index; null ignores a column the synonyms would map. */
export type ColumnOverrides = Readonly<Record<number, CustomerField | null>>;

export interface SkippedColumn {
  readonly index: number;
  readonly header: string;
}

export interface DetectedColumns {
  readonly mapping: ColumnMapping;
  /** Columns whose header matches no synonym: ignored, shown to the user. */
  readonly unknown: readonly SkippedColumn[];
  /** Columns for a single-value field an earlier column already fills: ignored. */
  readonly duplicate: readonly (SkippedColumn & { readonly field: CustomerField })[];
}

/** A customer list as read (see SheetTable), with its columns mapped to fields. */
export interface Spreadsheet extends SheetTable {
  readonly columns: DetectedColumns;
}

/** A row's values, normalised for storing and matching; `raw` keeps the cells as typed, for display. */
export interface CustomerRowValues {
  readonly name?: string;
  /** normaliseCompanyName of `name`. */
  readonly normalisedName?: string;
  /** `name`, or for a row without one a name derived from its website or corporate e-mail domain. */
  readonly displayName?: string;
  readonly country?: CountryCode;
  readonly contactName?: string;
  /** Valid addresses, trimmed and lower-cased, first one first. */
  readonly emails: readonly string[];
  /** E.164. */
  readonly phones: readonly string[];
  readonly website?: string;
  readonly websiteDomain?: string;
  readonly industry?: string;
  readonly tags: readonly string[];
  /** The owning user's e-mail, normalised; the caller checks the user exists. */
  readonly owner?: string;
  /** The notes cell plus one line per value that was dropped (`Unrecognised phone / 无法识别的电话: "12"`). */
  readonly notes?: string;
  readonly city?: string;
  readonly address?: string;
  readonly raw: Readonly<Partial<Record<CustomerField, string>>>;
}

export interface ParsedCustomerRow {
  readonly row: number;
  readonly values: CustomerRowValues;
  readonly warnings: readonly string[];
  /** Set when the row cannot be imported. */
  readonly error?: string;
}
