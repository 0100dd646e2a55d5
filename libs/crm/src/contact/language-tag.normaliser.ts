import { FieldProblems } from '@tradewind/platform';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/**
 * A BCP 47 language tag in canonical form ("ZH-cn" → "zh-CN", "iw" → "he"), or why it is not one.
 * Full-width characters (a Chinese input method) and POSIX underscores ("zh_CN") are read too; a
 * well-formed tag whose language is unknown ("klingon", "xyz") is refused as well.
 */
export function canonicalLanguageTag(raw: string): { tag: string } | { problem: string; problemZh: string } {
  const typed = raw.normalize('NFKC').trim().replace(/_/g, '-');
  let tag: string | undefined;
  try {
    [tag] = Intl.getCanonicalLocales(typed);
  } catch {
    // RangeError: not well-formed.
  }
  const shown = raw.trim();
  if (!tag) return { problem: `"${shown}" is not a language tag; use one such as en, de or zh-CN`, problemZh: `"${shown}"不是有效的语言代码（请填写如 en、de、zh-CN）` };
  if (!namesLanguage(tag)) return { problem: `"${shown}" is not a language we know; use a tag such as en, de or zh-CN`, problemZh: `无法识别语言代码"${shown}"（请填写如 en、de、zh-CN）` };
  return { tag };
}

/** A contact's preferred language, canonical; blank or absent is none; otherwise a problem at `path`. */
export function preferredLanguageValue(raw: string | null | undefined, problems: FieldProblems, path: string): string | null {
  if (!raw?.trim()) return null;
  const result = canonicalLanguageTag(raw);
  if ('problem' in result) {
    problems.add(path, result.problem, result.problemZh);
    return null;
  }
  return result.tag;
}

function namesLanguage(tag: string): boolean {
  try {
    return languageNames.of(new Intl.Locale(tag).language) !== undefined;
  } catch {
    // "und" (undetermined) has no language subtag to name.
    return false;
  }
}
