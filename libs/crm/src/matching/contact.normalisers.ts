import { domainToASCII } from 'node:url';
import { getCountryCallingCode, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js';

const LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

// IDN hosts (müller.de) are compared in their ASCII form so both spellings meet.
function asciiHost(host: string): string | undefined {
  const trimmed = host.replace(/\.+$/, '');
  if (!trimmed) return undefined;
  const ascii = /^[ -~]*$/.test(trimmed) ? trimmed : domainToASCII(trimmed);
  return ascii && HOST.test(ascii) ? ascii : undefined;
}

/** Trimmed, lower-cased address when the syntax is valid, else undefined. Accepts `mailto:` and `Name <a@b.c>`. */
export function normaliseEmail(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  let value = raw.normalize('NFKC').trim();
  const bracketed = /<([^<>]+)>/.exec(value);
  if (bracketed) value = bracketed[1].trim();
  value = value.replace(/^mailto:/i, '').toLowerCase();
  const at = value.lastIndexOf('@');
  if (at <= 0 || at > 64) return undefined;
  const local = value.slice(0, at);
  const host = asciiHost(value.slice(at + 1));
  if (!host || !LOCAL_PART.test(local)) return undefined;
  return `${local}@${host}`;
}

/** Domain of an e-mail address (lower case), or undefined when there is none. */
export function emailDomain(email: string | null | undefined): string | undefined {
  if (!email) return undefined;
  const at = email.lastIndexOf('@');
  if (at < 0) return undefined;
  return asciiHost(
    email
      .slice(at + 1)
      .trim()
      .toLowerCase(),
  );
}

/**
 * Host of a website, for comparing: scheme, credentials, port, path, a leading `www.` and case
 * are ignored ("HTTPS://WWW.Acme.de:8080/en" → "acme.de"). Undefined when it is not a host name.
 */
export function websiteDomain(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  let value = raw.normalize('NFKC').trim().toLowerCase();
  if (!value || /\s/.test(value)) return undefined;
  value = value.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/^\/\//, '');
  value = value.split(/[/?#\\]/, 1)[0];
  value = value.slice(value.lastIndexOf('@') + 1).replace(/:\d*$/, '');
  value = value.replace(/^www\d*\./, '');
  return asciiHost(value);
}

/**
 * E.164 form of a phone number, or undefined when it is not a valid number. The row's country is the
 * default region for numbers written without a country code; a number with `+` or `00` needs none.
 */
export function normalisePhone(raw: string | null | undefined, defaultCountry?: string | null): string | undefined {
  if (!raw) return undefined;
  let value = raw.normalize('NFKC').trim().replace(/^tel:/i, '');
  if (!/\d/.test(value)) return undefined;
  // 00 is the international prefix nearly everywhere, and libphonenumber only knows it per region.
  value = value.replace(/^\s*00(?=[1-9])/, '+');
  const region = defaultCountry && isSupportedCountry(defaultCountry) ? defaultCountry : undefined;
  const parsed = parsePhoneNumberFromString(value, region);
  if (parsed?.isValid()) return parsed.number;
  // Spreadsheets drop the leading + from numbers stored as numbers: 4930… for +49 30….
  if (region && !value.startsWith('+')) {
    const digits = value.replace(/\D/g, '');
    if (digits.startsWith(getCountryCallingCode(region))) {
      const retried = parsePhoneNumberFromString(`+${digits}`);
      if (retried?.isValid()) return retried.number;
    }
  }
  return undefined;
}
