import { DownloadOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation, useQuery } from '@apollo/client';
import { Alert, App, Button, Card, Flex, Progress, Result, Space, Spin, Steps, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import type { CustomerImportFieldsFragment } from '../../../gql/graphql';
import { downloadFile } from '../../../shared/authorizedFetch';
import { problemText, serverProblem } from '../../../shared/serverProblem';
import { evictCustomerLists } from '../shared/cache';
import { isImportField, type ImportField, type UploadedImport } from './importFields';
import { ImportReport } from './ImportReport';
import { CustomerImportQuery, StartCustomerImportMutation } from './imports.graphql';
import { MappingStep } from './MappingStep';
import { UploadStep } from './UploadStep';

type Step = 'upload' | 'mapping' | 'dryRun' | 'import';
const STEPS: readonly Step[] = ['upload', 'mapping', 'dryRun', 'import'];

function stepOf(record: CustomerImportFieldsFragment | undefined, upload: UploadedImport | null): Step {
  if (!record) return upload ? 'mapping' : 'upload';
  if (record.status === 'uploaded') return 'mapping';
  return record.dryRun ? 'dryRun' : 'import';
}

/**
 * The import wizard: upload a spreadsheet, check the column mapping, see what a dry run would do
 * (which rows create customers, which merge and why), then import with progress and a report.
 * /customers/import/:importId reopens an import (the "import finished" notification links there).
 */
export function ImportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { importId: linkedId } = useParams<{ importId: string }>();
  const [upload, setUpload] = useState<UploadedImport | null>(null);
  const [mapping, setMapping] = useState<(ImportField | null)[]>([]);
  const [editingMapping, setEditingMapping] = useState(false);
  const importId = upload?.importId ?? linkedId ?? null;

  const { data, error, startPolling, stopPolling } = useQuery(CustomerImportQuery, {
    variables: { id: importId ?? '' },
    skip: !importId,
    fetchPolicy: 'network-only',
  });
  const record = importId ? data?.customerImport : undefined;
  const running = record?.status === 'running';
  useEffect(() => {
    if (!running) return undefined;
    startPolling(700);
    return () => stopPolling();
  }, [running, startPolling, stopPolling]);

  const [start, starting] = useMutation(StartCustomerImportMutation, {
    update(cache, result) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'customerImportRows' });
      if (result.data && !result.data.startCustomerImport.dryRun) evictCustomerLists(cache);
      cache.gc();
    },
  });

  // Imported customers appear in the lists once the real run is done (it runs in the worker).
  const client = useApolloClient();
  const finishedImport = Boolean(record && !record.dryRun && record.status === 'done');
  useEffect(() => {
    if (finishedImport) evictCustomerLists(client.cache);
  }, [finishedImport, client]);

  const step: Step = editingMapping && upload ? 'mapping' : stepOf(record, upload);

  const run = async (dryRun: boolean): Promise<void> => {
    if (!importId) return;
    try {
      await start({ variables: { id: importId, dryRun, mapping: upload ? mapping : undefined } });
      setEditingMapping(false);
    } catch (failure) {
      void message.error(problemText(serverProblem(failure), t));
    }
  };

  const restart = (): void => {
    setUpload(null);
    setMapping([]);
    setEditingMapping(false);
    if (linkedId) void navigate('/customers/import');
  };

  const download = async (): Promise<void> => {
    if (!record) return;
    try {
      await downloadFile(`/api/crm/imports/${record.id}/report.xlsx`, `${record.fileName}-report.xlsx`);
    } catch (failure) {
      void message.error(failure instanceof Error ? failure.message : String(failure));
    }
  };

  const downloadButton = (
    <Button icon={<DownloadOutlined />} onClick={() => void download()}>
      {t('imports.report.download')}
    </Button>
  );

  const body = (() => {
    if (importId && error && !record)
      return <Alert type="error" showIcon message={t('imports.loadFailed')} description={problemText(serverProblem(error), t)} />;
    if (step === 'upload')
      return (
        <UploadStep
          onUploaded={(uploaded) => {
            setUpload(uploaded);
            setMapping(uploaded.mapping.map((field) => (isImportField(field) ? field : null)));
          }}
        />
      );
    if (importId && !record) return <Spin />;
    if (step === 'mapping') {
      if (!upload)
        return (
          <Result
            status="info"
            title={t('imports.mapping.notStarted')}
            extra={[
              <Button key="dry" type="primary" loading={starting.loading} onClick={() => void run(true)}>
                {t('imports.mapping.dryRun')}
              </Button>,
              <Button key="other" onClick={restart}>
                {t('imports.mapping.otherFile')}
              </Button>,
            ]}
          />
        );
      return (
        <MappingStep
          upload={upload}
          mapping={mapping}
          onChange={setMapping}
          onDryRun={() => void run(true)}
          onRestart={restart}
          starting={starting.loading}
        />
      );
    }
    if (!record) return null;
    if (record.status === 'running') {
      const percent = record.totalRows ? Math.floor((record.processedRows / record.totalRows) * 100) : 0;
      return (
        <Space direction="vertical" align="center" style={{ width: '100%', padding: '32px 0' }} data-testid="import-progress">
          <Typography.Title level={4}>{record.dryRun ? t('imports.progress.dryRun') : t('imports.progress.importing')}</Typography.Title>
          <Progress type="circle" percent={percent} />
          <Typography.Text type="secondary">
            {t('imports.progress.rows', { processed: record.processedRows, total: record.totalRows })}
          </Typography.Text>
        </Space>
      );
    }
    if (record.status === 'failed')
      return (
        <Result
          status="error"
          title={t('imports.failed')}
          subTitle={record.failure}
          extra={[
            <Button key="retry" type="primary" loading={starting.loading} onClick={() => void run(record.dryRun)}>
              {t('common.retry')}
            </Button>,
            <Button key="other" onClick={restart}>
              {t('imports.mapping.otherFile')}
            </Button>,
          ]}
        />
      );
    const report = <ImportReport key={`${record.id}-${String(record.dryRun)}-${record.finishedAt ?? ''}`} record={record} />;
    if (record.dryRun)
      return (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Alert type="info" showIcon message={t('imports.dryRun.title')} description={t('imports.dryRun.intro')} />
          {report}
          <Flex justify="space-between" wrap gap={12}>
            <Space>
              {upload && <Button onClick={() => setEditingMapping(true)}>{t('imports.dryRun.changeMapping')}</Button>}
              {downloadButton}
            </Space>
            <Button
              type="primary"
              size="large"
              loading={starting.loading}
              onClick={() => void run(false)}
              disabled={record.created + record.merged === 0}
            >
              {t('imports.dryRun.confirm', { count: record.created + record.merged })}
            </Button>
          </Flex>
        </Space>
      );
    return (
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Result
          status="success"
          title={t('imports.done.title')}
          subTitle={t('imports.done.summary', {
            created: t('imports.done.created', { count: record.created }),
            merged: t('imports.done.merged', { count: record.merged }),
            errors: t('imports.done.errors', { count: record.errors }),
          })}
          extra={[
            downloadButton,
            <Button key="customers" type="primary" onClick={() => void navigate('/customers')}>
              {t('imports.done.viewCustomers')}
            </Button>,
            <Button key="another" onClick={restart}>
              {t('imports.done.another')}
            </Button>,
          ]}
          style={{ paddingBottom: 0 }}
        />
        {report}
      </Space>
    );
  })();

  return (
    <Card>
      <Steps
        current={STEPS.indexOf(step)}
        style={{ marginBottom: 24 }}
        items={STEPS.map((key) => ({ title: t(`imports.steps.${key}`) }))}
      />
      {body}
    </Card>
  );
}
