/** Why a file cannot be read at all (as opposed to single rows, which carry their own errors). */
export type SpreadsheetFileErrorReason =
  'empty' | 'no_rows' | 'too_large' | 'not_text' | 'not_utf8' | 'invalid_xlsx' | 'unsupported_format' | 'no_header';

export class SpreadsheetFileError extends Error {
  constructor(
    readonly reason: SpreadsheetFileErrorReason,
    message: string,
  ) {
    super(message);
    this.name = 'SpreadsheetFileError';
  }
}
