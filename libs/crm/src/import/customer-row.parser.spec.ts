import { CustomerMatcher } from '../matching/customer.matcher';
import { detectColumns } from './column.detector';
import { matchKeysFromRow, parseCustomerRow, parseCustomerRows } from './customer-row.parser';
import { readSpreadsheet } from './spreadsheet.reader';

const HEADERS = [
  'Company',
  'Country',
  'Contact',
  'Email',
  'Phone',
  'Mobile',
  'Website',
  'Industry',
  'Tags',
  'Owner',
  'Notes',
  'City',
  'Address',
];
const MAPPING = detectColumns(HEADERS).mapping;

type Cells = Partial<Record<(typeof HEADERS)[number], string>>;

function parse(cells: Cells, line = 2) {
  return parseCustomerRow({ line, cells: HEADERS.map((header) => cells[header] ?? '') }, MAPPING);
}

describe('parseCustomerRow', () => {
  it('normalises every field and keeps the raw cells', () => {
    const parsed = parse({
      Company: ' Acme Tools GmbH ',
      Country: 'Germany',
      Contact: 'Anna Schmidt',
      Email: ' Anna@ACME-tools.de ',
      Phone: '030 1234567',
      Website: 'https://www.acme-tools.de/en',
      Industry: 'Machinery',
      Tags: 'VIP; key account, vip|Export、重点，Key Account',
      Owner: ' Li.Wei@Tradewind.cn ',
      Notes: 'Met at Canton Fair',
      City: 'Berlin',
      Address: 'Hauptstr. 1',
    });
    expect(parsed).toEqual({
      row: 2,
      warnings: [],
      values: {
        name: 'Acme Tools GmbH',
        normalisedName: 'acme tools',
        displayName: 'Acme Tools GmbH',
        country: 'DE',
        contactName: 'Anna Schmidt',
        emails: ['anna@acme-tools.de'],
        phones: ['+49301234567'],
        website: 'https://www.acme-tools.de/en',
        websiteDomain: 'acme-tools.de',
        industry: 'Machinery',
        tags: ['VIP', 'key account', 'Export', '重点'],
        owner: 'li.wei@tradewind.cn',
        notes: 'Met at Canton Fair',
        city: 'Berlin',
        address: 'Hauptstr. 1',
        raw: {
          name: 'Acme Tools GmbH',
          country: 'Germany',
          contactName: 'Anna Schmidt',
          email: 'Anna@ACME-tools.de',
          phone: '030 1234567',
          website: 'https://www.acme-tools.de/en',
          industry: 'Machinery',
          tags: 'VIP; key account, vip|Export、重点，Key Account',
          owner: 'Li.Wei@Tradewind.cn',
          notes: 'Met at Canton Fair',
          city: 'Berlin',
          address: 'Hauptstr. 1',
        },
      },
    });
  });

  it('reads Chinese and ISO country values', () => {
    expect(parse({ Company: 'A', Country: '德国' }).values.country).toBe('DE');
    expect(parse({ Company: 'A', Country: 'deu' }).values.country).toBe('DE');
    expect(parse({ Company: 'A', Country: 'VN' }).values.country).toBe('VN');
  });

  it('uses the row country as the region of national phone numbers, across phone columns', () => {
    const parsed = parse({ Company: 'A', Country: 'US', Phone: '(212) 555-0123', Mobile: '+44 20 7946 0958; (212) 555-0123' });
    expect(parsed.values.phones).toEqual(['+12125550123', '+442079460958']);
  });

  it('keeps a row with a bad e-mail, phone, website or country, moving the bad values to the notes', () => {
    const parsed = parse({ Company: 'Acme', Country: 'Atlantis', Email: 'anna@', Phone: '12', Website: 'not a site', Notes: 'VIP' });
    expect(parsed.error).toBeUndefined();
    expect(parsed.warnings).toEqual([
      'Unrecognised country: "Atlantis"',
      'Unrecognised e-mail: "anna@"',
      'Unrecognised phone: "12"',
      'Unrecognised website: "not a site"',
    ]);
    expect(parsed.values).toMatchObject({ country: undefined, emails: [], phones: [], websiteDomain: undefined });
    expect(parsed.values.notes).toBe(
      'VIP\nUnrecognised country / 无法识别的国家: "Atlantis"\nUnrecognised e-mail / 无法识别的邮箱: "anna@"\nUnrecognised phone / 无法识别的电话: "12"\nUnrecognised website / 无法识别的网站: "not a site"',
    );
  });

  it('warns about an owner that is not an e-mail, without adding it to the notes', () => {
    const parsed = parse({ Company: 'Acme', Owner: 'Li Wei' });
    expect(parsed.warnings).toEqual(['Unrecognised owner e-mail: "Li Wei"']);
    expect(parsed.values.owner).toBeUndefined();
    expect(parsed.values.notes).toBeUndefined();
  });

  it('rejects a row with no company name, e-mail or website', () => {
    expect(parse({ Country: 'DE', Phone: '030 1234567' }, 7)).toMatchObject({ row: 7, error: 'No company name, e-mail or website.' });
  });

  it('rejects a row whose only e-mail is invalid and that has no name', () => {
    expect(parse({ Email: 'anna@' }).error).toBe('No company name, e-mail or website.');
  });

  it('accepts a row without a name but with an e-mail, naming it after the corporate domain', () => {
    const parsed = parse({ Email: 'sales@acme-tools.de' });
    expect(parsed.error).toBeUndefined();
    expect(parsed.values.name).toBeUndefined();
    expect(parsed.values.displayName).toBe('Acme Tools');
  });

  it('accepts a row without a name but with a website, naming it after the website', () => {
    expect(parse({ Website: 'www.bolt-industries.co.uk' }).values.displayName).toBe('Bolt Industries');
  });

  it('names a row with only a free-mail address after its contact, not after the mail provider', () => {
    expect(parse({ Email: 'ali.trading@gmail.com', Contact: 'Ali Hassan' }).values.displayName).toBe('Ali Hassan');
    expect(parse({ Email: 'ali.trading@gmail.com' }).values.displayName).toBe('ali.trading@gmail.com');
  });

  it('names a row with only a page on a shared site after the page, not after the site', () => {
    expect(parse({ Website: 'https://www.facebook.com/kalomitools' }).values.displayName).toBe('https://www.facebook.com/kalomitools');
  });

  it('takes several e-mails from one cell and drops repeats', () => {
    expect(parse({ Company: 'A', Email: 'a@acme.de; b@acme.de, A@acme.de' }).values.emails).toEqual(['a@acme.de', 'b@acme.de']);
  });

  it('treats placeholder cells as empty', () => {
    const parsed = parse({ Company: 'Acme', Email: 'n/a', Phone: '-', Website: '无' });
    expect(parsed.warnings).toEqual([]);
    expect(parsed.values.raw).toEqual({ name: 'Acme' });
  });
});

