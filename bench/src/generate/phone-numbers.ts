import { createRequire } from 'node:module';
import { join } from 'node:path';
import { REPO_ROOT } from '../environment';
import { Random } from './random';

/** The slice of libphonenumber-js the bench uses. */
interface PhoneLib {
  getCountryCallingCode(country: string): string;
  parsePhoneNumberFromString(text: string): { isValid(): boolean; formatInternational(): string; formatNational(): string } | undefined;
}

// A dependency of the CRM library, not of the bench: load the very copy the import's normalisePhone uses.
const crmRequire = createRequire(join(REPO_ROOT, 'libs/crm/package.json'));
const phoneLib = crmRequire('libphonenumber-js') as PhoneLib;
const mobileExamples = crmRequire('libphonenumber-js/examples.mobile.json') as Record<string, string>;

/** A generated number: its E.164 form and how people write it. */
export interface PhoneNumber {
  e164: string;
  international: string;
  national: string;
}

interface Template {
  callingCode: string;
  /** National significant number of the country's example mobile number. */
  digits: string;
  international: string;
  national: string;
  /** How many trailing digits may vary and keep the number valid. */
  free: number;
}

const SAMPLES = 40;

/**
 * Valid mobile numbers per country, fast: the country's example number (from libphonenumber's own
 * metadata) with its trailing digits drawn at random, as many as keep every sampled variant valid.
 * Formatting is done once per country; a variant replaces the last digits of the formatted text.
 * Numbers are unique within one PhoneNumbers (a set of those handed out), so an import file's new
 * rows do not collide with existing customers by accident.
 */
export class PhoneNumbers {
  private readonly templates = new Map<string, Template>();
  private readonly used = new Set<string>();

  constructor(
    countries: readonly string[],
    private readonly random: Random,
  ) {
    for (const country of countries) this.templates.set(country, templateOf(country, random));
  }

  /** Marks numbers as taken (those already in the database). */
  reserve(e164: Iterable<string>): void {
    for (const number of e164) this.used.add(number);
  }

  next(country: string): PhoneNumber {
    const t = this.templates.get(country);
    if (!t) throw new Error(`no phone template for ${country}`);
    for (;;) {
      const tail = this.tail(t.free);
      const e164 = `+${t.callingCode}${t.digits.slice(0, t.digits.length - t.free)}${tail}`;
      if (this.used.has(e164)) continue;
      this.used.add(e164);
      return { e164, international: replaceLastDigits(t.international, tail), national: replaceLastDigits(t.national, tail) };
    }
  }

  private tail(length: number): string {
    let text = '';
    for (let i = 0; i < length; i++) text += String(this.random.int(0, 9));
    return text;
  }
}

function templateOf(country: string, random: Random): Template {
  const digits = mobileExamples[country];
  if (!digits) throw new Error(`libphonenumber has no example number for ${country}`);
  const callingCode = phoneLib.getCountryCallingCode(country);
  const parsed = phoneLib.parsePhoneNumberFromString(`+${callingCode}${digits}`);
  if (!parsed?.isValid()) throw new Error(`the example number of ${country} is not valid`);
  // The most trailing digits (up to 7) that may vary: every sampled variant must stay valid.
  for (let free = Math.min(7, digits.length - 2); free >= 2; free--) {
    const head = digits.slice(0, digits.length - free);
    let valid = true;
    for (let i = 0; i < SAMPLES && valid; i++) {
      const tail = Array.from({ length: free }, () => random.int(0, 9)).join('');
      valid = phoneLib.parsePhoneNumberFromString(`+${callingCode}${head}${tail}`)?.isValid() ?? false;
    }
    if (valid) return { callingCode, digits, international: parsed.formatInternational(), national: parsed.formatNational(), free };
  }
  throw new Error(`cannot vary the example number of ${country}`);
}

/** Puts `tail` in place of the last digits of a formatted number, keeping its spaces and dashes. */
function replaceLastDigits(formatted: string, tail: string): string {
  const chars = [...formatted];
  let at = tail.length - 1;
  for (let i = chars.length - 1; i >= 0 && at >= 0; i--) {
    if (chars[i] >= '0' && chars[i] <= '9') chars[i] = tail[at--];
  }
  return chars.join('');
}
