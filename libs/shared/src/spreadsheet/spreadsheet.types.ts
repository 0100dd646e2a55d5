/** One row of a sheet: `line` is the row number a spreadsheet program shows (the header is usually 1). */
export interface SheetRow {
  readonly line: number;
  readonly cells: readonly string[];
}

export type CsvDelimiter = ',' | ';' | '\t';

/** A sheet read into its header and the data rows below it; every cell is text (see cellText). */
export interface SheetTable {
  readonly format: 'csv' | 'xlsx';
  /** The CSV separator found; undefined for xlsx. */
  readonly delimiter?: CsvDelimiter;
  readonly headerLine: number;
  /** Header texts, trimmed, padded to the widest data row so a column with data but no header exists. */
  readonly headers: readonly string[];
  /** Data rows below the header; blank rows are left out. */
  readonly rows: readonly SheetRow[];
}

export interface ReadSheetOptions {
  /** Larger files are refused before anything is parsed (default DEFAULT_MAX_SHEET_BYTES). */
  readonly maxBytes?: number;
  /** Tells the header row; the first non-blank row within `headerSearchRows` that passes is taken. */
  readonly isHeader: (cells: readonly string[]) => boolean;
  /** Take the first non-blank row as the header when none passes isHeader (the user mapped columns by hand). */
  readonly firstRowIsHeader?: boolean;
  /** How many non-blank rows to search for the header (default 10): a title line or two may sit above it. */
  readonly headerSearchRows?: number;
  /** Header texts to quote in the "no header" message, e.g. ["order no", "PI no"]. */
  readonly expectedHeaders?: readonly string[];
  /** What `expectedHeaders` stand for in that message: "Expected <this> such as …" (default "a header"). */
  readonly expectedHeadersIntro?: string;
  /** What the data rows are, for the "no rows" message (default "data rows"). */
  readonly rowsNoun?: string;
}
