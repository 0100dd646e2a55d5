import { Money } from '@tradewind/shared';
import Nzh from 'nzh';
import { toWords } from 'to-words/en-US';
import { currencyName } from './currency-names';

export type WordsLanguage = 'en' | 'zh';

// nzh writes 亿 groups oddly from 10^16 ("壹仟万万亿"); no invoice comes near that.
const LIMIT = 10n ** 16n;
const ZH_MINOR_UNITS = ['角', '分', '厘'];

/**
 * The amount as written on commercial invoices, at the currency's minor unit:
 * "SAY US DOLLARS TWELVE THOUSAND THREE HUNDRED FORTY-FIVE AND CENTS SIXTY-SEVEN ONLY",
 * "美元壹万贰仟叁佰肆拾伍元陆角柒分", "人民币壹佰万元整".
 */
export function amountInWords(money: Money, language: WordsLanguage): string {
  // toFixed rounds half-up to the minor unit, so 0.005 USD reads as one cent.
  const fixed = money.toFixed();
  if (money.isNegative()) {
    throw new RangeError(
      `cannot write a negative amount in words (${money.currency} ${fixed}); documents state amounts of 0 or more`,
    );
  }
  const [whole, fraction = ''] = fixed.split('.');
  if (BigInt(whole) >= LIMIT) {
    throw new RangeError(`${money.currency} ${fixed} is too large to write in words`);
  }
  return language === 'en' ? english(money.currency, whole, fraction) : chinese(money.currency, whole, fraction);
}

function english(currency: string, whole: string, fraction: string): string {
  const name = currencyName(currency);
  const major = numberWords(whole);
  if (fraction === '' || BigInt(fraction) === 0n) return `SAY ${name.en} ${major} ONLY`;
  return `SAY ${name.en} ${major} AND ${name.minorEn} ${numberWords(fraction)} ONLY`;
}

/** "TWELVE THOUSAND THREE HUNDRED FORTY-FIVE": invoices hyphenate compound tens. */
function numberWords(digits: string): string {
  return toWords(BigInt(digits))
    .toUpperCase()
    .replace(
      /\b(TWENTY|THIRTY|FORTY|FIFTY|SIXTY|SEVENTY|EIGHTY|NINETY) (ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE)\b/g,
      '$1-$2',
    );
}

/**
 * Financial uppercase (大写) as banks require: 元 then 角 分 (厘 for three-decimal currencies), one 零
 * for a gap after 元, and 整 when the amount stops before the smallest unit.
 */
function chinese(currency: string, whole: string, fraction: string): string {
  const prefix = currencyName(currency).zh;
  const hasWhole = BigInt(whole) > 0n;
  const digits = [...fraction].map(Number);
  const lastNonZero = digits.reduce((last, d, i) => (d !== 0 ? i : last), -1);

  let text = hasWhole ? `${Nzh.cn.encodeB(whole)}元` : '';
  let gap = false;
  digits.forEach((digit, i) => {
    if (digit === 0) {
      gap = true;
      return;
    }
    if (gap && text !== '') text += '零';
    text += `${Nzh.cn.encodeB(String(digit))}${ZH_MINOR_UNITS[i]}`;
    gap = false;
  });

  if (text === '') return `${prefix}零元整`;
  const reachesSmallestUnit = digits.length > 0 && lastNonZero === digits.length - 1;
  return reachesSmallestUnit ? `${prefix}${text}` : `${prefix}${text}整`;
}
