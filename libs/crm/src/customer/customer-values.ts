import { FieldProblems } from '@tradewind/platform';
import { parseCountry, parseCurrencyCode } from '@tradewind/shared';
import { normaliseCompanyName, normaliseEmail, normalisePhone, websiteDomain } from '../matching';
import type { MessagingHandles, PhoneNumber } from '../contact/contact.entity';
import type { Customer } from './customer.entity';

/** undefined: leave the field alone; null or blank: clear it. */
function blankToNull(value: string | null | undefined): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

export interface CustomerFieldsInput {
  name?: string;
  localName?: string | null;
  country?: string | null;
  city?: string | null;
  address?: string | null;
  website?: string | null;
  industry?: string | null;
  source?: string | null;
  stage?: string;
  productsOfInterest?: string[];
  priceSensitivity?: string | null;
  usualIncoterm?: string | null;
  usualCurrency?: string | null;
  usualPaymentTerms?: string | null;
  companyAnniversary?: string | null;
  notes?: string | null;
}

/** Normalises typed customer fields into entity values (raw text kept where people read it back). */
export function customerValues(input: CustomerFieldsInput, problems: FieldProblems, path = 'input'): Partial<Customer> {
  const values: Partial<Customer> = {};
  if (input.name !== undefined) {
    const name = input.name.trim().replace(/\s+/g, ' ');
    const normalized = normaliseCompanyName(name);
    if (!normalized) problems.add(`${path}.name`, 'must contain letters or digits', '名称须包含字母或数字');
    else Object.assign(values, { name, normalizedName: normalized });
  }
  if (input.country !== undefined) {
    const raw = blankToNull(input.country);
    const country = raw ? parseCountry(raw) : null;
    if (raw && !country) problems.add(`${path}.country`, `"${raw}" is not a country we know (use an ISO code such as DE, or a name such as Germany or 德国)`, `无法识别国家/地区"${raw}"（请填写 ISO 代码如 DE，或名称如 Germany、德国）`);
    else values.country = country ?? null;
  }
  if (input.website !== undefined) {
    const raw = blankToNull(input.website);
    const domain = raw ? websiteDomain(raw) : null;
    if (raw && !domain) problems.add(`${path}.website`, `"${raw}" is not a web address`, `"${raw}"不是有效的网址`);
    else Object.assign(values, { website: raw ?? null, websiteDomain: domain ?? null });
  }
  if (input.usualCurrency !== undefined) {
    const raw = blankToNull(input.usualCurrency);
    const currency = raw ? parseCurrencyCode(raw) : null;
    if (raw && !currency) problems.add(`${path}.usualCurrency`, `"${raw}" is not an ISO 4217 currency code`, `"${raw}"不是 ISO 4217 币种代码（如 USD、EUR）`);
    else values.usualCurrency = currency ?? null;
  }
  for (const key of ['localName', 'city', 'address', 'industry', 'source', 'usualIncoterm', 'usualPaymentTerms', 'notes', 'companyAnniversary', 'priceSensitivity'] as const) {
    const value = blankToNull(input[key]);
    if (value !== undefined) (values as Record<string, unknown>)[key] = value;
  }
  if (input.stage !== undefined) values.stage = input.stage as Customer['stage'];
  if (input.productsOfInterest !== undefined) values.productsOfInterest = [...new Set(input.productsOfInterest.map((p) => p.trim()).filter(Boolean))];
  return values;
}

export interface ContactValues {
  emails: string[];
  phones: PhoneNumber[];
  phoneE164: string[];
}

/**
 * A contact's messaging handles, trimmed, the empty ones left out. A WhatsApp handle is a phone number
 * (WhatsApp has no user names), so it must read as one, with the customer's country as the default;
 * it is kept as typed, like the phones. Other handles (WeChat IDs, Skype names) are free text.
 */
export function messagingHandles(input: Partial<Record<keyof MessagingHandles, string | null>> | null | undefined, country: string | null | undefined, problems: FieldProblems, path: string): MessagingHandles {
  const handles: MessagingHandles = {};
  for (const [network, raw] of Object.entries(input ?? {}) as [keyof MessagingHandles, string | null | undefined][]) {
    const value = raw?.trim();
    if (value) handles[network] = value;
  }
  if (handles.whatsapp && !normalisePhone(handles.whatsapp, country)) {
    problems.add(
      `${path}.messaging.whatsapp`,
      `"${handles.whatsapp}" is not a phone number${country ? ` (read as ${country})` : '; add the country code, e.g. +49'}: a WhatsApp account is its phone number`,
      `"${handles.whatsapp}"不是有效的电话号码${country ? `（按 ${country} 号码识别）` : '，请加上国家区号，如 +49'}：WhatsApp 账号就是手机号`,
    );
  }
  return handles;
}

/** Validates and normalises a contact's e-mails and phones; the customer's country is the phones' default region. */
export function contactChannels(
  input: { emails?: string[] | null; phones?: string[] | null },
  country: string | null | undefined,
  problems: FieldProblems,
  path: string,
): Partial<ContactValues> {
  const values: Partial<ContactValues> = {};
  // null clears, like an empty list.
  if (input.emails !== undefined) {
    const emails: string[] = [];
    (input.emails ?? []).forEach((raw, i) => {
      if (!raw.trim()) return;
      const email = normaliseEmail(raw);
      if (!email) problems.add(`${path}.emails.${i}`, `"${raw}" is not an e-mail address`, `"${raw}"不是有效的邮箱地址`);
      else if (!emails.includes(email)) emails.push(email);
    });
    values.emails = emails;
  }
  if (input.phones !== undefined) {
    const phones: PhoneNumber[] = [];
    (input.phones ?? []).forEach((raw, i) => {
      if (!raw.trim()) return;
      const e164 = normalisePhone(raw, country);
      if (!e164) problems.add(
          `${path}.phones.${i}`,
          `"${raw}" is not a phone number${country ? ` (read as ${country})` : '; add the country code, e.g. +49'}`,
          `"${raw}"不是有效的电话号码${country ? `（按 ${country} 号码识别）` : '，请加上国家区号，如 +49'}`,
        );
      else if (!phones.some((p) => p.e164 === e164)) phones.push({ e164, raw: raw.trim() });
    });
    values.phones = phones;
    values.phoneE164 = phones.map((p) => p.e164).filter((p): p is string => p !== null);
  }
  return values;
}
