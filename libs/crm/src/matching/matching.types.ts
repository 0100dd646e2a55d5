/** Why two customers are taken for the same one, strongest first (the order they are checked in). */
export type MatchRule = 'email' | 'email_domain' | 'website' | 'phone' | 'name' | 'fuzzy_name';

export const MATCH_RULES: readonly MatchRule[] = ['email', 'email_domain', 'website', 'phone', 'name', 'fuzzy_name'];

/**
 * What matching compares, already normalised (normaliseCompanyName, normaliseEmail, websiteDomain,
 * normalisePhone, parseCountry): the matcher does not normalise again, so building an index from stored
 * keys stays cheap. Corporate domains are derived: e-mail domains that are not free-mail, plus the
 * website domain unless it is a shared host (facebook.com …).
 */
export interface MatchKeys {
  /** ISO 3166 alpha-2; missing means unknown, which is compatible with every country. */
  readonly country?: string | null;
  readonly names: readonly string[];
  readonly emails: readonly string[];
  readonly websiteDomain?: string | null;
  /** E.164. */
  readonly phones: readonly string[];
}

export interface ExistingCustomerKeys extends MatchKeys {
  readonly id: string;
}

/** A customer already in the database, or one the import creates from an earlier row of the same file. */
export type MatchTarget = { readonly kind: 'customer'; readonly customerId: string } | { readonly kind: 'row'; readonly row: number };

export interface MatchEvidence {
  readonly matchedOn: MatchRule;
  /** The shared key: e-mail, domain, E.164 phone or normalised name (the matched side's, for fuzzy_name). */
  readonly value: string;
  /** fuzzy_name: the other side's normalised name. */
  readonly otherValue?: string;
  /** email_domain: the domain is one side's e-mail domain and the other side's website. */
  readonly viaWebsite?: boolean;
}

export interface Match extends MatchEvidence {
  readonly target: MatchTarget;
}

export interface RowMatchOutcome {
  /** Where the row's data goes: the matched customer, or the row itself when it creates a customer. */
  readonly target: MatchTarget;
  readonly created: boolean;
  readonly match?: Match;
}

export interface DuplicatePair {
  readonly a: MatchTarget;
  readonly b: MatchTarget;
  readonly evidence: MatchEvidence;
}
