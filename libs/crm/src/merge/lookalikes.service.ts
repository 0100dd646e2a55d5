import { Injectable } from '@nestjs/common';
import { currentActor, dataScopeOf, TransactionHost } from '@tradewind/platform';
import { Customer } from '../customer/customer.entity';
import { CustomerRepository } from '../customer/customer.repository';
import { CustomerKeysRepository } from '../import-job/customer-keys.repository';
import {
  allowedSlips,
  buildMatchKeys,
  CustomerMatcher,
  corporateDomainsOf,
  CustomerMatchValues,
  explainMatch,
  MATCH_RULE_WORDS,
  MatchKeys,
  MatchRule,
} from '../matching';

/** An existing customer a new one may duplicate; `customer` is null when it is outside the reader's data scope. */
export interface Lookalike {
  customer: Customer | null;
  matchedOn: MatchRule;
  reason: string;
}

// Trigram candidates for a near-identical name: enough for a common name's namesakes, few enough to stay quick.
const NAME_CANDIDATES = 200;
// Word similarity (pg_trgm) a candidate's name needs: below the default 0.6, as a slip breaks up to three
// trigrams of a short word, so a name with two slips may fall short of it; the matcher then keeps only
// names within the allowed slips. At 0.4 the lookups took three times as long (crm-lookalikes bench).
const NAME_SIMILARITY = 0.5;

/**
 * The customers that the import's matching rules would take for a customer about to be created, so the
 * create form can warn before the same buyer is entered twice. Reads only candidates (found through
 * indexes on names, aliases, websites, contacts' e-mails, phones and e-mail domains, and the name's
 * trigrams), then judges them with the same CustomerMatcher as the import, so both agree on what a
 * duplicate is: countries compatible, corporate domains not in conflict.
 */
@Injectable()
export class CustomerLookalikesService {
  constructor(
    readonly tx: TransactionHost,
    private readonly repository: CustomerRepository,
    private readonly keys: CustomerKeysRepository,
  ) {}

  async lookalikes(values: CustomerMatchValues, limit: number): Promise<Lookalike[]> {
    const keys = buildMatchKeys(values);
    const ids = await this.candidateIds(keys);
    if (ids.length === 0) return [];
    const matches = new CustomerMatcher(await this.keys.load(ids)).findAll(keys, limit);
    const matchedIds = matches.map((m) => (m.target.kind === 'customer' ? m.target.customerId : ''));
    const visible = new Map((await this.repository.findVisibleMany(matchedIds, dataScopeOf(currentActor()))).map((c) => [c.id, c]));
    return matches.map((match, i) => {
      const customer = visible.get(matchedIds[i]) ?? null;
      // A customer the reader may not see is reported without its name (a near-identical name would tell it).
      return { customer, matchedOn: match.matchedOn, reason: customer ? explainMatch(match) : MATCH_RULE_WORDS[match.matchedOn] };
    });
  }

  private async candidateIds(keys: MatchKeys): Promise<string[]> {
    const domains = corporateDomainsOf(keys);
    const parts: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown): string => `$${params.push(value)}`;
    if (keys.names.length) {
      const names = param(keys.names);
      parts.push(`SELECT c.id FROM customer c WHERE c.merged_into_id IS NULL AND c.normalized_name = ANY(${names}::text[])`);
      parts.push(`SELECT c.id FROM customer c WHERE c.merged_into_id IS NULL AND c.aliases && ${names}::text[]`);
    }
    // The normalised name, without its legal form: "Co., Ltd." shares trigrams with a third of all names,
    // and reading their index entries made the lookup five times as slow (75 against 14 ms by hand).
    // Shorter names only match exactly (allowedSlips), which the B-tree above finds.
    const fuzzyName = keys.names.find((name) => allowedSlips(name.length) > 0);
    if (fuzzyName) {
      parts.push(`(SELECT c.id FROM customer c WHERE c.merged_into_id IS NULL AND ${param(fuzzyName)} <% c.name LIMIT ${NAME_CANDIDATES})`);
    }
    if (domains.length) {
      const list = param(domains);
      parts.push(`SELECT c.id FROM customer c WHERE c.merged_into_id IS NULL AND c.website_domain = ANY(${list}::text[])`);
      parts.push(`SELECT ct.customer_id AS id FROM contact ct WHERE email_domains(ct.emails) && ${list}::text[]`);
    }
    if (keys.emails.length) parts.push(`SELECT ct.customer_id AS id FROM contact ct WHERE ct.emails && ${param(keys.emails)}::text[]`);
    if (keys.phones.length) parts.push(`SELECT ct.customer_id AS id FROM contact ct WHERE ct.phone_e164 && ${param(keys.phones)}::text[]`);
    if (parts.length === 0) return [];
    return this.tx.run(async () => {
      await this.tx.manager.query(`SET LOCAL pg_trgm.word_similarity_threshold = ${NAME_SIMILARITY}`);
      const rows: { id: string }[] = await this.tx.manager.query(parts.join('\nUNION\n'), params);
      return rows.map((row) => row.id);
    });
  }
}
