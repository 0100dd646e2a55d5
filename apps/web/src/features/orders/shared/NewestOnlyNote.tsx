import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * Said under a record's list of its newest children (comments, documents, shipments) when there are
 * more than the page shows, with where to find the rest.
 */
export function NewestOnlyNote({ shown, total, rest }: { shown: number; total: number; rest: 'timeline' | 'shipments' }) {
  const { t } = useTranslation();
  if (total <= shown) return null;
  return <Alert type="info" showIcon style={{ marginTop: 12 }} message={t(`orders.newestOnly.${rest}`, { shown, total })} data-testid="newest-only" />;
}
