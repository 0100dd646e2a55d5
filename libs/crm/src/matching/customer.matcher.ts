import { isFreeMailDomain } from './free-mail-domains.constants';
import { FuzzyNameIndex } from './fuzzy-name.index';
import type {
  DuplicatePair,
  ExistingCustomerKeys,
  Match,
  MatchEvidence,
  MatchKeys,
  MatchRule,
  MatchTarget,
  RowMatchOutcome,
} from './matching.types';
import { isSharedWebsiteHost } from './shared-website-hosts.constants';

/**
 * An indexed customer's keys, or a probe's. Lists are never changed in place, only replaced (absorb),
 * so they may be shared with the caller's MatchKeys instead of copied.
 */
interface Keys {
  country: string | undefined;
  readonly names: readonly string[];
  emails: readonly string[];
  /** Corporate ones only: free-mail domains never identify a company. */
  emailDomains: readonly string[];
  /** Only when it can identify a company (not facebook.com, gmail.com …). */
  website: string | undefined;
  phones: readonly string[];
}

/** Returns true to stop the search. */
type Visitor = (entry: number, evidence: MatchEvidence) => boolean;

interface FuzzyHit {
  readonly entry: number;
  readonly name: string;
  readonly distance: number;
  readonly probeName: string;
}

// One entry per key is the common case; an array only once a second entry shares the key.
type Bucket = number | number[];

const NONE: readonly string[] = [];

/** The values without blanks and repeats; the list itself when it has none (the usual case). */
function distinct(values: readonly string[]): readonly string[] {
  if (values.length === 0) return NONE;
  if (values.length === 1 && values[0]) return values;
  const result: string[] = [];
  for (const value of values) if (value && !result.includes(value)) result.push(value);
  return result;
}

function corporateDomains(emails: readonly string[]): readonly string[] {
  let domains: string[] | undefined;
  for (const email of emails) {
    const domain = email.slice(email.lastIndexOf('@') + 1);
    if (!isFreeMailDomain(domain) && !domains?.includes(domain)) (domains ??= []).push(domain);
  }
  return domains ?? NONE;
}

function toKeys(keys: MatchKeys): Keys {
  const emails = distinct(keys.emails);
  return {
    country: keys.country || undefined,
    names: distinct(keys.names),
    emails,
    emailDomains: corporateDomains(emails),
    website: keys.websiteDomain && !isSharedWebsiteHost(keys.websiteDomain) ? keys.websiteDomain : undefined,
    phones: distinct(keys.phones),
  };
}

/**
 * The domains that identify the company these keys describe: its e-mail domains other than free-mail
 * and its website unless a shared host. Those domains match, and conflict, as the matcher compares them.
 */
export function corporateDomainsOf(keys: MatchKeys): string[] {
  const { emailDomains, website } = toKeys(keys);
  return website === undefined || emailDomains.includes(website) ? [...emailDomains] : [...emailDomains, website];
}

function hasDomain(keys: Keys, domain: string): boolean {
  return keys.website === domain || keys.emailDomains.includes(domain);
}

/** Each side has a corporate domain and they share none: two different companies. */
function domainsConflict(a: Keys, b: Keys): boolean {
  const aHas = a.emailDomains.length > 0 || a.website !== undefined;
  const bHas = b.emailDomains.length > 0 || b.website !== undefined;
  if (!aHas || !bHas) return false;
  if (a.website !== undefined && hasDomain(b, a.website)) return false;
  return !a.emailDomains.some((domain) => hasDomain(b, domain));
}

function compatible(a: Keys, b: Keys): boolean {
  if (a.country !== undefined && b.country !== undefined && a.country !== b.country) return false;
  return !domainsConflict(a, b);
}

function put(index: Map<string, Bucket>, key: string, entry: number): void {
  const bucket = index.get(key);
  if (bucket === undefined) index.set(key, entry);
  else if (typeof bucket === 'number') index.set(key, [bucket, entry]);
  else bucket.push(entry);
}

/**
 * Finds the customer an incoming record belongs to, by the rules in MatchRule order: the same e-mail,
 * corporate e-mail domain (an e-mail domain equal to the other side's website counts too), website,
 * phone, normalised name, or a near-identical normalised name. Countries must be compatible (equal or
 * one unknown) and corporate domains must not conflict, whichever rule hits: a shared switchboard or
 * agent's phone, or the same name, does not make two companies with different domains one.
 *
 * Exact keys use hash indexes and near-identical names a segment index (FuzzyNameIndex), so neither
 * building nor matching compares all pairs.
 */
