import { getCountries, parsePhoneNumberFromString } from 'libphonenumber-js';
import { normalisePhone, websiteDomain } from '../matching/contact.normalisers';

// Countries whose reading of a national number is valid vary; a few dozen at most in practice.
const MAX_PHONE_READINGS = 50;

/**
 * The E.164 numbers a search term may stand for. An international number ("+49 30 1234567",
 * "0049 …") is one number. A national one ("030 1234567", as a caller ID shows it) names no country,
 * so it is read as each country would read it, and every valid reading is searched: the contacts'
 * phones are stored in E.164, and a national number found in two countries is two customers to show.
 */
export function searchedPhones(term: string): string[] {
  const digits = term.replace(/\D/g, '');
  if (digits.length < 6 || /\p{L}/u.test(term)) return [];
  const international = normalisePhone(term);
  if (international) return [international];
  if (term.trim().startsWith('+')) return [];
  const readings = new Set<string>();
  for (const country of getCountries()) {
    const parsed = parsePhoneNumberFromString(term, country);
    if (parsed?.isValid()) readings.add(parsed.number);
    if (readings.size >= MAX_PHONE_READINGS) break;
  }
  return [...readings];
}

/**
 * The domain a search term names when it is a web address or a bare domain ("https://www.acme.de/en/contact",
 * "www.acme.de", "acme.de"): customers with that website or contacts mailing from it are what the
 * user means. Undefined for anything else (names, e-mail addresses, which are searched as such).
 */
export function searchedDomain(term: string): string | undefined {
  const value = term.trim();
  if (!value.includes('.') || /\s/.test(value) || (value.includes('@') && !/^[a-z][a-z0-9+.-]*:\/\//i.test(value))) return undefined;
  return websiteDomain(value);
}
