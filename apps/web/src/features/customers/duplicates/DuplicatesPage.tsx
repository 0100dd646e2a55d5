import { MergeCellsOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Alert, App, Button, Card, Flex, Space, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { DuplicateCustomerFieldsFragment, PossibleDuplicatesQuery } from '../../../gql/graphql';
import { ConnectionTable } from '../../../shared/ConnectionTable';
import { useCursorPages } from '../../../shared/useCursorPages';
import { countryName } from '../shared/countries';
import { MatchRuleTag } from '../shared/labels';
import { PossibleDuplicatesQuery as DuplicatesQuery } from './duplicates.graphql';
import { MergeModal, type DuplicatePairToMerge } from './MergeModal';
import { LoadFailedAlert } from '../../../shared/LoadFailed';
import { useImportText } from '../shared/importTexts';
import { formatInstant } from '../../../shared/userTime';
import { readImportText } from '../shared/importTextShapes';

// While the worker computes the pairs again after changes, the list asks again this often.
const REFRESHING_POLL_MS = 3000;

/**
 * What the two records share ("lotus-supply.com", "hanse werkzeug" / "hanse werkzueg"), for the reason
 * beside the rule's tag, which already says how they match; null when the reason says more than that.
 */
function sharedValue(reason: string): string | null {
  const read = readImportText(reason);
  if (!read || read.key === 'sameCorporateDomain') return null;
  if (read.key === 'nearlySameName') return `"${read.values.first}" / "${read.values.second}"`;
  if (read.key === 'sameName') return `"${read.values.value}"`;
  return read.values.value ?? null;
}

type Pair = PossibleDuplicatesQuery['possibleDuplicates']['nodes'][number];

function CustomerCell({ customer }: { customer: DuplicateCustomerFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" size={0}>
      <Link to={`/customers/${customer.id}`}>
        <Typography.Text strong>{customer.name}</Typography.Text>
      </Link>
      <Typography.Text type="secondary">
        {[
          customer.country && countryName(customer.country),
          customer.owner?.displayName ?? t('customers.inPool'),
          t('duplicates.contacts', { count: customer.contactCount }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </Typography.Text>
    </Space>
  );
}

/** Pairs of customers the matching rules take for one, with why; merging keeps one record. */
export function DuplicatesPage() {
  const { t } = useTranslation();
  const importText = useImportText();
  const { message } = App.useApp();
  const [merging, setMerging] = useState<DuplicatePairToMerge | null>(null);
  const pages = useCursorPages();
  const { data, previousData, loading, error, refetch, startPolling, stopPolling } = useQuery(DuplicatesQuery, {
    variables: { first: pages.pageSize, after: pages.after },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.possibleDuplicates;
  const refreshing = connection?.refreshing ?? false;
  useEffect(() => {
    if (!refreshing) return undefined;
    startPolling(REFRESHING_POLL_MS);
    return stopPolling;
  }, [refreshing, startPolling, stopPolling]);

  return (
    <Card>
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
        <Space direction="vertical" size={0}>
          <Typography.Text type="secondary">{t('duplicates.intro')}</Typography.Text>
          {connection && (
            <Typography.Text type="secondary" data-testid="duplicates-computed">
              {refreshing ? t('duplicates.refreshing', { at: formatInstant(connection.computedAt) }) : t('duplicates.computedAt', { at: formatInstant(connection.computedAt) })}
            </Typography.Text>
          )}
        </Space>
        <Tooltip title={t('common.refresh')}>
          <Button icon={<ReloadOutlined />} onClick={() => void refetch()} aria-label={t('common.refresh')} />
        </Tooltip>
      </Flex>
      {error && <LoadFailedAlert title={t('duplicates.loadFailed')} error={error} />}
      {connection && connection.beyondScope > 0 && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} data-testid="duplicates-beyond-scope" message={t('duplicates.beyondScope', { count: connection.beyondScope })} />
      )}
      <ConnectionTable<Pair>
        connection={connection}
        pages={pages}
        rowKey={(pair) => `${pair.a.id}:${pair.b.id}`}
        loading={loading}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('duplicates.empty') }}
        columns={[
          { title: t('duplicates.first'), key: 'a', render: (_, pair) => <CustomerCell customer={pair.a} /> },
          { title: t('duplicates.second'), key: 'b', render: (_, pair) => <CustomerCell customer={pair.b} /> },
          {
            title: t('duplicates.why'),
            key: 'why',
            render: (_, pair) => (
              <Space direction="vertical" size={2}>
                <MatchRuleTag rule={pair.matchedOn} />
                <Typography.Text>{sharedValue(pair.reason) ?? importText(pair.reason)}</Typography.Text>
              </Space>
            ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 110,
            render: (_, pair) => (
              <Button icon={<MergeCellsOutlined />} onClick={() => setMerging(pair)}>
                {t('duplicates.mergeAction')}
              </Button>
            ),
          },
        ]}
      />
      <MergeModal
        pair={merging}
        onClose={() => setMerging(null)}
        onMerged={(survivor, merged) => {
          setMerging(null);
          pages.reset();
          void message.success(t('duplicates.merge.done', { merged: merged.name, survivor: survivor.name }));
        }}
      />
    </Card>
  );
}
