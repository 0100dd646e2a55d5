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
    // Short and dotted forms, and full Chinese names, as exporters' lists write them.
    ['U.A.E.', 'AE'], ['阿拉伯联合酋长国', 'AE'], ['U.K.', 'GB'], ['U.S.A.', 'US'], ['Korea, Rep.', 'KR'],
    ['Laos', 'LA'], ['Syria', 'SY'], ['Moldova', 'MD'], ['Brunei', 'BN'], ['Burma', 'MM'], ['印度尼西亚', 'ID'], ['孟加拉', 'BD'],
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
