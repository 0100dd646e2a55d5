import { useQuery } from '@apollo/client';
import { Alert, Card, Col, Row, Segmented, Space, Statistic, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CustomerImportFieldsFragment, CustomerImportRowsQuery } from '../../../gql/graphql';
import { ConnectionTable } from '../../../shared/ConnectionTable';
import { problemText, serverProblem } from '../../../shared/serverProblem';
import { useCursorPages } from '../../../shared/useCursorPages';
import { MatchRuleTag } from '../shared/labels';
import { useImportText } from '../shared/importTexts';
import { CustomerImportRowsQuery as RowsQuery } from './imports.graphql';

type ReportRow = CustomerImportRowsQuery['customerImportRows']['nodes'][number];
type StatusFilter = 'all' | 'created' | 'merged' | 'error';

const STATUS_COLORS: Record<string, string> = { created: 'success', merged: 'processing', error: 'error' };

/** The outcome of every row (what a dry run would do, or what the import did), with the counts. */
export function ImportReport({ record }: { record: CustomerImportFieldsFragment }) {
  const { t } = useTranslation();
  const importText = useImportText();
  const [status, setStatus] = useState<StatusFilter>('all');
  const pages = useCursorPages();
  const { data, previousData, loading, error } = useQuery(RowsQuery, {
    variables: { importId: record.id, first: pages.pageSize, after: pages.after, status: status === 'all' ? undefined : status },
    // A dry run and the import that follows write the same rows; never show the other run's.
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });
  const rows = (data ?? previousData)?.customerImportRows;
  const statusText = (value: string): string =>
    value === 'created' || value === 'merged' || value === 'error' ? t(`imports.report.status.${value}`) : value;

  const mergesInto = (row: ReportRow) => {
    if (row.status !== 'merged') return null;
    if (row.mergedIntoRow !== null && row.mergedIntoRow !== undefined) {
      return t('imports.report.mergesIntoRow', { row: row.mergedIntoRow, name: row.customerName ?? '' });
    }
    const name = row.customerName ?? t('imports.report.existingCustomer');
    return row.customerId && !record.dryRun ? (
      <Link to={`/customers/${row.customerId}`}>{t('imports.report.mergesIntoCustomer', { name })}</Link>
    ) : (
      t('imports.report.mergesIntoCustomer', { name })
    );
  };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="import-report">
      <Row gutter={[16, 16]}>
        {[
          { key: 'total', title: t('imports.report.total'), value: record.totalRows },
          {
            key: 'created',
            title: record.dryRun ? t('imports.report.wouldCreate') : t('imports.report.created'),
            value: record.created,
            color: '#389e0d',
          },
          {
            key: 'merged',
            title: record.dryRun ? t('imports.report.wouldMerge') : t('imports.report.merged'),
            value: record.merged,
            color: '#0b6bcb',
          },
          { key: 'errors', title: t('imports.report.errors'), value: record.errors, color: record.errors ? '#cf1322' : undefined },
        ].map((figure) => (
          <Col key={figure.key} xs={12} md={6}>
            <Card size="small" data-testid={`import-count-${figure.key}`}>
              <Statistic title={figure.title} value={figure.value} valueStyle={{ color: figure.color }} />
            </Card>
          </Col>
        ))}
      </Row>
      {error && <Alert type="error" showIcon message={problemText(serverProblem(error), t)} />}
      <Segmented<StatusFilter>
        value={status}
        onChange={(next) => {
          setStatus(next);
          pages.reset();
        }}
        options={[
          { value: 'all', label: t('imports.report.status.all') },
          { value: 'created', label: t('imports.report.status.created') },
          { value: 'merged', label: t('imports.report.status.merged') },
          { value: 'error', label: t('imports.report.status.error') },
        ]}
      />
      <ConnectionTable<ReportRow>
        connection={rows}
        pages={pages}
        rowKey="row"
        size="small"
        loading={loading}
        scroll={{ x: 1100 }}
        columns={[
          { title: t('imports.report.row'), dataIndex: 'row', width: 60 },
          {
            title: t('imports.report.result'),
            key: 'status',
            width: 90,
            render: (_, row) => <Tag color={STATUS_COLORS[row.status]}>{statusText(row.status)}</Tag>,
          },
          {
            title: t('imports.report.customer'),
            key: 'customer',
            width: 220,
            render: (_, row) =>
              row.status === 'created' && row.customerId && !record.dryRun ? (
                <Link to={`/customers/${row.customerId}`}>{row.customerName}</Link>
              ) : (
                (row.customerName ?? '—')
              ),
          },
          { title: t('imports.report.mergesInto'), key: 'mergesInto', width: 220, render: (_, row) => mergesInto(row) ?? '—' },
          {
            title: t('imports.report.why'),
            key: 'why',
            width: 280,
            render: (_, row) =>
              row.matchedOn || row.reason ? (
                <Space size={4} wrap>
                  <MatchRuleTag rule={row.matchedOn} />
                  {row.reason && <Typography.Text>{importText(row.reason)}</Typography.Text>}
                </Space>
              ) : (
                '—'
              ),
          },
          {
            title: t('imports.report.problems'),
            key: 'problems',
            width: 260,
            render: (_, row) => (
              <Space direction="vertical" size={0}>
                {row.error && <Typography.Text type="danger">{importText(row.error)}</Typography.Text>}
                {row.warnings.map((warning) => (
                  <Typography.Text key={warning} type="warning">
                    {importText(warning)}
                  </Typography.Text>
                ))}
                {!row.error && !row.warnings.length && '—'}
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}
