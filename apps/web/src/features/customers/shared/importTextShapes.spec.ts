import { explainMatch } from '../../../../../../libs/crm/src/matching/match-explanation.util';
import { parseCustomerRows, readSpreadsheet } from '../../../../../../libs/crm/src/import';
import { namedAfterDomainWarning, ownerToPoolWarning } from '../../../../../../libs/crm/src/import-job/customer-import.service';
import { OWNER_REFUSALS } from '../../../../../../libs/crm/src/pool/ownership.service';
import { readImportText } from './importTextShapes';

describe('readImportText', () => {
  it("reads every match reason the API's matcher writes", () => {
    const reasons = [
      explainMatch({ matchedOn: 'email', value: 'anna@hanse.de' } as Parameters<typeof explainMatch>[0]),
      explainMatch({ matchedOn: 'email_domain', value: 'hanse.de' } as Parameters<typeof explainMatch>[0]),
      explainMatch({ matchedOn: 'email_domain', value: 'hanse.de', viaWebsite: true } as Parameters<typeof explainMatch>[0]),
      explainMatch({ matchedOn: 'website', value: 'hanse.de' } as Parameters<typeof explainMatch>[0]),
      explainMatch({ matchedOn: 'phone', value: '+4940123456' } as Parameters<typeof explainMatch>[0]),
      explainMatch({ matchedOn: 'name', value: 'hanse werkzeug' } as Parameters<typeof explainMatch>[0]),
      explainMatch({ matchedOn: 'fuzzy_name', value: 'hanse werkzeug', otherValue: 'hanse werkzueg' } as Parameters<typeof explainMatch>[0]),
    ];
    expect(reasons.map((reason) => readImportText(reason))).toEqual([
      { key: 'sameEmail', values: { value: 'anna@hanse.de' } },
      { key: 'sameEmailDomain', values: { value: 'hanse.de' } },
      { key: 'sameCorporateDomain', values: { value: 'hanse.de' } },
      { key: 'sameWebsite', values: { value: 'hanse.de' } },
      { key: 'samePhone', values: { value: '+4940123456' } },
      { key: 'sameName', values: { value: 'hanse werkzeug' } },
      { key: 'nearlySameName', values: { first: 'hanse werkzueg', second: 'hanse werkzeug' } },
    ]);
  });

  it("reads the warnings and errors the API's row parser writes", async () => {
    const csv = ['Company,Country,Email,Phone,Website,Owner', 'Atlantis Trading,Atlantis,bob@@bad,12,not a site,nobody', ',,,+4930123456,,'].join('\n');
    const rows = parseCustomerRows(await readSpreadsheet(Buffer.from(csv), 'customers.csv'));
    const texts = rows.flatMap((row) => [...row.warnings, ...(row.error ? [row.error] : [])]);
    expect(texts).toHaveLength(6);
    expect(texts.map((text) => [text, readImportText(text)?.key])).toEqual([
      [texts[0], 'unrecognised'],
      [texts[1], 'unrecognised'],
      [texts[2], 'unrecognised'],
      [texts[3], 'unrecognised'],
      [texts[4], 'unrecognisedOwner'],
      [texts[5], 'noIdentity'],
    ]);
  });

  it("reads the import's warnings about owners it may not use, and about a customer named after its domain", () => {
    const ownerWarning = (refusal: string) => ownerToPoolWarning('lin@x.com', refusal);
    const texts = [
      ownerWarning('is not a user'),
      ownerWarning(OWNER_REFUSALS.missing),
      ownerWarning(OWNER_REFUSALS.role('logistics')),
      ownerWarning(OWNER_REFUSALS.notYou),
      ownerWarning(OWNER_REFUSALS.outsideTeam),
      namedAfterDomainWarning('hanse.de'),
    ];
    expect(texts.map((text) => readImportText(text))).toEqual([
      { key: 'ownerNotUser', values: { value: 'lin@x.com' } },
      { key: 'ownerMissing', values: { value: 'lin@x.com' } },
      { key: 'ownerRole', values: { value: 'lin@x.com', role: 'logistics' } },
      { key: 'ownerNotYou', values: { value: 'lin@x.com' } },
      { key: 'ownerOutsideTeam', values: { value: 'lin@x.com' } },
      { key: 'namedAfterDomain', values: { value: 'hanse.de' } },
    ]);
  });

  it('leaves a sentence of another shape alone', () => {
    expect(readImportText('something the API said')).toBeNull();
  });
});