describe('matchKeysFromRow', () => {
  it('gives the matcher the normalised keys', () => {
    const parsed = parse({ Company: 'Acme GmbH', Country: 'DE', Email: 'Info@Acme.de', Phone: '030 1234567', Website: 'acme.de' });
    expect(matchKeysFromRow(parsed.values)).toEqual({
      country: 'DE',
      names: ['acme'],
      emails: ['info@acme.de'],
      websiteDomain: 'acme.de',
      phones: ['+49301234567'],
    });
  });
});

describe('a spreadsheet through parsing and matching', () => {
  it('merges rows of one file into the customer their first row creates', async () => {
    const text = [
      'Company,Country,Email,Phone',
      'Kalomi Tools GmbH,DE,info@kalomi.de,',
      'Kalomi Werkzeuge,Deutschland,anna@kalomi.de,030 1234567',
      ',,hans@kalomi.de,',
      'Bolt Ltd,GB,,',
    ].join('\n');
    const sheet = await readSpreadsheet(new TextEncoder().encode(text), 'customers.csv');
    const matcher = new CustomerMatcher();
    const outcomes = parseCustomerRows(sheet).map((row) => matcher.matchRow(row.row, matchKeysFromRow(row.values)));
    expect(outcomes.map((outcome) => [outcome.target, outcome.match?.matchedOn])).toEqual([
      [{ kind: 'row', row: 2 }, undefined],
      [{ kind: 'row', row: 2 }, 'email_domain'],
      [{ kind: 'row', row: 2 }, 'email_domain'],
      [{ kind: 'row', row: 5 }, undefined],
    ]);
  });
});
