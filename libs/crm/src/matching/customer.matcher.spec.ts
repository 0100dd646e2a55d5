import { CustomerMatcher } from './customer.matcher';
import { explainMatch } from './match-explanation.util';
import { buildMatchKeys, type CustomerMatchValues } from './match-keys.builder';
import type { ExistingCustomerKeys, MatchKeys } from './matching.types';
import { buildSyntheticCustomers } from './synthetic-customers.factory';

function keys(values: CustomerMatchValues & { name?: string }): MatchKeys {
  return buildMatchKeys({ ...values, names: values.name ? [values.name] : values.names });
}

function customer(id: string, values: CustomerMatchValues & { name?: string }): ExistingCustomerKeys {
  return { id, ...keys(values) };
}

function matcherWith(...customers: ExistingCustomerKeys[]): CustomerMatcher {
  return new CustomerMatcher(customers);
}

describe('CustomerMatcher rules', () => {
  it('merges a row with the same e-mail address', () => {
    const matcher = matcherWith(customer('c1', { name: 'Acme GmbH', country: 'DE', emails: ['info@acme.de'] }));
    expect(matcher.find(keys({ name: 'Totally Different', emails: ['INFO@acme.de'] }))).toMatchObject({
      target: { kind: 'customer', customerId: 'c1' },
      matchedOn: 'email',
      value: 'info@acme.de',
    });
  });

  it('does not merge rows whose e-mail addresses differ', () => {
    const matcher = matcherWith(customer('c1', { name: 'Acme GmbH', emails: ['info@acme.de'] }));
    expect(matcher.find(keys({ name: 'Bolt GmbH', emails: ['info@bolt.de'] }))).toBeUndefined();
  });

  it('merges a row with the same free-mail address, as it is the same mailbox', () => {
    const matcher = matcherWith(customer('c1', { name: 'Ali Traders', emails: ['ali.trading@gmail.com'] }));
    expect(matcher.find(keys({ name: 'Ali', emails: ['ali.trading@gmail.com'] }))?.matchedOn).toBe('email');
  });

  it('merges a row that shares only the corporate e-mail domain', () => {
    const matcher = matcherWith(customer('c1', { name: 'Acme GmbH', emails: ['info@acme.de'] }));
    expect(matcher.find(keys({ name: 'Other Name', emails: ['hans@acme.de'] }))).toMatchObject({
      matchedOn: 'email_domain',
      value: 'acme.de',
    });
  });

  it('keeps two companies apart that both use gmail.com', () => {
    const matcher = matcherWith(customer('c1', { name: 'Alpha Trading', emails: ['alpha.trading@gmail.com'] }));
    expect(matcher.find(keys({ name: 'Beta Imports', emails: ['beta.imports@gmail.com'] }))).toBeUndefined();
  });

  it("merges a row whose e-mail domain is the customer's website, as the same corporate domain", () => {
    const matcher = matcherWith(customer('c1', { name: 'Acme GmbH', website: 'https://www.acme.de' }));
    expect(matcher.find(keys({ emails: ['sales@acme.de'] }))).toMatchObject({
      matchedOn: 'email_domain',
      value: 'acme.de',
      viaWebsite: true,
    });
  });

  it('merges a row with the same website domain', () => {
    const matcher = matcherWith(customer('c1', { name: 'Acme GmbH', website: 'http://acme.de/de' }));
    expect(matcher.find(keys({ name: 'Acme Werkzeuge', website: 'https://www.ACME.de/en' }))).toMatchObject({
      matchedOn: 'website',
      value: 'acme.de',
    });
  });

  it('calls a website match "same website" when the customer also mails from that domain', () => {
    const matcher = matcherWith(customer('c1', { name: 'Bricolage Provence', website: 'bricolage-provence.fr', emails: ['contact@bricolage-provence.fr'] }));
    expect(matcher.find(keys({ website: 'https://www.bricolage-provence.fr/contact' }))).toMatchObject({ matchedOn: 'website', value: 'bricolage-provence.fr' });
  });

  it('does not merge rows with different websites', () => {
    const matcher = matcherWith(customer('c1', { name: 'Acme GmbH', website: 'acme.de' }));
    expect(matcher.find(keys({ name: 'Bolt GmbH', website: 'bolt.de' }))).toBeUndefined();
  });

  it('does not merge two companies whose website is a page on the same platform', () => {
    const matcher = matcherWith(customer('c1', { name: 'Alpha Foods', website: 'https://facebook.com/alphafoods' }));
    expect(matcher.find(keys({ name: 'Beta Textiles', website: 'https://www.facebook.com/betatextiles' }))).toBeUndefined();
  });

  it('merges a row with the same phone number', () => {
    const matcher = matcherWith(customer('c1', { name: 'Acme GmbH', country: 'DE', phones: ['+49 30 1234567'] }));
    expect(matcher.find(keys({ name: 'Acme Berlin', country: 'DE', phones: ['030 1234567'] }))).toMatchObject({
      matchedOn: 'phone',
      value: '+49301234567',
    });
  });

  it('does not merge rows with different phones', () => {
    const matcher = matcherWith(customer('c1', { name: 'Acme GmbH', phones: ['+49 30 1234567'] }));
    expect(matcher.find(keys({ name: 'Bolt GmbH', phones: ['+49 30 7654321'] }))).toBeUndefined();
  });

  it('does not merge on a shared phone when the corporate domains conflict', () => {
    const matcher = matcherWith(customer('c1', { name: 'Acme GmbH', emails: ['info@acme.de'], phones: ['+49 30 1234567'] }));
    expect(matcher.find(keys({ name: 'Bolt GmbH', emails: ['info@bolt.de'], phones: ['+49 30 1234567'] }))).toBeUndefined();
  });

  it('merges a row with the same normalised name', () => {
    const matcher = matcherWith(customer('c1', { name: 'Acme Tools GmbH', country: 'DE' }));
    expect(matcher.find(keys({ name: 'ACME TOOLS gmbh.', country: 'Germany' }))).toMatchObject({
      matchedOn: 'name',
      value: 'acme tools',
    });
  });

  it('merges a full-width name with its half-width spelling', () => {
    const matcher = matcherWith(customer('c1', { name: 'ＡＣＭＥ Ｔｏｏｌｓ Co., Ltd.' }));
    expect(matcher.find(keys({ name: 'Acme Tools Co Ltd' }))?.matchedOn).toBe('name');
  });

  it('merges the same name when one side has no country', () => {
    const matcher = matcherWith(customer('c1', { name: 'Acme Tools', country: 'DE' }));
    expect(matcher.find(keys({ name: 'Acme Tools' }))?.matchedOn).toBe('name');
  });

  it('keeps the same name in different countries apart', () => {
    const matcher = matcherWith(customer('c1', { name: 'Acme Tools', country: 'DE' }));
    expect(matcher.find(keys({ name: 'Acme Tools', country: 'FR' }))).toBeUndefined();
  });

  it('keeps the same e-mail in different countries apart, as countries are checked for every rule', () => {
    const matcher = matcherWith(customer('c1', { name: 'Acme', country: 'DE', emails: ['info@acme.de'] }));
    expect(matcher.find(keys({ name: 'Acme', country: 'US', emails: ['info@acme.de'] }))).toBeUndefined();
  });

  it('keeps the same name apart when the corporate domains conflict', () => {
    const matcher = matcherWith(customer('c1', { name: 'Global Trading LLC', emails: ['info@globaltrading.ae'] }));
    expect(matcher.find(keys({ name: 'Global Trading', website: 'global-trading.com' }))).toBeUndefined();
  });

  it('merges the same name when only one side has a corporate domain', () => {
    const matcher = matcherWith(customer('c1', { name: 'Global Trading LLC', emails: ['info@globaltrading.ae'] }));
    expect(matcher.find(keys({ name: 'Global Trading', emails: ['global.trading@gmail.com'] }))?.matchedOn).toBe('name');
  });

  it('merges a name one typing slip away when it has at least 10 characters', () => {
    const matcher = matcherWith(customer('c1', { name: 'Kalomi Tools' }));
    expect(matcher.find(keys({ name: 'Kalomi Toals' }))).toMatchObject({
      matchedOn: 'fuzzy_name',
      value: 'kalomi tools',
      otherValue: 'kalomi toals',
    });
  });

  it('does not merge a name one slip away when it has 9 characters', () => {
    const matcher = matcherWith(customer('c1', { name: 'Acme Tool' }));
    expect(matcher.find(keys({ name: 'Acme Toal' }))).toBeUndefined();
  });

  it('does not merge when the slip makes the shorter name 9 characters', () => {
    const matcher = matcherWith(customer('c1', { name: 'Acme Tools' }));
    expect(matcher.find(keys({ name: 'Acme Tool' }))).toBeUndefined();
  });

  it('counts a swap of neighbouring letters as one slip', () => {
    const matcher = matcherWith(customer('c1', { name: 'Kalomi Tools' }));
    expect(matcher.find(keys({ name: 'Kaloim Tools' }))?.matchedOn).toBe('fuzzy_name');
  });

  it('merges a name two slips away when it has at least 16 characters', () => {
    const matcher = matcherWith(customer('c1', { name: 'Bavarian Machinery' }));
    expect(matcher.find(keys({ name: 'Bavarien Machinary' }))?.matchedOn).toBe('fuzzy_name');
  });

  it('does not merge a name two slips away when it has 15 characters', () => {
    const matcher = matcherWith(customer('c1', { name: 'Bavaria Machine' }));
    expect(matcher.find(keys({ name: 'Bavarea Machime' }))).toBeUndefined();
  });

  it('does not merge a name three slips away, however long', () => {
    const matcher = matcherWith(customer('c1', { name: 'International Bavarian Machinery' }));
    expect(matcher.find(keys({ name: 'Internatonal Bavarien Machinary' }))).toBeUndefined();
  });

  it('keeps near-identical names apart when the corporate domains conflict', () => {
    const matcher = matcherWith(customer('c1', { name: 'Kalomi Tools', website: 'kalomi.de' }));
    expect(matcher.find(keys({ name: 'Kalomi Toals', website: 'kalomi-toals.com' }))).toBeUndefined();
  });

  it('keeps near-identical names in different countries apart', () => {
    const matcher = matcherWith(customer('c1', { name: 'Kalomi Tools', country: 'DE' }));
    expect(matcher.find(keys({ name: 'Kalomi Toals', country: 'AT' }))).toBeUndefined();
  });

  it('finds a near-identical name wherever the slips fall', () => {
    const name = 'shenzhen golden star trading';
    const matcher = matcherWith(customer('c1', { name }));
    for (let at = 0; at < name.length - 1; at++) {
      const swapped = name.slice(0, at) + name[at + 1] + name[at] + name.slice(at + 2);
      const twoSlips = `${swapped.slice(0, (at + 7) % name.length)}x${swapped.slice(((at + 7) % name.length) + 1)}`;
      if (swapped !== name) expect(matcher.find(keys({ name: swapped }))?.target).toEqual({ kind: 'customer', customerId: 'c1' });
      if (twoSlips !== name) expect(matcher.find(keys({ name: twoSlips }))?.target).toEqual({ kind: 'customer', customerId: 'c1' });
    }
  });

  it('reports the strongest rule when different customers match by different rules', () => {
    const matcher = matcherWith(
      customer('by-name', { name: 'Acme Tools' }),
      customer('by-phone', { name: 'Something Else', phones: ['+49 30 1234567'] }),
      customer('by-email', { name: 'Third', emails: ['anna@example-corp.de'] }),
    );
    expect(matcher.find(keys({ name: 'Acme Tools', phones: ['+49 30 1234567'], emails: ['anna@example-corp.de'] }))).toMatchObject({
      target: { kind: 'customer', customerId: 'by-email' },
      matchedOn: 'email',
    });
  });

  it('prefers the closest of several near-identical names', () => {
    const matcher = matcherWith(
      customer('two-away', { name: 'Bavarian Machinerie' }),
      customer('one-away', { name: 'Bavarian Machinerx' }),
    );
    expect(matcher.find(keys({ name: 'Bavarian Machinery' }))?.target).toEqual({ kind: 'customer', customerId: 'one-away' });
  });
});