export class CustomerMatcher {
  private readonly entries: Keys[] = [];
  private readonly targets: MatchTarget[] = [];
  private readonly byCustomerId = new Map<string, number>();
  private readonly byRow = new Map<number, number>();
  private readonly byEmail = new Map<string, Bucket>();
  private readonly byEmailDomain = new Map<string, Bucket>();
  private readonly byWebsite = new Map<string, Bucket>();
  private readonly byPhone = new Map<string, Bucket>();
  private readonly byName = new Map<string, Bucket>();
  private readonly byFuzzyName: FuzzyNameIndex;
  private seen = new Int32Array(1024);
  private stamp = 0;
  // The search in progress (searches do not nest), in fields so the inner loops need no closures.
  private self = -1;
  private minEntry = 0;
  private visit: Visitor = () => true;

  constructor(existing: Iterable<ExistingCustomerKeys> = []) {
    const customers = [...existing];
    this.byFuzzyName = new FuzzyNameIndex(customers.length);
    for (const customer of customers) this.add({ kind: 'customer', customerId: customer.id }, customer);
  }

  /** Number of indexed customers (existing ones plus those created by earlier rows). */
  get size(): number {
    return this.entries.length;
  }

  /** Indexes a customer; adding a target that is already indexed adds the keys to it. */
  add(target: MatchTarget, keys: MatchKeys): void {
    const known = target.kind === 'customer' ? this.byCustomerId.get(target.customerId) : this.byRow.get(target.row);
    if (known === undefined) this.insert(target, toKeys(keys));
    else this.absorb(known, toKeys(keys));
  }

  /** The customer these keys belong to, by the strongest rule that links them; undefined when none. */
  find(keys: MatchKeys): Match | undefined {
    const found = this.first(toKeys(keys));
    return found && { target: this.targets[found.entry], ...found.evidence };
  }

  /**
   * Every indexed customer these keys belong to, strongest rule first (each customer once, under its
   * strongest rule), at most `limit`: the candidates a new customer may duplicate.
   */
  findAll(keys: MatchKeys, limit: number): Match[] {
    const found: Match[] = [];
    this.search(toKeys(keys), -1, 0, (entry, evidence) => {
      found.push({ target: this.targets[entry], ...evidence });
      return found.length >= limit;
    });
    return found;
  }

  /**
   * Matches an import row. A matched row's e-mails and phones (and its website and country where the
   * customer has none) are added to that customer, as the import stores them there; an unmatched row
   * becomes a new customer keyed by its row number, so later rows of the same file merge into it.
   */
  matchRow(row: number, keys: MatchKeys): RowMatchOutcome {
    const incoming = toKeys(keys);
    const found = this.first(incoming);
    if (!found) {
      const target: MatchTarget = { kind: 'row', row };
      this.insert(target, incoming);
      return { target, created: true };
    }
    this.absorb(found.entry, incoming);
    const target = this.targets[found.entry];
    return { target, created: false, match: { target, ...found.evidence } };
  }

  /**
   * Pairs of indexed customers that look like one, each with the strongest rule linking them, in index
   * order. A name shared by many customers yields many pairs, hence the limit.
   */
  possibleDuplicates(limit = Number.POSITIVE_INFINITY): DuplicatePair[] {
    const pairs: DuplicatePair[] = [];
    for (let id = 0; id < this.entries.length && pairs.length < limit; id++) {
      const entry = this.entries[id];
      this.search(entry, id, id + 1, (other, evidence) => {
        pairs.push({ a: this.targets[id], b: this.targets[other], evidence });
        return pairs.length >= limit;
      });
    }
    return pairs;
  }

  private first(probe: Keys): { entry: number; evidence: MatchEvidence } | undefined {
    let found: { entry: number; evidence: MatchEvidence } | undefined;
    this.search(probe, -1, 0, (entry, evidence) => {
      found = { entry, evidence };
      return true;
    });
    return found;
  }

  private insert(target: MatchTarget, keys: Keys): void {
    const id = this.entries.length;
    this.entries.push(keys);
    this.targets.push(target);
    if (target.kind === 'customer') this.byCustomerId.set(target.customerId, id);
    else this.byRow.set(target.row, id);
    if (this.seen.length <= id) {
      const grown = new Int32Array(this.seen.length * 2);
      grown.set(this.seen);
      this.seen = grown;
    }
    for (const name of keys.names) {
      put(this.byName, name, id);
      this.byFuzzyName.add(name, id);
    }
    for (const email of keys.emails) put(this.byEmail, email, id);
    for (const domain of keys.emailDomains) put(this.byEmailDomain, domain, id);
    for (const phone of keys.phones) put(this.byPhone, phone, id);
    if (keys.website !== undefined) put(this.byWebsite, keys.website, id);
  }

