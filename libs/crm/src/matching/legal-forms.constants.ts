/**
 * Legal-form words removed from the start and end of company names before comparing them, written
 * as people write them. They are folded the same way as names (so "Co.,Ltd", "CO. LTD." and
 * "Co Ltd" are one entry) and stripped repeatedly, so "Co., Ltd." needs no entry of its own; only
 * combinations whose parts are not legal forms by themselves ("GmbH & Co. KG", "Sp. z o.o.") do.
 */
export const LEGAL_FORMS: readonly string[] = [
  // English-speaking countries and general
  'Co.',
  'Company',
  'Corp.',
  'Corporation',
  'Inc.',
  'Incorporated',
  'Ltd.',
  'Limited',
  'LLC',
  'L.L.C.',
  'LLP',
  'PLC',
  'LP',
  'Pte',
  'Pty',
  'Pvt',
  'Private',
  'Est.',
  'Establishment',
  'FZE',
  'FZCO',
  'FZ',
  'WLL',
  'JSC',
  'PJSC',
  // German-speaking countries
  'GmbH',
  'AG',
  'KG',
  'OHG',
  'UG',
  'e.K.',
  'GmbH & Co. KG',
  'AG & Co. KG',
  // Romance languages and Latin America
  'S.A.',
  'S.L.',
  'S.R.L.',
  'S.p.A.',
  'S.A.S.',
  'S.A.C.',
  'S.A. de C.V.',
  'de C.V.',
  'Ltda.',
  'Lda.',
  'SARL',
  'SAS',
  'EURL',
  'SNC',
  'EIRL',
  'S. de R.L.',
  // Benelux, Nordics, Poland, Baltics
  'B.V.',
  'N.V.',
  'BVBA',
  'AB',
  'Oy',
  'Oyj',
  'A/S',
  'AS',
  'ASA',
  'ApS',
  'Sp. z o.o.',
  'Kft.',
  'Zrt.',
  's.r.o.',
  'a.s.',
  'OÜ',
  'UAB',
  'SIA',
  // Turkey, Russia and neighbours (Latin and Cyrillic)
  'A.Ş.',
  'Ltd. Şti.',
  'OOO',
  'ООО',
  'ОАО',
  'ЗАО',
  'ПАО',
  'АО',
  'ТОО',
  'ТОВ',
  'ИП',
  // South-East Asia
  'PT',
  'Tbk',
  'CV',
  'Sdn.',
  'Bhd.',
  'Sdn. Bhd.',
  // East Asia written with spaces ((株) and (주) fold to a lone 株 / 주)
  '株',
  '주',
  '주식회사',
  '유한회사',
];

/**
 * Chinese and Japanese legal forms, written without a space before or after the name
 * (深圳市艾克美有限公司, 株式会社トヨタ), so they are cut off as affixes rather than as words.
 * Longest first, so 股份有限公司 is removed whole rather than leaving 股份.
 */
export const CJK_LEGAL_FORMS: readonly string[] = [
  '股份有限公司',
  '有限责任公司',
  '有限責任公司',
  '有限公司',
  '株式会社',
  '有限会社',
  '合同会社',
  '公司',
];