describe('CustomerMatcher within a file', () => {
  it('merges later duplicates into the customer the first row creates', () => {
    const matcher = matcherWith(customer('c1', { name: 'Unrelated Ltd', emails: ['x@unrelated.com'] }));
    expect(matcher.matchRow(2, keys({ name: 'Kalomi Tools', emails: ['sales@kalomi.de'] }))).toEqual({
      target: { kind: 'row', row: 2 },
      created: true,
    });
    expect(matcher.matchRow(3, keys({ name: 'Kalomi Werkzeuge', emails: ['anna@kalomi.de'], phones: ['+49 30 1234567'] }))).toMatchObject({
      target: { kind: 'row', row: 2 },
      created: false,
      match: { matchedOn: 'email_domain' },
    });
    // Row 3's phone now belongs to the customer row 2 created.
    expect(matcher.matchRow(4, keys({ name: 'KT Berlin', phones: ['+49 30 1234567'] }))).toMatchObject({
      target: { kind: 'row', row: 2 },
      match: { matchedOn: 'phone' },
    });
    expect(matcher.size).toBe(2);
  });

  it('fills in a country the matched customer lacks, so a later row from another country stays apart', () => {
    const matcher = matcherWith(customer('c1', { name: 'Acme Tools' }));
    matcher.matchRow(2, keys({ name: 'Acme Tools', country: 'DE' }));
    expect(matcher.matchRow(3, keys({ name: 'Acme Tools', country: 'FR' }))).toMatchObject({ created: true });
  });

  it('does not index what find looks up', () => {
    const matcher = matcherWith();
    matcher.find(keys({ name: 'Acme Tools' }));
    expect(matcher.size).toBe(0);
  });

  it('adds keys to a customer that is added again', () => {
    const matcher = matcherWith(customer('c1', { name: 'Acme Tools' }));
    matcher.add({ kind: 'customer', customerId: 'c1' }, keys({ emails: ['info@acme.de'] }));
    expect(matcher.size).toBe(1);
    expect(matcher.find(keys({ emails: ['info@acme.de'] }))?.target).toEqual({ kind: 'customer', customerId: 'c1' });
  });
});

