import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/language';
import { isRole } from '../../../shared/roles';
import { readImportText } from './importTextShapes';

const WHAT = { country: 'country', 'e-mail': 'email', phone: 'phone', website: 'website' } as const;
const RULE = {
  'same e-mail address': 'email',
  'same e-mail domain': 'email_domain',
  'same website': 'website',
  'same phone': 'phone',
  'same name': 'name',
  'nearly the same name': 'fuzzy_name',
} as const;

/** Says one of the API's import sentences in the interface's language. */
export function useImportText(): (text: string) => string {
  const { t } = useTranslation();
  return (text) => {
    // In English the API's own sentence is the right one.
    const read = currentLanguage() === 'en' ? null : readImportText(text);
    if (!read) return text;
    const values = { ...read.values };
    if (read.key === 'unrecognised') values.what = t(`imports.texts.fields.${WHAT[values.what as keyof typeof WHAT]}`);
    if (read.key === 'colleagueCustomer') values.rule = t(`customers.matchRules.${RULE[values.rule as keyof typeof RULE]}`);
    if (read.key === 'ownerRole' && isRole(values.role)) values.role = t(`roles.${values.role}`);
    // Every ImportTextKey is a key of imports.texts in both catalogues; its values are plain strings.
    return String(t(`imports.texts.${read.key}`, values as Record<string, string> as never));
  };
}
