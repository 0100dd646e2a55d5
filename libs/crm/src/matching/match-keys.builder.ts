import { parseCountry } from '@tradewind/shared';
import { normaliseCompanyName } from './company-name.normaliser';
import { normaliseEmail, normalisePhone, websiteDomain } from './contact.normalisers';
import type { MatchKeys } from './matching.types';

/** A customer's values as stored or typed, before normalisation. */
export interface CustomerMatchValues {
  readonly names?: readonly (string | null | undefined)[];
  readonly country?: string | null;
  readonly emails?: readonly (string | null | undefined)[];
  readonly website?: string | null;
  readonly phones?: readonly (string | null | undefined)[];
}

function defined(values: readonly (string | undefined)[]): string[] {
  return values.filter((value): value is string => value !== undefined);
}

/** Normalises raw values into MatchKeys; values that do not normalise are left out. */
export function buildMatchKeys(values: CustomerMatchValues): MatchKeys {
  const country = parseCountry(values.country);
  return {
    country,
    names: defined((values.names ?? []).map(normaliseCompanyName)),
    emails: defined((values.emails ?? []).map(normaliseEmail)),
    websiteDomain: websiteDomain(values.website),
    phones: defined((values.phones ?? []).map((phone) => normalisePhone(phone, country))),
  };
}
