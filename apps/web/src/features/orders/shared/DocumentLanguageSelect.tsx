import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_LANGUAGES, type DocumentLanguage } from './labels';

/** The language a document is generated in, beside a "generate" button. */
export function DocumentLanguageSelect({ value, onChange }: { value: DocumentLanguage; onChange: (language: DocumentLanguage) => void }) {
  const { t } = useTranslation();
  return (
    <Select<DocumentLanguage>
      size="small"
      value={value}
      onChange={onChange}
      aria-label={t('documents.language')}
      options={DOCUMENT_LANGUAGES.map((language) => ({ value: language, label: t(`documents.languages.${language}`) }))}
      style={{ width: 100 }}
    />
  );
}
