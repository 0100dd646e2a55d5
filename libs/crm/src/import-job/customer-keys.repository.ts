import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@tradewind/platform';
import type { ExistingCustomerKeys } from '../matching';

/** Loads the match keys of every (not merged) customer: names, country, website, contacts' e-mails and phones. */
@Injectable()
export class CustomerKeysRepository {
  constructor(private readonly tx: TransactionHost) {}

  async load(customerIds?: readonly string[]): Promise<ExistingCustomerKeys[]> {
    const filter = customerIds ? 'AND c.id = ANY($1::uuid[])' : '';
    const params = customerIds ? [customerIds] : [];
    // The contacts' e-mails and phones come folded into one space-separated text per customer: 300,000
    // rows of text arrays cost more to send and to parse in JavaScript than 100,000 plain strings to
    // split (neither holds a space). Outside a transaction both reads run at once, on two connections.
    const readContacts = (): Promise<{ customer_id: string; emails: string; phones: string }[]> =>
      this.tx.manager.query(
        `SELECT ct.customer_id, string_agg(array_to_string(ct.emails, ' '), ' ') AS emails, string_agg(array_to_string(ct.phone_e164, ' '), ' ') AS phones
         FROM contact ct JOIN customer c ON c.id = ct.customer_id
         WHERE c.merged_into_id IS NULL AND (cardinality(ct.emails) > 0 OR cardinality(ct.phone_e164) > 0) ${filter}
         GROUP BY ct.customer_id`,
        params,
      );
    const [customers, contacts] = this.tx.inTransaction
      ? [await this.customers(filter, params), await readContacts()]
      : await Promise.all([this.customers(filter, params), readContacts()]);
    const words = (text: string): string[] => text.split(' ').filter((word) => word !== '');
    const channels = new Map(contacts.map((c) => [c.customer_id, { emails: words(c.emails), phones: words(c.phones) }]));
    return customers.map((c) => ({ ...c, emails: channels.get(c.id)?.emails ?? [], phones: channels.get(c.id)?.phones ?? [] }));
  }

  /**
   * Names, country and website only, without the contacts' e-mails and phones (most of the reading):
   * enough to match references that carry a name and a country and nothing else, as other modules'
   * imports do. Such a reference has no domain, so no domain can conflict with it either.
   */
  namesOnly(): Promise<ExistingCustomerKeys[]> {
    return this.customers('', []);
  }

  private async customers(filter: string, params: unknown[]): Promise<ExistingCustomerKeys[]> {
    const rows: { id: string; country: string | null; normalized_name: string; aliases: string[]; website_domain: string | null }[] =
      await this.tx.manager.query(`SELECT c.id, c.country, c.normalized_name, c.aliases, c.website_domain FROM customer c WHERE c.merged_into_id IS NULL ${filter}`, params);
    return rows.map((c) => ({
      id: c.id,
      country: c.country,
      names: c.aliases.length ? [c.normalized_name, ...c.aliases] : [c.normalized_name],
      websiteDomain: c.website_domain,
      emails: [],
      phones: [],
    }));
  }
}
