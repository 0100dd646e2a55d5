import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import zh from 'i18n-iso-countries/langs/zh.json';

countries.registerLocale(en);
countries.registerLocale(zh);

/** ISO 3166-1 alpha-2 code, upper case. */
export type CountryCode = string & { readonly __country: unique symbol };

// Spellings people type that the ISO lists behind i18n-iso-countries do not carry.
const ALIASES: Record<string, string> = {
  'viet nam': 'VN',
  'republic of korea': 'KR',
  'korea': 'KR',
  'great britain': 'GB',
  'england': 'GB',
  'holland': 'NL',
  'the netherlands': 'NL',
  'turkiye': 'TR',
  'czechia': 'CZ',
  'russia': 'RU',
  'hong kong': 'HK',
  'macau': 'MO',
  'taiwan': 'TW',
  '台湾': 'TW',
  '中国台湾': 'TW',
  '中国香港': 'HK',
  '中国澳门': 'MO',
  '澳门': 'MO',
  '阿联酋': 'AE',
  '沙特': 'SA',
  '大陆': 'CN',
  '中国大陆': 'CN',
  'laos': 'LA',
  'syria': 'SY',
  'moldova': 'MD',
  'korea, rep': 'KR',
  'macedonia': 'MK',
  'brunei': 'BN',
  'micronesia': 'FM',
  'swaziland': 'SZ',
  'burma': 'MM',
  'slovak republic': 'SK',
  '阿拉伯联合酋长国': 'AE',
  '印度尼西亚': 'ID',
  '孟加拉': 'BD',
};

function fold(raw: string): string {
  return raw.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Accepts ISO alpha-2/alpha-3 codes, English names (ISO and common) and Chinese names. */
export function parseCountry(raw: string | null | undefined): CountryCode | undefined {
  if (!raw) return undefined;
  const value = raw.normalize('NFKC').trim();
  if (!value) return undefined;
  const upper = value.toUpperCase();
  if (/^[A-Z]{2}$/.test(upper) && countries.isValid(upper)) return upper as CountryCode;
  if (/^[A-Z]{3}$/.test(upper)) {
    const alpha2 = countries.alpha3ToAlpha2(upper);
    if (alpha2) return alpha2 as CountryCode;
  }
  // "U.A.E.", "U.K.", "Korea, Rep.": abbreviations are written with and without their dots.
  for (const candidate of new Set([value, value.replace(/\./g, '')])) {
    const folded = fold(candidate);
    const alias = ALIASES[folded] ?? ALIASES[folded.replace(/^the /, '')];
    if (alias) return alias as CountryCode;
    const byName = countries.getAlpha2Code(candidate, 'en') ?? countries.getAlpha2Code(candidate, 'zh');
    if (byName) return byName as CountryCode;
  }
  return undefined;
}

export function isCountryCode(code: string): code is CountryCode {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

export function countryName(code: string, language: 'en' | 'zh' = 'en'): string {
  return countries.getName(code, language, { select: 'official' }) ?? code;
}
