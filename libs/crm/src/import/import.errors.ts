/** Why a file cannot be imported at all (as opposed to single rows, which carry their own errors). */
export type ImportFileErrorReason =
  'empty' | 'no_rows' | 'too_large' | 'not_text' | 'not_utf8' | 'invalid_xlsx' | 'unsupported_format' | 'no_header';

export class ImportFileError extends Error {
  constructor(
    readonly reason: ImportFileErrorReason,
    message: string,
  ) {
    super(message);
    this.name = 'ImportFileError';
  }
}
