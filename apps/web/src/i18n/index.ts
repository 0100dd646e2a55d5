import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { initialLanguage } from './language';
import { zhCN } from './zh-CN';

dayjs.extend(relativeTime);

const language = initialLanguage();
dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
document.documentElement.lang = language;

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: language,
  fallbackLng: 'zh-CN',
  supportedLngs: ['zh-CN', 'en'],
  interpolation: { escapeValue: false },
  returnNull: false,
});

export { i18n };
