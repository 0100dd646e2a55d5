import type { MatchEvidence, MatchRule } from './matching.types';

/** What two records share, in words that name nothing of either: for a customer the reader may not see. */
export const MATCH_RULE_WORDS: Record<MatchRule, string> = {
  email: 'same e-mail address',
  email_domain: 'same e-mail domain',
  website: 'same website',
  phone: 'same phone',
  name: 'same name',
  fuzzy_name: 'nearly the same name',
};

/** A one-line English reason for a match, for logs and the import report ("same e-mail domain acme.de"). */
export function explainMatch(evidence: MatchEvidence): string {
  switch (evidence.matchedOn) {
    case 'email':
      return `same e-mail ${evidence.value}`;
    case 'email_domain':
      return evidence.viaWebsite
        ? `same corporate domain ${evidence.value} (e-mail domain of one, website of the other)`
        : `same e-mail domain ${evidence.value}`;
    case 'website':
      return `same website ${evidence.value}`;
    case 'phone':
      return `same phone ${evidence.value}`;
    case 'name':
      return `same name "${evidence.value}"`;
    case 'fuzzy_name':
      return `nearly the same name "${evidence.otherValue ?? ''}" / "${evidence.value}"`;
  }
}
