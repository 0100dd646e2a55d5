import { Alert, Button, Card, Col, Row, Segmented, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApolloClient } from '@apollo/client';
import { SpreadsheetUpload } from '../../../shared/SpreadsheetUpload';
import { evictOrderLists } from '../shared/cache';

type RowStatus = 'created' | 'updated' | 'unchanged' | 'error';

/** The JSON POST /api/orders/imports answers (as `pnpm cli orders:import --json` prints). */
interface OrderImportReport {
  created: number;
  updated: number;
  errors: number;
  rows: { row: number; status: RowStatus; orderNo: string | null; error: string | null }[];
}

const STATUS_COLORS: Record<RowStatus, string> = { created: 'success', updated: 'processing', unchanged: 'default', error: 'error' };

/** orders:import in the browser: upload a spreadsheet of past orders (one row per line) and see what each row did. */
export function OrderImportPage() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [report, setReport] = useState<OrderImportReport | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [status, setStatus] = useState<RowStatus | 'all'>('all');

  const rows = (report?.rows ?? []).filter((row) => status === 'all' || row.status === status);

  return (
    <Card>
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Alert type="info" showIcon message={t('orders.import.intro')} description={t('orders.import.columns')} />
        {failure && (
          <Alert type="error" showIcon message={t('orders.import.failed')} description={failure} data-testid="order-import-error" />
        )}
        <SpreadsheetUpload<OrderImportReport>
          endpoint="/api/orders/imports"
          texts={{ drop: t('orders.import.drop'), hint: t('orders.import.hint'), wrongType: t('orders.import.wrongType'), tooLarge: t('orders.import.tooLarge') }}
          onStart={() => {
            setFailure(null);
            setReport(null);
          }}
          onUploaded={(result, name) => {
            setReport(result);
            setFileName(name);
            setStatus('all');
            if (result.created || result.updated) evictOrderLists(client.cache);
          }}
          onFailure={setFailure}
        />
        {report && (
          <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="order-import-report">
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('orders.import.reportTitle', { file: fileName ?? '' })}
            </Typography.Title>
            <Row gutter={[16, 16]}>
              {[
                { key: 'created', title: t('orders.import.created'), value: report.created, color: '#389e0d' },
                { key: 'updated', title: t('orders.import.updated'), value: report.updated, color: '#0b6bcb' },
                { key: 'errors', title: t('orders.import.errors'), value: report.errors, color: report.errors ? '#cf1322' : undefined },
              ].map((figure) => (
                <Col key={figure.key} xs={8}>
                  <Card size="small" data-testid={`order-import-${figure.key}`}>
                    <Statistic title={figure.title} value={figure.value} valueStyle={{ color: figure.color }} />
                  </Card>
                </Col>
              ))}
            </Row>
            <Segmented<RowStatus | 'all'>
              value={status}
              onChange={setStatus}
              options={(['all', 'created', 'updated', 'unchanged', 'error'] as const).map((value) => ({
                value,
                label: t(`orders.import.status.${value}`),
              }))}
            />
            <Table
              rowKey="row"
              size="small"
              dataSource={rows}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              columns={[
                { title: t('orders.import.row'), dataIndex: 'row', width: 70 },
                {
                  title: t('orders.import.result'),
                  key: 'status',
                  width: 100,
                  render: (_, row) => <Tag color={STATUS_COLORS[row.status]}>{t(`orders.import.status.${row.status}`)}</Tag>,
                },
                { title: t('orders.import.orderNo'), key: 'orderNo', width: 180, render: (_, row) => row.orderNo ?? '—' },
                {
                  title: t('orders.import.problem'),
                  key: 'error',
                  render: (_, row) => (row.error ? <Typography.Text type="danger">{row.error}</Typography.Text> : '—'),
                },
              ]}
            />
            <Button onClick={() => setReport(null)}>{t('orders.import.another')}</Button>
          </Space>
        )}
      </Space>
    </Card>
  );
}
