import { writeFileSync } from 'node:fs';
import { Client } from 'pg';
import { countryName } from '@tradewind/shared';
import { normaliseCompanyName } from '../../../libs/crm/src/matching';
import { asciiSlug, companyName, nameVariant } from '../generate/company-names';
import { COUNTRIES, Country, INDUSTRIES, LANGUAGES, REGION_OF } from '../generate/crm-world';
import { PhoneNumbers } from '../generate/phone-numbers';
import { Random } from '../generate/random';

/** How the rows of a generated import file were made (what the CLI's report is read against). */
export interface ImportFileFacts {
  rows: number;
  /** Rows of a customer already in the database, by how they repeat it. */
  existing: Record<'email' | 'domain' | 'website' | 'phone' | 'name', number>;
  /** Rows repeating an earlier new row of the same file. */
  withinFile: number;
  newCompanies: number;
  /** Values the import cannot read (dropped with a warning), and rows it must refuse. */
  badEmails: number;
  badPhones: number;
  badCountries: number;
  errorRows: number;
}

// The header of an exporter's typical list; the importer recognises each column by its name.
const HEADER = ['Company', 'Country', 'Contact', 'Email', 'Phone', 'Website', 'Industry', 'Tags', 'Owner', 'Notes', 'City'];
const BAD_EMAILS = ['info at {d}', '{n}@', '{n}@@{d}', 'www.{d}', '{n} {d}'];
const BAD_PHONES = ['12', '00', 'ext. 12', '++12'];
const BAD_COUNTRIES = ['Europe', 'Atlantis', 'Middle East', 'Asia Pacific', 'EU'];
const FILE_TAGS = ['Canton Fair 2025', 'Canton Fair 2025', 'Hardware Expo', 'Western Europe', 'High margin', 'Hardware'];

interface Existing {
  name: string;
  country: Country;
  domain: string | null;
  emails: string[];
  phones: string[];
}

interface Row {
  company: string;
  country: string;
  contact: string;
  email: string;
  phone: string;
  website: string;
  industry: string;
  tags: string;
  owner: string;
  notes: string;
  city: string;
}

/**
 * A customer list as a trade-fair or old-CRM export gives it: `rows` rows, about 30% of them customers
 * the database already holds (by a contact's e-mail, another address on the company's domain, its
 * website, a phone written another way, or its name spelt differently), about 5% repeating a company
 * earlier in the same file, the rest new companies; a few e-mails, phones and countries the import
 * cannot read, and a few rows with nothing to identify a customer by. Deterministic for a seed and a
 * database.
 */
