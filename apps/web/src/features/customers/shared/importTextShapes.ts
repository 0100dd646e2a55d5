/**
 * The import report and the duplicates page carry the API's English sentences (warnings, errors and
 * match reasons: the CLI's JSON format, which integrators read, fixes them). These are their shapes,
 * read back into a catalogue key and its values so the Chinese interface can say them; a sentence of
 * another shape is shown as it came.
 */
const SHAPES: readonly { pattern: RegExp; key: ImportTextKey; names: readonly string[] }[] = [
  { pattern: /^Unrecognised owner e-mail: "(.*)"$/s, key: 'unrecognisedOwner', names: ['value'] },
  { pattern: /^Unrecognised (country|e-mail|phone|website): "(.*)"$/s, key: 'unrecognised', names: ['what', 'value'] },
  { pattern: /^Owner "(.*)" is not a user; the customer goes to the pool\.$/s, key: 'ownerNotUser', names: ['value'] },
  { pattern: /^Owner "(.*)" does not exist or is deactivated; the customer goes to the pool\.$/s, key: 'ownerMissing', names: ['value'] },
  { pattern: /^Owner "(.*)" is a (\w+) user, and customers are owned by salespeople, managers and admins; the customer goes to the pool\.$/s, key: 'ownerRole', names: ['value', 'role'] },
  { pattern: /^Owner "(.*)" is not you: salespeople create customers for themselves or the pool; a manager assigns them to others; the customer goes to the pool\.$/s, key: 'ownerNotYou', names: ['value'] },
  { pattern: /^Owner "(.*)" is outside your team: managers give customers to members of their own team; the customer goes to the pool\.$/s, key: 'ownerOutsideTeam', names: ['value'] },
  { pattern: /^No company name: the new customer is called "(.*)" after its website or e-mail; rename it if that is wrong\.$/s, key: 'namedAfterDomain', names: ['value'] },
  { pattern: /^No company name, e-mail or website\.$/, key: 'noIdentity', names: [] },
  {
    pattern: /^this company is already a colleague's customer that you cannot open \((same e-mail address|same e-mail domain|same website|same phone|same name|nearly the same name)\); ask your manager to hand it over or to import the row$/,
    key: 'colleagueCustomer',
    names: ['rule'],
  },
  { pattern: /^same corporate domain (\S+) \(e-mail domain of one, website of the other\)$/, key: 'sameCorporateDomain', names: ['value'] },
  { pattern: /^same e-mail domain (\S+)$/, key: 'sameEmailDomain', names: ['value'] },
  { pattern: /^same e-mail (\S+)$/, key: 'sameEmail', names: ['value'] },
  { pattern: /^same website (\S+)$/, key: 'sameWebsite', names: ['value'] },
  { pattern: /^same phone (\S+)$/, key: 'samePhone', names: ['value'] },
  { pattern: /^same name "(.*)"$/s, key: 'sameName', names: ['value'] },
  { pattern: /^nearly the same name "(.*)" \/ "(.*)"$/s, key: 'nearlySameName', names: ['first', 'second'] },
];

export type ImportTextKey =
  | 'unrecognised'
  | 'unrecognisedOwner'
  | 'ownerNotUser'
  | 'ownerMissing'
  | 'ownerRole'
  | 'ownerNotYou'
  | 'ownerOutsideTeam'
  | 'namedAfterDomain'
  | 'noIdentity'
  | 'colleagueCustomer'
  | 'sameCorporateDomain'
  | 'sameEmailDomain'
  | 'sameEmail'
  | 'sameWebsite'
  | 'samePhone'
  | 'sameName'
  | 'nearlySameName';

/** The catalogue key and values of one of the API's import sentences, or null for another sentence. */
export function readImportText(text: string): { key: ImportTextKey; values: Record<string, string> } | null {
  for (const shape of SHAPES) {
    const match = shape.pattern.exec(text);
    if (match) return { key: shape.key, values: Object.fromEntries(shape.names.map((name, i) => [name, match[i + 1]])) };
  }
  return null;
}
