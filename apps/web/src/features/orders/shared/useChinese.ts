import { useTranslation } from 'react-i18next';

/** Whether the UI speaks Chinese, for API texts sent in both languages (message / messageZh). */
export function useChinese(): boolean {
  const { i18n } = useTranslation();
  return i18n.language !== 'en';
}