export async function writeImportFile(db: Client, file: string, rows: number, seed: string): Promise<ImportFileFacts> {
  const random = new Random(`${seed}:import-file`);
  const byCode = new Map(COUNTRIES.map((c) => [c.code, c]));
  const customers = (
    await db.query<{ name: string; country: string; website_domain: string | null; emails: string[] | null; phones: string[] | null }>(
      `SELECT c.name, c.country, c.website_domain,
              (SELECT array_agg(e ORDER BY e) FROM contact ct, unnest(ct.emails) e WHERE ct.customer_id = c.id) AS emails,
              (SELECT array_agg(p ORDER BY p) FROM contact ct, unnest(ct.phone_e164) p WHERE ct.customer_id = c.id) AS phones
       FROM customer c WHERE c.merged_into_id IS NULL ORDER BY c.id`,
    )
  ).rows
    .filter((c) => byCode.has(c.country))
    .map((c): Existing => ({ name: c.name, country: byCode.get(c.country)!, domain: c.website_domain, emails: c.emails ?? [], phones: c.phones ?? [] }));
  if (customers.length === 0) throw new Error('the import file is made from the customers in the database: generate some first');
  const owners = (await db.query<{ email: string }>("SELECT email FROM app_user WHERE role = 'sales' AND active ORDER BY email LIMIT 300")).rows.map((r) => r.email);
  const usedNames = new Set(customers.map((c) => normaliseCompanyName(c.name) ?? ''));
  const usedDomains = new Set(customers.map((c) => c.domain).filter((d): d is string => d !== null));
  const phones = new PhoneNumbers(
    COUNTRIES.map((c) => c.code),
    random,
  );
  phones.reserve(customers.flatMap((c) => c.phones));

  const facts: ImportFileFacts = {
    rows,
    existing: { email: 0, domain: 0, website: 0, phone: 0, name: 0 },
    withinFile: 0,
    newCompanies: 0,
    badEmails: 0,
    badPhones: 0,
    badCountries: 0,
    errorRows: 0,
  };
  const fresh: Row[] = [];
  const lines = [HEADER.join(',')];
  for (let i = 0; i < rows; i++) {
    const roll = random.next();
    let row: Row;
    if (roll < 0.003) {
      row = errorRow(random, customers);
      facts.errorRows++;
    } else if (roll < 0.3) {
      const { row: repeated, kind } = repeatExisting(random.pick(customers), random, phones);
      row = repeated;
      facts.existing[kind]++;
    } else if (roll < 0.35 && fresh.length > 0) {
      row = repeatFresh(random.pick(fresh), random);
      facts.withinFile++;
    } else {
      row = newCompany(random, usedNames, usedDomains, phones, owners);
      fresh.push(row);
      facts.newCompanies++;
    }
    if (row.email && random.chance(0.01)) {
      row.email = random.pick(BAD_EMAILS).replace('{n}', row.email.split('@')[0]).replace('{d}', row.email.split('@')[1] ?? 'example.com');
      facts.badEmails++;
    }
    if (random.chance(0.01)) {
      row.phone = random.pick(BAD_PHONES);
      facts.badPhones++;
    }
    if (random.chance(0.005)) {
      row.country = random.pick(BAD_COUNTRIES);
      facts.badCountries++;
    }
    lines.push(HEADER.map((h) => csv(row[h.toLowerCase() as keyof Row])).join(','));
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
  return facts;
}

function csv(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The country as lists write it: the code, the English or the Chinese name. */
function countryText(country: Country, random: Random): string {
  return random.weighted([
    [country.code, 40],
    [countryName(country.code, 'en'), 40],
    [countryName(country.code, 'zh'), 20],
  ] as const);
}

function person(country: Country, random: Random): { name: string; given: string; surname: string } {
  const language = LANGUAGES[country.language];
  const given = random.pick(language.given);
  const surname = random.pick(language.surnames);
  return { name: `${given} ${surname}`, given, surname };
}

function freeMail(given: string, surname: string, country: Country, random: Random): string {
  return `${asciiSlug(given)}.${asciiSlug(surname)}${random.int(10, 99_999)}@${random.pick(country.freeMail)}`;
}

function blank(country: string): Row {
  return { company: '', country, contact: '', email: '', phone: '', website: '', industry: '', tags: '', owner: '', notes: '', city: '' };
}

type ExistingKind = keyof ImportFileFacts['existing'];

function repeatExisting(customer: Existing, random: Random, phones: PhoneNumbers): { row: Row; kind: ExistingKind } {
  const contact = person(customer.country, random);
  const row = { ...blank(countryText(customer.country, random)), contact: contact.name, notes: random.chance(0.2) ? 'Met again at the fair' : '' };
  const kinds: [ExistingKind, number][] = [['name', 25]];
  if (customer.emails.length) kinds.push(['email', 30]);
  if (customer.domain) kinds.push(['domain', 15], ['website', 10]);
  if (customer.phones.length) kinds.push(['phone', 20]);
  const kind = random.weighted(kinds);
  switch (kind) {
    case 'email':
      // Same address; the company as the fair list spells it.
      row.company = random.chance(0.7) ? customer.name : nameVariant(customer.name, random);
      row.email = random.chance(0.2) ? random.pick(customer.emails).toUpperCase() : random.pick(customer.emails);
      break;
    case 'domain':
      // Another person at the same company.
      row.company = random.chance(0.5) ? customer.name : '';
      row.email = `${asciiSlug(contact.given)}.${asciiSlug(contact.surname)}@${customer.domain}`;
      row.phone = phones.next(customer.country.code).international;
      break;
    case 'website':
      row.company = nameVariant(customer.name, random);
      row.website = random.pick([`https://www.${customer.domain}/contact`, `www.${customer.domain}`, `HTTP://${customer.domain?.toUpperCase()}`]);
      break;
    case 'phone': {
      // A number written another way than the CRM holds it.
      const e164 = random.pick(customer.phones);
      row.company = `${customer.name.split(' ')[0]} ${random.pick(['Branch', 'Office', 'Warehouse'])}`;
      row.phone = random.chance(0.5) ? `00${e164.slice(1)}` : `${e164.slice(0, 3)} ${e164.slice(3)}`;
      row.email = random.chance(0.5) ? freeMail(contact.given, contact.surname, customer.country, random) : '';
      break;
    }
    case 'name':
      row.company = nameVariant(customer.name, random);
      row.email = random.chance(0.4) ? freeMail(contact.given, contact.surname, customer.country, random) : '';
      break;
  }
  return { row, kind };
}

function repeatFresh(earlier: Row, random: Random): Row {
  const domain = earlier.website || earlier.email.split('@')[1] || '';
  const variant = random.weighted([
    ['same row', 20],
    ['other contact', 50],
    ['name only', 30],
  ] as const);
  switch (variant) {
    case 'same row':
      return { ...earlier };
    case 'other contact':
      return { ...earlier, contact: '', email: domain && earlier.email ? `sales@${domain}` : earlier.email, phone: '', tags: '' };
    case 'name only':
      return { ...earlier, company: earlier.company.toUpperCase(), email: '', phone: '', website: '' };
  }
}

function newCompany(random: Random, usedNames: Set<string>, usedDomains: Set<string>, phones: PhoneNumbers, owners: string[]): Row {
  const country = random.weighted(COUNTRIES.map((c) => [c, c.weight] as const));
  let generated = companyName(country, random);
  for (let tries = 0; usedNames.has(normaliseCompanyName(generated.name) ?? '') && tries < 50; tries++) generated = companyName(country, random);
  usedNames.add(normaliseCompanyName(generated.name) ?? '');
  let domain: string | null = null;
  if (random.chance(0.7)) {
    const slug = asciiSlug(generated.brand) || 'company';
    const tld = random.chance(0.35) ? 'com' : country.tld;
    domain = `${slug}.${tld}`;
    for (let n = 2; usedDomains.has(domain); n++) domain = `${slug}${n}.${tld}`;
    usedDomains.add(domain);
  }
  const contact = person(country, random);
  const number = random.chance(0.8) ? phones.next(country.code) : null;
  return {
    company: generated.name,
    country: countryText(country, random),
    contact: contact.name,
    email: domain && random.chance(0.85) ? `${asciiSlug(contact.given)}.${asciiSlug(contact.surname)}@${domain}` : random.chance(0.6) ? freeMail(contact.given, contact.surname, country, random) : '',
    phone: number ? random.weighted([[number.international, 50], [number.national, 40], [`00${number.e164.slice(1)}`, 10]] as const) : '',
    website: domain && random.chance(0.6) ? random.pick([domain, `www.${domain}`, `https://www.${domain}/`]) : '',
    industry: random.chance(0.6) ? random.pick(INDUSTRIES) : '',
    tags: random.chance(0.3) ? [random.pick(FILE_TAGS), REGION_OF[country.code]].join('; ') : '',
    owner: random.chance(0.5) ? (random.chance(0.01) ? 'former.colleague@tradewind.test' : random.pick(owners)) : '',
    notes: random.chance(0.1) ? 'Interested in the new catalogue' : '',
    city: random.chance(0.5) ? random.pick(country.cities) : '',
  };
}

/** Nothing to identify a customer by: no company, e-mail or website. */
function errorRow(random: Random, customers: Existing[]): Row {
  const country = random.pick(customers).country;
  return { ...blank(countryText(country, random)), contact: person(country, random).name, notes: 'business card without company' };
}