describe('CustomerMatcher.possibleDuplicates', () => {
  it('lists each linked pair once with the strongest rule linking it', () => {
    const matcher = matcherWith(
      customer('a', { name: 'Acme Tools', emails: ['info@acme.de'] }),
      customer('b', { name: 'Acme Tools GmbH', emails: ['sales@acme.de'] }),
      customer('c', { name: 'Bavarian Machinery', country: 'DE' }),
      customer('d', { name: 'Bavarien Machinary', country: 'DE' }),
      customer('e', { name: 'Unrelated Foods' }),
    );
    expect(matcher.possibleDuplicates()).toEqual([
      {
        a: { kind: 'customer', customerId: 'a' },
        b: { kind: 'customer', customerId: 'b' },
        evidence: { matchedOn: 'email_domain', value: 'acme.de' },
      },
      {
        a: { kind: 'customer', customerId: 'c' },
        b: { kind: 'customer', customerId: 'd' },
        evidence: { matchedOn: 'fuzzy_name', value: 'bavarien machinary', otherValue: 'bavarian machinery' },
      },
    ]);
  });

  it('stops at the limit', () => {
    const matcher = matcherWith(...['a', 'b', 'c'].map((id) => customer(id, { name: 'Same Name' })));
    expect(matcher.possibleDuplicates()).toHaveLength(3);
    expect(matcher.possibleDuplicates(2)).toHaveLength(2);
  });
});

