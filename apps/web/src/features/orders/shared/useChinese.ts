import { useTranslation } from 'react-i18next';

/** Whether the UI speaks Chinese, for API texts sent in both languages (message / messageZh). */
export function useChinese(): boolean {
  const { i18n } = useTranslation();
  return i18n.language !== 'en';
}

/** Payment terms in the reader's language: the API sends them in both, and reads either back when saved. */
export function paymentTermsIn(chinese: boolean, terms: { paymentTerms: string; paymentTermsZh: string }): string {
  return chinese ? terms.paymentTermsZh : terms.paymentTerms;
}
