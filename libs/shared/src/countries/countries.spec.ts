import { parseCountry, countryName } from './countries';

describe('parseCountry', () => {
  it.each([
    ['DE', 'DE'], ['deu', 'DE'], ['Germany', 'DE'], ['德国', 'DE'],
    ['Viet Nam', 'VN'], ['Vietnam', 'VN'],
    ['Korea, Republic of', 'KR'], ['South Korea', 'KR'],
    ['United States', 'US'], ['USA', 'US'],
    ['United Kingdom', 'GB'], ['UK', 'GB'],
    ['Türkiye', 'TR'], ['Turkey', 'TR'],
    ['United Arab Emirates', 'AE'], ['UAE', 'AE'], ['阿联酋', 'AE'],
    ['ＤＥ', 'DE'],
  ])('reads %s as %s', (input, code) => {
    expect(parseCountry(input)).toBe(code);
  });

  it('returns undefined for values that are not countries', () => {
    expect(parseCountry('Atlantis')).toBeUndefined();
    expect(parseCountry('')).toBeUndefined();
    expect(parseCountry('ZZ')).toBeUndefined();
  });

  it('names countries in English and Chinese', () => {
    expect(countryName('DE', 'zh')).toBe('德国');
    expect(countryName('DE')).toBe('Germany');
  });
});
