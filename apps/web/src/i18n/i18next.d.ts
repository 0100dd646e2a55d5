import 'i18next';
import type { zhCN } from './zh-CN';

// Type-checks every t('...') key against the Chinese catalogue; en.ts must have the same shape.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}
