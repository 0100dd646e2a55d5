import { parseCountry, type CountryCode } from '@tradewind/shared';
import { displayNameFromDomain, normaliseCompanyName } from '../matching/company-name.normaliser';
import { emailDomain, normaliseEmail, normalisePhone, websiteDomain } from '../matching/contact.normalisers';
import { isFreeMailDomain } from '../matching/free-mail-domains.constants';
import type { MatchKeys } from '../matching/matching.types';
import { isSharedWebsiteHost } from '../matching/shared-website-hosts.constants';
import type {
  ColumnMapping,
  CustomerField,
  CustomerRowValues,
  ParsedCustomerRow,
  Spreadsheet,
  SpreadsheetRow,
} from './customer-import.types';

// What people type into a cell that has nothing to say (none longer than four characters).
const PLACEHOLDERS = new Set(['-', '--', '—', '/', '?', 'n/a', 'na', 'none', 'null', 'nil', '无', '暂无', '没有']);

function cellValue(cell: string | undefined): string | undefined {
  const value = cell?.trim();
  if (!value || (value.length <= 4 && PLACEHOLDERS.has(value.normalize('NFKC').toLowerCase()))) return undefined;
  return value;
}

// parseCountry searches every country's names; a file repeats a few dozen values, so remember them.
const countries = new Map<string, CountryCode | null>();

function countryOf(text: string | undefined): CountryCode | undefined {
  if (text === undefined) return undefined;
  let country = countries.get(text);
  if (country === undefined) {
    if (countries.size >= 10_000) countries.clear();
    country = parseCountry(text) ?? null;
    countries.set(text, country);
  }
  return country ?? undefined;
}

/** The cells of a row by field; fields filled by several columns get each column's value. */
function cellsByField(row: SpreadsheetRow, mapping: ColumnMapping): Map<CustomerField, string[]> {
  const byField = new Map<CustomerField, string[]>();
  mapping.forEach((field, index) => {
    const value = field ? cellValue(row.cells[index]) : undefined;
    if (!field || value === undefined) return;
    const values = byField.get(field) ?? [];
    values.push(value);
    byField.set(field, values);
  });
  return byField;
}

function splitList(values: readonly string[], separators: RegExp): string[] {
  return values
    .flatMap((value) => value.split(separators))
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function uniqueFolded(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.normalize('NFKC').toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

type DroppedValue = 'country' | 'e-mail' | 'phone' | 'website';
const DROPPED_VALUE_ZH: Record<DroppedValue, string> = { country: '国家', 'e-mail': '邮箱', phone: '电话', website: '网站' };

/**
 * Reads one data row. Values are normalised (e-mails lower-cased, phones E.164 using the row's
 * country, website to its domain, country to alpha-2, tags split and de-duplicated). A bad e-mail,
 * phone, website or country is a warning: the value is dropped and kept in the notes instead. A row
 * with no company name and no valid e-mail or website is an error.
 */
export function parseCustomerRow(row: SpreadsheetRow, mapping: ColumnMapping): ParsedCustomerRow {
  const cells = cellsByField(row, mapping);
  const single = (field: CustomerField): string | undefined => cells.get(field)?.[0];
  const multiple = (field: CustomerField): string[] => cells.get(field) ?? [];
  const raw: Partial<Record<CustomerField, string>> = {};
  for (const [field, values] of cells) raw[field] = values.join('; ');

  const warnings: string[] = [];
  const dropped: string[] = [];
  const drop = (what: DroppedValue, value: string): void => {
    warnings.push(`Unrecognised ${what}: "${value}"`);
    // The customer's notes are read by colleagues in either language; the report's warnings stay English.
    dropped.push(`Unrecognised ${what} / 无法识别的${DROPPED_VALUE_ZH[what]}: "${value}"`);
  };

  const countryText = single('country');
  const country = countryOf(countryText);
  if (countryText !== undefined && !country) drop('country', countryText);

  const emails: string[] = [];
  for (const text of splitList(multiple('email'), /[\s,;，；]+/)) {
    const email = normaliseEmail(text);
    if (!email) drop('e-mail', text);
    else if (!emails.includes(email)) emails.push(email);
  }

  const phones: string[] = [];
  // Not split on "/" or spaces: "030/1234567" and "+49 30 1234567" are single numbers.
  for (const text of splitList(multiple('phone'), /[,;，；|、\n]+/)) {
    const phone = normalisePhone(text, country);
    if (!phone) drop('phone', text);
    else if (!phones.includes(phone)) phones.push(phone);
  }

  const website = single('website');
  const domain = websiteDomain(website);
  if (website !== undefined && !domain) drop('website', website);

  const ownerText = single('owner');
  const owner = normaliseEmail(ownerText);
  if (ownerText !== undefined && !owner) warnings.push(`Unrecognised owner e-mail: "${ownerText}"`);

  const name = single('name');
  const contactName = single('contactName');
  const notes = [...multiple('notes'), ...dropped].join('\n') || undefined;
  const values: CustomerRowValues = {
    name,
    normalisedName: normaliseCompanyName(name),
    displayName: name ?? derivedName(website, domain, emails, contactName),
    country,
    contactName,
    emails,
    phones,
    website,
    websiteDomain: domain,
    industry: single('industry'),
    tags: uniqueFolded(splitList(multiple('tags'), /[;,|、，；]+/)),
    owner,
    notes,
    city: single('city'),
    address: single('address'),
    raw,
  };
  const error = name === undefined && emails.length === 0 && !domain ? 'No company name, e-mail or website.' : undefined;
  return error ? { row: row.line, values, warnings, error } : { row: row.line, values, warnings };
}

/**
 * A name for a customer created from a row without one: from its website, else its corporate e-mail
 * domain ("acme-tools.de" → "Acme Tools"). With only a free-mail address or a page on a shared site,
 * the contact's name, the address or the page itself, since "Gmail" or "Facebook" would name every
 * such customer alike.
 */
function derivedName(
  website: string | undefined,
  domain: string | undefined,
  emails: readonly string[],
  contactName: string | undefined,
): string | undefined {
  if (domain && !isSharedWebsiteHost(domain)) return displayNameFromDomain(domain);
  for (const email of emails) {
    const host = emailDomain(email);
    if (host && !isFreeMailDomain(host)) return displayNameFromDomain(host);
  }
  return contactName ?? emails[0] ?? website;
}

/** Parses every data row of a spreadsheet with its detected (or overridden) column mapping. */
export function parseCustomerRows(sheet: Spreadsheet): ParsedCustomerRow[] {
  return sheet.rows.map((row) => parseCustomerRow(row, sheet.columns.mapping));
}

/** The keys CustomerMatcher compares for a parsed row. */
export function matchKeysFromRow(values: CustomerRowValues): MatchKeys {
  return {
    country: values.country,
    names: values.normalisedName ? [values.normalisedName] : [],
    emails: values.emails,
    websiteDomain: values.websiteDomain,
    phones: values.phones,
  };
}
