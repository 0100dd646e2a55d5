// No imports: currencyFormat.ts (loaded by a unit spec without the i18n set-up) and money.ts share it.

/** A decimal number as the API and the forms write it: an optional minus, digits, a dot, digits. */
export const DECIMAL = /^\s*(-)?(\d+)(?:\.(\d*))?\s*$/;

export function isDecimalString(value: string | null | undefined): value is string {
  return typeof value === 'string' && DECIMAL.test(value);
}
