import { Money } from '@tradewind/shared';
import { amountInWords } from './amount-in-words.formatter';

describe('amountInWords', () => {
  it.each([
    [
      '12345.67',
      'USD',
      'SAY US DOLLARS TWELVE THOUSAND THREE HUNDRED FORTY-FIVE AND CENTS SIXTY-SEVEN ONLY',
      '美元壹万贰仟叁佰肆拾伍元陆角柒分',
    ],
    ['0.05', 'USD', 'SAY US DOLLARS ZERO AND CENTS FIVE ONLY', '美元伍分'],
    ['1000000.00', 'USD', 'SAY US DOLLARS ONE MILLION ONLY', '美元壹佰万元整'],
    ['10.10', 'USD', 'SAY US DOLLARS TEN AND CENTS TEN ONLY', '美元壹拾元壹角整'],
    ['100001', 'JPY', 'SAY JAPANESE YEN ONE HUNDRED THOUSAND ONE ONLY', '日元壹拾万零壹元整'],
    ['1000021', 'USD', 'SAY US DOLLARS ONE MILLION TWENTY-ONE ONLY', '美元壹佰万零贰拾壹元整'],
    ['21.50', 'EUR', 'SAY EUROS TWENTY-ONE AND CENTS FIFTY ONLY', '欧元贰拾壹元伍角整'],
    ['99.99', 'GBP', 'SAY POUNDS STERLING NINETY-NINE AND PENCE NINETY-NINE ONLY', '英镑玖拾玖元玖角玖分'],
    ['100000000.01', 'CNY', 'SAY CHINESE YUAN ONE HUNDRED MILLION AND FEN ONE ONLY', '人民币壹亿元零壹分'],
    ['1010.01', 'CNY', 'SAY CHINESE YUAN ONE THOUSAND TEN AND FEN ONE ONLY', '人民币壹仟零壹拾元零壹分'],
    ['0', 'CNY', 'SAY CHINESE YUAN ZERO ONLY', '人民币零元整'],
    ['0.5', 'HKD', 'SAY HONG KONG DOLLARS ZERO AND CENTS FIFTY ONLY', '港币伍角整'],
    [
      '1234.505',
      'KWD',
      'SAY KUWAITI DINARS ONE THOUSAND TWO HUNDRED THIRTY-FOUR AND FILS FIVE HUNDRED FIVE ONLY',
      '科威特第纳尔壹仟贰佰叁拾肆元伍角零伍厘',
    ],
    ['5.5', 'KWD', 'SAY KUWAITI DINARS FIVE AND FILS FIVE HUNDRED ONLY', '科威特第纳尔伍元伍角整'],
    ['0.001', 'KWD', 'SAY KUWAITI DINARS ZERO AND FILS ONE ONLY', '科威特第纳尔壹厘'],
    ['5000', 'XOF', 'SAY XOF FIVE THOUSAND ONLY', 'XOF伍仟元整'],
    ['10.05', 'EGP', 'SAY EGP TEN AND CENTS FIVE ONLY', 'EGP壹拾元零伍分'],
  ])('writes %s %s', (amount, currency, en, zh) => {
    const money = Money.of(amount, currency);
    expect(amountInWords(money, 'en')).toBe(en);
    expect(amountInWords(money, 'zh')).toBe(zh);
  });

  it('rounds to the minor unit before writing (JPY has none)', () => {
    expect(amountInWords(Money.of('0.005', 'USD'), 'en')).toBe('SAY US DOLLARS ZERO AND CENTS ONE ONLY');
    expect(amountInWords(Money.of('1234.5', 'JPY'), 'en')).toBe(
      'SAY JAPANESE YEN ONE THOUSAND TWO HUNDRED THIRTY-FIVE ONLY',
    );
    expect(amountInWords(Money.of('1234.5', 'JPY'), 'zh')).toBe('日元壹仟贰佰叁拾伍元整');
  });

  it('writes amounts beyond the precision of JS numbers exactly', () => {
    expect(amountInWords(Money.of('9007199254740993.99', 'USD'), 'en')).toBe(
      'SAY US DOLLARS NINE QUADRILLION SEVEN TRILLION ONE HUNDRED NINETY-NINE BILLION TWO HUNDRED FIFTY-FOUR MILLION SEVEN HUNDRED FORTY THOUSAND NINE HUNDRED NINETY-THREE AND CENTS NINETY-NINE ONLY',
    );
  });

  it('refuses negative and absurdly large amounts', () => {
    expect(() => amountInWords(Money.of('-1', 'USD'), 'en')).toThrow(/negative/);
    expect(() => amountInWords(Money.of('10000000000000000', 'USD'), 'zh')).toThrow(/too large/);
  });
});
