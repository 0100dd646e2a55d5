import currencyCodes from 'currency-codes';

/** Codes ISO 4217 lists that are not money one can invoice in (funds, metals, testing, "no currency"). */
const NON_TRADING = new Set(['XXX', 'XTS', 'XAU', 'XAG', 'XPD', 'XPT', 'XBA', 'XBB', 'XBC', 'XBD', 'XDR', 'XSU', 'XUA']);

export type CurrencyCode = string & { readonly __currency: unique symbol };

/** Trading currencies with their minor-unit digits, built once: currency-codes searches its whole list on every lookup, and every amount shown asks. */
const MINOR_UNITS: ReadonlyMap<string, number> = new Map(
  currencyCodes
    .codes()
    .filter((code) => !NON_TRADING.has(code))
    .map((code) => [code, currencyCodes.code(code)!.digits]),
);

export function isCurrencyCode(code: string): code is CurrencyCode {
  return MINOR_UNITS.has(code);
}

/** Parses a user-supplied code ("usd", " EUR ") into an ISO 4217 code, or undefined. */
export function parseCurrencyCode(raw: string): CurrencyCode | undefined {
  const code = raw.trim().toUpperCase();
  return isCurrencyCode(code) ? code : undefined;
}

/** Number of minor-unit digits: 2 for USD, 0 for JPY, 3 for KWD. */
export function minorUnits(code: string): number {
  const digits = MINOR_UNITS.get(code);
  if (digits === undefined) throw new UnknownCurrencyError(code);
  return digits;
}

export class UnknownCurrencyError extends Error {
  constructor(readonly currency: string) {
    super(`unknown currency "${currency}" (expected an ISO 4217 code such as USD, EUR or CNY)`);
  }
}
