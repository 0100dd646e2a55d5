import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18n from 'i18next';
import type { UiLanguage } from '../gql/graphql';

export type AppLanguage = 'zh-CN' | 'en';

/** Each language named in itself, as language pickers do. */
export const LANGUAGES: readonly { value: AppLanguage; label: string }[] = [
  { value: 'zh-CN', label: '简体中文' },
  { value: 'en', label: 'English' },
];

const STORAGE_KEY = 'tw.language';

export function isAppLanguage(value: unknown): value is AppLanguage {
  return value === 'zh-CN' || value === 'en';
}

/** The API's enum (`zh_CN`, `en`) to the UI's language tag. */
export function fromUiLanguage(language: UiLanguage): AppLanguage {
  return language === 'en' ? 'en' : 'zh-CN';
}

export function toUiLanguage(language: AppLanguage): UiLanguage {
  return language === 'en' ? 'en' : 'zh_CN';
}

/** Saved choice first; otherwise the browser's, with Chinese for anything we do not translate. */
export function initialLanguage(): AppLanguage {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (isAppLanguage(saved)) return saved;
  } catch {
    // Storage can be blocked (private mode policies); the browser's preference still works.
  }
  const preferred = navigator.languages.find((tag) => /^(zh|en)\b/i.test(tag));
  return preferred?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

export function currentLanguage(): AppLanguage {
  return isAppLanguage(i18n.language) ? i18n.language : 'zh-CN';
}

/** Switches texts, date formats and the document language, and remembers the choice on this device. */
export async function applyLanguage(language: AppLanguage): Promise<void> {
  dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
  document.documentElement.lang = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not persisted; the session still uses it.
  }
  await i18n.changeLanguage(language);
}