describe('CustomerMatcher at scale', () => {
  it('finds planted near-duplicates among 20,000 customers while matching 20,000 rows', () => {
    const existing = buildSyntheticCustomers(20_000, 7);
    const planted = [
      customer('planted-email', { name: 'Ostrander Hydraulics', country: 'US', emails: ['buyer@ostrander-hyd.com'] }),
      customer('planted-fuzzy', { name: 'Quellwerk Pumpentechnik', country: 'DE' }),
      customer('planted-short', { name: 'Zubrovka Foods', country: 'PL' }),
      customer('planted-domain', { name: 'Tarkin Logistics', website: 'tarkin-logistics.nl', country: 'NL' }),
    ];
    const matcher = new CustomerMatcher([...existing.slice(0, 10_000), ...planted, ...existing.slice(10_000)]);
    const rows = buildSyntheticCustomers(20_000, 8).map((row) => ({ ...row, id: '' }));
    const probes: [number, MatchKeys][] = [
      [5_000, keys({ name: 'Ostrandr Hydraulic', emails: ['BUYER@ostrander-hyd.com'] })],
      [10_000, keys({ name: 'Quelwerk Pumpentechnick', country: 'DE' })],
      [15_000, keys({ name: 'Zubrovka Fods', country: 'PL' })],
      [17_500, keys({ name: 'TL', emails: ['ops@tarkin-logistics.nl'] })],
      [19_000, keys({ name: 'Zubrovka Fods', country: 'CZ' })],
    ];
    const outcomes = new Map<number, ReturnType<CustomerMatcher['matchRow']>>();
    rows.forEach((row, index) => {
      const probe = probes.find(([at]) => at === index);
      outcomes.set(index, matcher.matchRow(index + 2, probe ? probe[1] : row));
    });
    expect(outcomes.get(5_000)?.match).toMatchObject({ target: { customerId: 'planted-email' }, matchedOn: 'email' });
    expect(outcomes.get(10_000)?.match).toMatchObject({ target: { customerId: 'planted-fuzzy' }, matchedOn: 'fuzzy_name' });
    expect(outcomes.get(15_000)?.match).toMatchObject({ target: { customerId: 'planted-short' }, matchedOn: 'fuzzy_name' });
    expect(outcomes.get(17_500)?.match).toMatchObject({ target: { customerId: 'planted-domain' }, matchedOn: 'email_domain' });
    // Another country: a new customer, which the same name from that country would then join.
    expect(outcomes.get(19_000)).toMatchObject({ created: true, target: { kind: 'row', row: 19_002 } });
  });
});

describe('explainMatch', () => {
  it('says why in a line', () => {
    expect(explainMatch({ matchedOn: 'email', value: 'info@acme.de' })).toBe('same e-mail info@acme.de');
    expect(explainMatch({ matchedOn: 'email_domain', value: 'acme.de' })).toBe('same e-mail domain acme.de');
    expect(explainMatch({ matchedOn: 'email_domain', value: 'acme.de', viaWebsite: true })).toBe(
      'same corporate domain acme.de (e-mail domain of one, website of the other)',
    );
    expect(explainMatch({ matchedOn: 'website', value: 'acme.de' })).toBe('same website acme.de');
    expect(explainMatch({ matchedOn: 'phone', value: '+49301234567' })).toBe('same phone +49301234567');
    expect(explainMatch({ matchedOn: 'name', value: 'acme tools' })).toBe('same name "acme tools"');
    expect(explainMatch({ matchedOn: 'fuzzy_name', value: 'acme tools', otherValue: 'acme toals' })).toBe(
      'nearly the same name "acme toals" / "acme tools"',
    );
  });
});
