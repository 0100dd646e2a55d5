import { Card, Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomerDetailQuery } from '../../../gql/graphql';
import { formatInstant } from '../../../shared/userTime';
import { isOwnerChangeReason } from '../shared/labels';

type OwnerChange = CustomerDetailQuery['customer']['ownerHistory'][number];

/** Who owned the customer when, and why it changed hands; newest first. */
export function OwnerHistoryCard({ history }: { history: readonly OwnerChange[] }) {
  const { t } = useTranslation();
  const pool = t('customers.inPool');
  return (
    <Card title={t('customers.ownerHistory.title')} data-testid="owner-history">
      {history.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('customers.ownerHistory.empty')} />
      ) : (
        <Timeline
          items={history.map((change) => ({
            key: change.id,
            children: (
              <>
                <div>
                  {change.fromUser?.displayName ?? pool} → <Typography.Text strong>{change.toUser?.displayName ?? pool}</Typography.Text>
                </div>
                <Typography.Text type="secondary">
                  {formatInstant(change.at)} ·{' '}
                  {isOwnerChangeReason(change.reason) ? t(`customers.ownerReasons.${change.reason}`) : change.reason}
                </Typography.Text>
              </>
            ),
          }))}
        />
      )}
    </Card>
  );
}