  private absorb(id: number, keys: Keys): void {
    const entry = this.entries[id];
    entry.country ??= keys.country;
    entry.emails = this.addKeys(entry.emails, keys.emails, this.byEmail, id);
    entry.emailDomains = this.addKeys(entry.emailDomains, keys.emailDomains, this.byEmailDomain, id);
    entry.phones = this.addKeys(entry.phones, keys.phones, this.byPhone, id);
    if (entry.website === undefined && keys.website !== undefined) {
      entry.website = keys.website;
      put(this.byWebsite, keys.website, id);
    }
  }

  /** The entry's values with the new ones added (a new list: lists may be shared), each indexed. */
  private addKeys(current: readonly string[], incoming: readonly string[], index: Map<string, Bucket>, id: number): readonly string[] {
    const added = incoming.filter((value) => !current.includes(value));
    for (const value of added) put(index, value, id);
    return added.length === 0 ? current : [...current, ...added];
  }

  private nextStamp(): number {
    if (this.stamp === 0x7fffffff) {
      this.seen.fill(0);
      this.stamp = 0;
    }
    return ++this.stamp;
  }

  /** Skips the probe itself, entries below the range and entries already decided in this search. */
  private decided(entry: number): boolean {
    return entry === this.self || entry < this.minEntry || this.seen[entry] === this.stamp;
  }

  /** Visits the fresh, compatible entries of a bucket; true when the visitor stops the search. */
  private scan(probe: Keys, bucket: Bucket | undefined, matchedOn: MatchRule, value: string, viaWebsite = false): boolean {
    if (bucket === undefined) return false;
    const count = typeof bucket === 'number' ? 1 : bucket.length;
    for (let i = 0; i < count; i++) {
      const entry = typeof bucket === 'number' ? bucket : bucket[i];
      if (this.decided(entry)) continue;
      // Compatibility does not depend on the rule, so an entry is decided the first time it comes up.
      this.seen[entry] = this.stamp;
      if (!compatible(probe, this.entries[entry])) continue;
      const evidence: MatchEvidence = viaWebsite ? { matchedOn, value, viaWebsite } : { matchedOn, value };
      if (this.visit(entry, evidence)) return true;
    }
    return false;
  }

  /**
   * Visits indexed entries that match `probe`, each once, with the strongest rule that links them
   * (rules in order; within a rule, index order; fuzzy names closest first). Entries below `minEntry`
   * and `self` are skipped.
   */
  private search(probe: Keys, self: number, minEntry: number, visit: Visitor): void {
    this.nextStamp();
    this.self = self;
    this.minEntry = minEntry;
    this.visit = visit;
    if (!this.searchExact(probe)) this.searchFuzzy(probe);
  }

  private searchExact(probe: Keys): boolean {
    for (const email of probe.emails) {
      if (this.scan(probe, this.byEmail.get(email), 'email', email)) return true;
    }
    for (const domain of probe.emailDomains) {
      if (this.scan(probe, this.byEmailDomain.get(domain), 'email_domain', domain)) return true;
      if (this.scan(probe, this.byWebsite.get(domain), 'email_domain', domain, true)) return true;
    }
    const website = probe.website;
    if (website !== undefined) {
      // The same website first: a customer that also mails from that domain is still "same website".
      if (this.scan(probe, this.byWebsite.get(website), 'website', website)) return true;
      if (this.scan(probe, this.byEmailDomain.get(website), 'email_domain', website, true)) return true;
    }
    for (const phone of probe.phones) {
      if (this.scan(probe, this.byPhone.get(phone), 'phone', phone)) return true;
    }
    for (const name of probe.names) {
      if (this.scan(probe, this.byName.get(name), 'name', name)) return true;
    }
    return false;
  }

  private searchFuzzy(probe: Keys): boolean {
    const hits: FuzzyHit[] = [];
    for (const probeName of probe.names) {
      this.byFuzzyName.search(
        probeName,
        (entry) => this.decided(entry),
        (entry, name, distance) => {
          if (compatible(probe, this.entries[entry])) hits.push({ entry, name, distance, probeName });
        },
      );
    }
    if (hits.length === 0) return false;
    // Closest first, then index order; an entry with two close names is reported once.
    hits.sort((a, b) => a.distance - b.distance || a.entry - b.entry);
    for (const hit of hits) {
      if (this.seen[hit.entry] === this.stamp) continue;
      this.seen[hit.entry] = this.stamp;
      if (this.visit(hit.entry, { matchedOn: 'fuzzy_name', value: hit.name, otherValue: hit.probeName })) return true;
    }
    return false;
  }
}
