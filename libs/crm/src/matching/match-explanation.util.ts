import type { MatchEvidence } from './matching.types';

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
