import { detectColumns, fieldForHeader, HEADER_SYNONYMS } from './column.detector';
import type { CustomerField } from './customer-import.types';

const synonyms = (Object.entries(HEADER_SYNONYMS) as [CustomerField, readonly string[]][]).flatMap(([field, texts]) =>
  texts.map((text): [string, CustomerField] => [text, field]),
);

describe('fieldForHeader', () => {
  it.each(synonyms)('reads the header %p as %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it.each([
    ['E-Mail', 'email'],
    ['EMAIL ADDRESS', 'email'],
    ['email_address', 'email'],
    ['Company-Name', 'name'],
    ['  Customer   Name  ', 'name'],
    ['Contact_Person', 'contactName'],
    ['Sales Rep', 'owner'],
    ['Country / Region', 'country'],
    ['Company Name*', 'name'],
    ['邮箱：', 'email'],
    ['ＥＭＡＩＬ', 'email'],
  ])('ignores case, spaces, underscores, hyphens and required-marks in %p', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it('does not guess at headers it does not know', () => {
    expect(fieldForHeader('Revenue')).toBeUndefined();
    expect(fieldForHeader('')).toBeUndefined();
  });
});

describe('detectColumns', () => {
  it('maps each column index to its field and reports unknown columns', () => {
    expect(detectColumns(['Company', 'Revenue', 'Email', '', '国家'])).toEqual({
      mapping: ['name', null, 'email', null, 'country'],
      unknown: [{ index: 1, header: 'Revenue' }],
      duplicate: [],
    });
  });

  it('combines several phone and e-mail columns', () => {
    expect(detectColumns(['Company', 'Phone', 'Mobile', 'WhatsApp', 'Email', 'E-mail 2']).mapping).toEqual([
      'name',
      'phone',
      'phone',
      'phone',
      'email',
      null,
    ]);
  });

  it('keeps the first column for a single-value field and reports the others', () => {
    expect(detectColumns(['Company', 'Customer Name', 'Country'])).toEqual({
      mapping: ['name', null, 'country'],
      unknown: [],
      duplicate: [{ index: 1, header: 'Customer Name', field: 'name' }],
    });
  });

  it("applies the user's overrides by column index", () => {
    const detected = detectColumns(['Firma', 'Land', 'Email'], { 0: 'name', 1: 'country', 2: null });
    expect(detected).toEqual({ mapping: ['name', 'country', null], unknown: [], duplicate: [] });
  });
});
