import { displayNameFromDomain, normaliseCompanyName } from './company-name.normaliser';

describe('normaliseCompanyName', () => {
  it.each([
    ['Shenzhen Acme Co., Ltd.', 'shenzhen acme'],
    ['SHENZHEN ACME CO.,LTD', 'shenzhen acme'],
    ['Shenzhen Acme Co Ltd', 'shenzhen acme'],
    ['PT Maju Jaya Tbk', 'maju jaya'],
    ['Acme Company Limited', 'acme'],
    ['Acme Limited', 'acme'],
    ['Acme Corp.', 'acme'],
    ['Acme Corporation', 'acme'],
    ['Acme Inc.', 'acme'],
    ['Acme Incorporated', 'acme'],
    ['Acme LLC', 'acme'],
    ['Acme L.L.C.', 'acme'],
    ['Acme LLP', 'acme'],
    ['Acme PLC', 'acme'],
    ['Acme GmbH', 'acme'],
    ['Acme AG', 'acme'],
    ['Acme KG', 'acme'],
    ['Acme GmbH & Co. KG', 'acme'],
    ['Acme GmbH und Co. KG', 'acme'],
    ['Acme GmbH & Co. OHG', 'acme'],
    ['Acme Limited Liability Company', 'acme'],
    ['Acme S.A.', 'acme'],
    ['Acme S. A.', 'acme'],
    ['Acme SA', 'acme'],
    ['Acme S.L.', 'acme'],
    ['Acme S.R.L.', 'acme'],
    ['Acme S.p.A.', 'acme'],
    ['Acme S.A. de C.V.', 'acme'],
    ['Acme de C.V.', 'acme'],
    ['Acme Ltda.', 'acme'],
    ['Acme B.V.', 'acme'],
    ['Acme N.V.', 'acme'],
    ['Acme (Pty) Ltd', 'acme'],
    ['Acme Pvt. Ltd.', 'acme'],
    ['Acme Private Limited', 'acme'],
    ['Acme Pte Ltd', 'acme'],
    ['Acme Sdn. Bhd.', 'acme'],
    ['Acme Bhd', 'acme'],
    ['Acme SARL', 'acme'],
    ['Acme SAS', 'acme'],
    ['Acme AB', 'acme'],
    ['Acme Oy', 'acme'],
    ['Acme A/S', 'acme'],
    ['Acme ApS', 'acme'],
    ['Acme Sp. z o.o.', 'acme'],
    ['Acme JSC', 'acme'],
    ['OOO Acme', 'acme'],
    ['ООО «Ромашка»', 'ромашка'],
    ['Acme A.Ş.', 'acme'],
    ['Acme Est.', 'acme'],
    ['Acme FZE', 'acme'],
    ['Acme FZCO', 'acme'],
    ['深圳市艾克美科技有限公司', '深圳市艾克美科技'],
    ['艾克美股份有限公司', '艾克美'],
    ['艾克美有限责任公司', '艾克美'],
    ['艾克美贸易公司', '艾克美贸易'],
    ['株式会社トヨタ', 'トヨタ'],
    ['トヨタ株式会社', 'トヨタ'],
  ])('strips the legal form from %s', (raw, normalised) => {
    expect(normaliseCompanyName(raw)).toBe(normalised);
  });

  it('reads the Cyrillic ООО like the Latin OOO', () => {
    expect(normaliseCompanyName('ООО Acme')).toBe('acme');
    expect(normaliseCompanyName('OOO Acme')).toBe('acme');
  });

  it('folds full-width characters to half-width', () => {
    expect(normaliseCompanyName('ＡＣＭＥ　Ｔｏｏｌｓ　ＧｍｂＨ')).toBe(normaliseCompanyName('ACME Tools GmbH'));
  });

  it('folds case, punctuation, spacing and accents', () => {
    expect(normaliseCompanyName('  Acme-Tools   (Europe) ')).toBe('acme tools europe');
    expect(normaliseCompanyName('A.B.C. Trading')).toBe(normaliseCompanyName('ABC Trading'));
    expect(normaliseCompanyName('Société Générale')).toBe('societe generale');
    expect(normaliseCompanyName("McDonald's")).toBe('mcdonalds');
    expect(normaliseCompanyName('Smith & Sons')).toBe(normaliseCompanyName('Smith and Sons'));
  });

  it('keeps legal-form words in the middle of a name', () => {
    expect(normaliseCompanyName('Acme Limited Editions')).toBe('acme limited editions');
  });

  it('keeps a name made only of legal forms rather than emptying it', () => {
    expect(normaliseCompanyName('Company Limited')).toBe('company limited');
    expect(normaliseCompanyName('有限公司')).toBe('有限公司');
  });

  it('returns undefined when there is no name', () => {
    expect(normaliseCompanyName('')).toBeUndefined();
    expect(normaliseCompanyName(' .,- ')).toBeUndefined();
    expect(normaliseCompanyName(undefined)).toBeUndefined();
  });
});

describe('displayNameFromDomain', () => {
  it('turns the registered name into words', () => {
    expect(displayNameFromDomain('acme-tools.de')).toBe('Acme Tools');
    expect(displayNameFromDomain('https://www.shop.acme.co.uk/en')).toBe('Acme');
    expect(displayNameFromDomain('acme.com.cn')).toBe('Acme');
  });

  it('returns undefined for something that is not a domain', () => {
    expect(displayNameFromDomain('not a domain')).toBeUndefined();
  });
});
