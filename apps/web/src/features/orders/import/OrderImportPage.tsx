import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Row, Segmented, Space, Statistic, Table, Tag, Typography, Upload, type UploadProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApolloClient } from '@apollo/client';
import { authorizedFetch, restProblem } from '../../../shared/authorizedFetch';
import { evictOrderLists } from '../shared/cache';

type UploadRequestOption = Parameters<NonNullable<UploadProps['customRequest']>>[0];
type RowStatus = 'created' | 'updated' | 'unchanged' | 'error';

/** The JSON POST /api/orders/imports answers (as `pnpm cli orders:import --json` prints). */
interface OrderImportReport {
  created: number;
  updated: number;
  errors: number;
  rows: { row: number; status: RowStatus; orderNo: string | null; error: string | null }[];
}

const STATUS_COLORS: Record<RowStatus, string> = { created: 'success', updated: 'processing', unchanged: 'default', error: 'error' };
// Same limit as the customer import (the API refuses larger files with 413).
const MAX_BYTES = 10 * 1024 * 1024;

/** orders:import in the browser: upload a spreadsheet of past orders (one row per line) and see what each row did. */
export function OrderImportPage() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [report, setReport] = useState<OrderImportReport | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [status, setStatus] = useState<RowStatus | 'all'>('all');

  const upload = async ({ file, onError, onSuccess }: UploadRequestOption): Promise<void> => {
    setFailure(null);
    setReport(null);
    const body = new FormData();
    body.append('file', file);
    try {
      const response = await authorizedFetch('/api/orders/imports', { method: 'POST', body });
      if (!response.ok) {
        const problem = await restProblem(response);
        const text =
          problem.code === 'PAYLOAD_TOO_LARGE'
            ? t('orders.import.tooLarge')
            : problem.code === 'FORBIDDEN'
              ? t('errors.forbidden')
              : (problem.fields?.[0]?.message ?? problem.message);
        setFailure(text);
        onError?.(new Error(text));
        return;
      }
      const result = (await response.json()) as OrderImportReport;
      setReport(result);
      setFileName(typeof file === 'string' ? file : 'name' in file ? file.name : null);
      setStatus('all');
      onSuccess?.(result);
      if (result.created || result.updated) evictOrderLists(client.cache);
    } catch (error) {
      setFailure(t('errors.network'));
      onError?.(error instanceof Error ? error : new Error(String(error)));
    }
  };

  const rows = (report?.rows ?? []).filter((row) => status === 'all' || row.status === status);

  return (
    <Card>
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Alert type="info" showIcon message={t('orders.import.intro')} description={t('orders.import.columns')} />
        {failure && (
          <Alert type="error" showIcon message={t('orders.import.failed')} description={failure} data-testid="order-import-error" />
        )}
        <Upload.Dragger
          name="file"
          accept=".csv,.xlsx"
          multiple={false}
          maxCount={1}
          showUploadList={false}
          customRequest={(options) => void upload(options)}
          beforeUpload={(file) => {
            if (!/\.(csv|xlsx)$/i.test(file.name)) {
              setFailure(t('orders.import.wrongType'));
              return Upload.LIST_IGNORE;
            }
            if (file.size > MAX_BYTES) {
              setFailure(t('orders.import.tooLarge'));
              return Upload.LIST_IGNORE;
            }
            return true;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('orders.import.drop')}</p>
          <p className="ant-upload-hint">{t('orders.import.hint')}</p>
        </Upload.Dragger>
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
