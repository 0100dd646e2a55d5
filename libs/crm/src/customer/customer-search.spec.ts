import { searchedDomain, searchedPhones } from './customer-search';

describe('searchedPhones', () => {
  it('reads an international number as one number', () => {
    expect(searchedPhones('+49 30 1234567')).toEqual(['+49301234567']);
    expect(searchedPhones('0049 (30) 123-4567')).toEqual(['+49301234567']);
  });

  it("reads a national number as every country that has it would, the caller's among them", () => {
    const readings = searchedPhones('030 1234567');
    expect(readings).toContain('+49301234567');
    expect(readings.length).toBeGreaterThan(1);
    expect(readings.every((n) => /^\+\d+$/.test(n))).toBe(true);
  });

  it('reads nothing into names, short fragments or invalid international numbers', () => {
    expect(searchedPhones('Acme 2000 GmbH')).toEqual([]);
    expect(searchedPhones('12345')).toEqual([]);
    expect(searchedPhones('+49 1')).toEqual([]);
  });
});

describe('searchedDomain', () => {
  it('takes the host of a pasted address or a bare domain', () => {
    expect(searchedDomain('https://www.Acme.de/en/contact?x=1')).toBe('acme.de');
    expect(searchedDomain('www.acme.de')).toBe('acme.de');
    expect(searchedDomain('acme.de')).toBe('acme.de');
  });

  it('leaves names and e-mail addresses to their own searches', () => {
    expect(searchedDomain('Acme Trading')).toBeUndefined();
    expect(searchedDomain('anna@acme.de')).toBeUndefined();
    expect(searchedDomain('Acme')).toBeUndefined();
  });
});
