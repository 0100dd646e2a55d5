import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/**
 * Said under a record's list of its newest children (comments, documents, shipments) when there are
 * more than the page shows, with where to find the rest.
 */
export function NewestOnlyNote({ shown, total, rest, restLink }: { shown: number; total: number; rest: 'timeline' | 'shipments'; restLink?: string }) {
  const { t } = useTranslation();
  if (total <= shown) return null;
  const text = t(`orders.newestOnly.${rest}`, { shown, total });
  return <Alert type="info" showIcon style={{ marginTop: 12 }} message={restLink ? <Link to={restLink}>{text}</Link> : text} data-testid="newest-only" />;
}
