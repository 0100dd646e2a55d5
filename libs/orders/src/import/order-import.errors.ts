/** Why an order file cannot be imported at all once it has been read (reading itself throws SpreadsheetFileError). */
export type OrderImportFileErrorReason = 'missing_columns';

export class OrderImportFileError extends Error {
  constructor(
    readonly reason: OrderImportFileErrorReason,
    message: string,
  ) {
    super(message);
    this.name = 'OrderImportFileError';
  }
}
