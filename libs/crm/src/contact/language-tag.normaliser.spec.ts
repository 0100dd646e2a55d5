import { FieldProblems } from '@tradewind/platform';
import { canonicalLanguageTag, preferredLanguageValue } from './language-tag.normaliser';

describe('canonicalLanguageTag', () => {
  it.each([
    ['en', 'en'],
    ['ZH-cn', 'zh-CN'],
    ['zh-hans-cn', 'zh-Hans-CN'],
    ['pt-br', 'pt-BR'],
    ['es-419', 'es-419'],
    [' de ', 'de'],
    ['zh_CN', 'zh-CN'],
    ['ｚｈ－ＣＮ', 'zh-CN'],
    ['iw', 'he'],
  ])('reads %p as %p', (raw, tag) => {
    expect(canonicalLanguageTag(raw)).toEqual({ tag });
  });

  it.each(['klingon!!', 'en-', 'zh CN', 'e', '中文'])('refuses %p as no language tag', (raw) => {
    expect(canonicalLanguageTag(raw)).toEqual({ problem: `"${raw}" is not a language tag; use one such as en, de or zh-CN`, problemZh: `"${raw}"不是有效的语言代码（请填写如 en、de、zh-CN）` });
  });

  it.each(['klingon', 'english', 'xyz', 'und'])('refuses the well-formed %p, which names no language', (raw) => {
    expect(canonicalLanguageTag(raw)).toEqual({ problem: `"${raw}" is not a language we know; use a tag such as en, de or zh-CN`, problemZh: `无法识别语言代码"${raw}"（请填写如 en、de、zh-CN）` });
  });
});

describe('preferredLanguageValue', () => {
  it('treats blank as none and names the field of a bad tag', () => {
    const problems = new FieldProblems();
    expect(preferredLanguageValue(undefined, problems, 'input.preferredLanguage')).toBeNull();
    expect(preferredLanguageValue('  ', problems, 'input.preferredLanguage')).toBeNull();
    expect(preferredLanguageValue('ZH-cn', problems, 'input.preferredLanguage')).toBe('zh-CN');
    expect(problems.list).toEqual([]);
    expect(preferredLanguageValue('klingon!!', problems, 'input.contacts.1.preferredLanguage')).toBeNull();
    expect(problems.list).toMatchObject([{ path: 'input.contacts.1.preferredLanguage', message: '"klingon!!" is not a language tag; use one such as en, de or zh-CN' }]);
  });
});
