import { emailDomain, normaliseEmail, normalisePhone, websiteDomain } from './contact.normalisers';

describe('normaliseEmail', () => {
  it('trims and lower-cases a valid address', () => {
    expect(normaliseEmail('  John.Smith@ACME.de ')).toBe('john.smith@acme.de');
  });

  it('accepts mailto: links and "Name <address>"', () => {
    expect(normaliseEmail('mailto:Sales@Acme.de')).toBe('sales@acme.de');
    expect(normaliseEmail('John Smith <John@Acme.de>')).toBe('john@acme.de');
  });

  it('folds full-width characters', () => {
    expect(normaliseEmail('ｉｎｆｏ＠ａｃｍｅ．ｄｅ')).toBe('info@acme.de');
  });

  it.each(['bad@', '@acme.de', 'no-at-sign.de', 'a b@acme.de', 'john..smith@acme.de', 'john@acme', 'john@-acme.de', ''])(
    'rejects %p',
    (raw) => {
      expect(normaliseEmail(raw)).toBeUndefined();
    },
  );
});

describe('emailDomain', () => {
  it('returns the lower-case domain', () => {
    expect(emailDomain('info@Acme.DE')).toBe('acme.de');
    expect(emailDomain('nothing')).toBeUndefined();
  });
});

describe('websiteDomain', () => {
  it.each([
    ['https://www.acme.de/en/contact', 'acme.de'],
    ['HTTP://WWW.ACME.DE', 'acme.de'],
    ['acme.de', 'acme.de'],
    ['www.acme.de:8080', 'acme.de'],
    ['//acme.de/x?y#z', 'acme.de'],
    ['shop.acme.co.uk/', 'shop.acme.co.uk'],
    ['https://müller.de', 'xn--mller-kva.de'],
  ])('reads %s as %s', (raw, domain) => {
    expect(websiteDomain(raw)).toBe(domain);
  });

  it.each(['n a', 'localhost', 'http://', '12'])('rejects %p', (raw) => {
    expect(websiteDomain(raw)).toBeUndefined();
  });
});

describe('normalisePhone', () => {
  it('uses the row country for a national number', () => {
    expect(normalisePhone('030 1234567', 'DE')).toBe('+49301234567');
    expect(normalisePhone('(212) 555-0123', 'US')).toBe('+12125550123');
  });

  it('reads an international number without a country', () => {
    expect(normalisePhone('+86 138 1234 5678')).toBe('+8613812345678');
    expect(normalisePhone('0049 30 1234567')).toBe('+49301234567');
  });

  it('reads a number that lost its + in a spreadsheet', () => {
    expect(normalisePhone('4930123456', 'DE')).toBe('+4930123456');
  });

  it('folds full-width digits', () => {
    expect(normalisePhone('１３８１２３４５６７８', 'CN')).toBe('+8613812345678');
  });

  it('rejects numbers that are not valid', () => {
    expect(normalisePhone('12', 'DE')).toBeUndefined();
    expect(normalisePhone('030 1234567')).toBeUndefined();
    expect(normalisePhone('call me')).toBeUndefined();
  });
});
