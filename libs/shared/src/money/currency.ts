import currencyCodes from 'currency-codes';

/** Codes ISO 4217 lists that are not money one can invoice in (funds, metals, testing, "no currency"). */
const NON_TRADING = new Set(['XXX', 'XTS', 'XAU', 'XAG', 'XPD', 'XPT', 'XBA', 'XBB', 'XBC', 'XBD', 'XDR', 'XSU', 'XUA']);

export type CurrencyCode = string & { readonly __currency: unique symbol };

export function isCurrencyCode(code: string): code is CurrencyCode {
  return /^[A-Z]{3}$/.test(code) && !NON_TRADING.has(code) && currencyCodes.code(code) !== undefined;
}

/** Parses a user-supplied code ("usd", " EUR ") into an ISO 4217 code, or undefined. */
export function parseCurrencyCode(raw: string): CurrencyCode | undefined {
  const code = raw.trim().toUpperCase();
  return isCurrencyCode(code) ? code : undefined;
}

/** Number of minor-unit digits: 2 for USD, 0 for JPY, 3 for KWD. */
export function minorUnits(code: string): number {
  const entry = currencyCodes.code(code);
  if (!entry || !isCurrencyCode(code)) throw new UnknownCurrencyError(code);
  return entry.digits;
}

export class UnknownCurrencyError extends Error {
  constructor(readonly currency: string) {
    super(`unknown currency "${currency}" (expected an ISO 4217 code such as USD, EUR or CNY)`);
  }
}
