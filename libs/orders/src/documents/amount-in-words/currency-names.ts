export interface CurrencyName {
  /** As written after "SAY" on a commercial invoice. */
  en: string;
  /** The minor unit in English, plural; absent for currencies without one in use. */
  minorEn?: string;
  zh: string;
}

/** Currencies seen on export documents; anything else is written with its ISO code. */
export const CURRENCY_NAMES: Readonly<Record<string, CurrencyName>> = {
  USD: { en: 'US DOLLARS', minorEn: 'CENTS', zh: '美元' },
  EUR: { en: 'EUROS', minorEn: 'CENTS', zh: '欧元' },
  GBP: { en: 'POUNDS STERLING', minorEn: 'PENCE', zh: '英镑' },
  JPY: { en: 'JAPANESE YEN', zh: '日元' },
  CNY: { en: 'CHINESE YUAN', minorEn: 'FEN', zh: '人民币' },
  HKD: { en: 'HONG KONG DOLLARS', minorEn: 'CENTS', zh: '港币' },
  AUD: { en: 'AUSTRALIAN DOLLARS', minorEn: 'CENTS', zh: '澳元' },
  CAD: { en: 'CANADIAN DOLLARS', minorEn: 'CENTS', zh: '加元' },
  NZD: { en: 'NEW ZEALAND DOLLARS', minorEn: 'CENTS', zh: '新西兰元' },
  SGD: { en: 'SINGAPORE DOLLARS', minorEn: 'CENTS', zh: '新加坡元' },
  CHF: { en: 'SWISS FRANCS', minorEn: 'CENTIMES', zh: '瑞士法郎' },
  SEK: { en: 'SWEDISH KRONOR', minorEn: 'ORE', zh: '瑞典克朗' },
  NOK: { en: 'NORWEGIAN KRONER', minorEn: 'ORE', zh: '挪威克朗' },
  DKK: { en: 'DANISH KRONER', minorEn: 'ORE', zh: '丹麦克朗' },
  PLN: { en: 'POLISH ZLOTY', minorEn: 'GROSZY', zh: '波兰兹罗提' },
  RUB: { en: 'RUSSIAN ROUBLES', minorEn: 'KOPECKS', zh: '卢布' },
  TRY: { en: 'TURKISH LIRA', minorEn: 'KURUS', zh: '土耳其里拉' },
  INR: { en: 'INDIAN RUPEES', minorEn: 'PAISE', zh: '印度卢比' },
  KRW: { en: 'SOUTH KOREAN WON', zh: '韩元' },
  VND: { en: 'VIETNAMESE DONG', zh: '越南盾' },
  THB: { en: 'THAI BAHT', minorEn: 'SATANG', zh: '泰铢' },
  MYR: { en: 'MALAYSIAN RINGGIT', minorEn: 'SEN', zh: '马来西亚林吉特' },
  IDR: { en: 'INDONESIAN RUPIAH', minorEn: 'SEN', zh: '印尼盾' },
  PHP: { en: 'PHILIPPINE PESOS', minorEn: 'CENTAVOS', zh: '菲律宾比索' },
  AED: { en: 'UAE DIRHAMS', minorEn: 'FILS', zh: '阿联酋迪拉姆' },
  SAR: { en: 'SAUDI RIYALS', minorEn: 'HALALAS', zh: '沙特里亚尔' },
  KWD: { en: 'KUWAITI DINARS', minorEn: 'FILS', zh: '科威特第纳尔' },
  BHD: { en: 'BAHRAINI DINARS', minorEn: 'FILS', zh: '巴林第纳尔' },
  OMR: { en: 'OMANI RIALS', minorEn: 'BAISA', zh: '阿曼里亚尔' },
  JOD: { en: 'JORDANIAN DINARS', minorEn: 'FILS', zh: '约旦第纳尔' },
  IQD: { en: 'IRAQI DINARS', minorEn: 'FILS', zh: '伊拉克第纳尔' },
  TND: { en: 'TUNISIAN DINARS', minorEn: 'MILLIMES', zh: '突尼斯第纳尔' },
  LYD: { en: 'LIBYAN DINARS', minorEn: 'DIRHAMS', zh: '利比亚第纳尔' },
  BRL: { en: 'BRAZILIAN REAIS', minorEn: 'CENTAVOS', zh: '巴西雷亚尔' },
  MXN: { en: 'MEXICAN PESOS', minorEn: 'CENTAVOS', zh: '墨西哥比索' },
  ZAR: { en: 'SOUTH AFRICAN RAND', minorEn: 'CENTS', zh: '南非兰特' },
  NGN: { en: 'NIGERIAN NAIRA', minorEn: 'KOBO', zh: '尼日利亚奈拉' },
};

/** The currency's names, falling back to its ISO code (and "CENTS") for currencies not in the table. */
export function currencyName(code: string): Required<CurrencyName> {
  const known = CURRENCY_NAMES[code];
  return { en: known?.en ?? code, minorEn: known?.minorEn ?? 'CENTS', zh: known?.zh ?? code };
}
