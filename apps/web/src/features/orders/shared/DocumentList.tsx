import { DownloadOutlined, EyeOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Modal, Space, Spin, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentFieldsFragment } from '../../../gql/graphql';
import { authorizedFetch, downloadFile, restProblem } from '../../../shared/authorizedFetch';
import { formatInstant } from '../../../shared/userTime';
import { isDocumentKind } from './labels';

export function DocumentKindText({ kind }: { kind: string }) {
  const { t } = useTranslation();
  return <>{isDocumentKind(kind) ? t(`documents.kinds.${kind}`) : kind}</>;
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Shows a generated PDF in the page: fetched with the session's token, shown from a blob URL. */
function PreviewModal({ document, onClose }: { document: DocumentFieldsFragment | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (!document) return undefined;
    let href: string | null = null;
    let cancelled = false;
    setUrl(null);
    setFailure(null);
    void (async () => {
      try {
        const response = await authorizedFetch(`${document.downloadUrl}?inline=1`);
        if (!response.ok) throw new Error((await restProblem(response)).message);
        const blob = await response.blob();
        if (cancelled) return;
        href = URL.createObjectURL(new Blob([blob], { type: 'application/pdf' }));
        setUrl(href);
      } catch (error) {
        if (!cancelled) setFailure(error instanceof Error ? error.message : String(error));
      }
    })();
    return () => {
      cancelled = true;
      if (href) URL.revokeObjectURL(href);
    };
  }, [document]);

  return (
    <Modal
      open={document !== null}
      onCancel={onClose}
      title={document ? `${document.fileName}` : null}
      width={960}
      footer={
        document && (
          <Space>
            <Button icon={<DownloadOutlined />} onClick={() => void downloadFile(document.downloadUrl, document.fileName)}>
              {t('documents.download')}
            </Button>
            <Button type="primary" onClick={onClose}>
              {t('documents.closePreview')}
            </Button>
          </Space>
        )
      }
      destroyOnHidden
    >
      {failure && <Alert type="error" showIcon message={t('documents.previewFailed')} description={failure} />}
      {!failure && !url && (
        <Spin tip={t('common.loading')}>
          <div style={{ height: 120 }} />
        </Spin>
      )}
      {url && (
        <object data={url} type="application/pdf" style={{ width: '100%', height: '70vh', border: 0 }} data-testid="document-preview">
          <iframe title={document?.fileName ?? ''} src={url} style={{ width: '100%', height: '70vh', border: 0 }} />
        </object>
      )}
    </Modal>
  );
}

/** Every generated version of a record's documents, newest first, to preview or download. */
export function DocumentList({ documents, loading }: { documents: readonly DocumentFieldsFragment[]; loading?: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [previewing, setPreviewing] = useState<DocumentFieldsFragment | null>(null);
  // The newest version of each kind and language is the one to send.
  const latest = new Set<string>();
  const seen = new Set<string>();
  for (const document of documents) {
    const key = `${document.kind}:${document.language}`;
    if (!seen.has(key)) latest.add(document.id);
    seen.add(key);
  }

  const download = async (document: DocumentFieldsFragment): Promise<void> => {
    try {
      await downloadFile(document.downloadUrl, document.fileName);
    } catch (error) {
      void message.error(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <>
      <Table<DocumentFieldsFragment>
        rowKey="id"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={[...documents]}
        data-testid="document-list"
        // In a narrow card (the quotation page's) the table scrolls sideways instead of squeezing the
        // kind and number into a letter per line; the actions stay in view.
        scroll={{ x: 930 }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('documents.empty')} /> }}
        columns={[
          { title: t('documents.kind'), key: 'kind', width: 140, render: (_, d) => <DocumentKindText kind={d.kind} /> },
          { title: t('documents.number'), dataIndex: 'number', key: 'number', width: 170 },
          {
            title: t('documents.language'),
            key: 'language',
            width: 90,
            render: (_, d) => <Tag>{d.language === 'zh' || d.language === 'en' ? t(`documents.languages.${d.language}`) : d.language}</Tag>,
          },
          {
            title: t('documents.version'),
            key: 'version',
            width: 110,
            render: (_, d) => (
              <Space size={4}>
                <Typography.Text>v{d.version}</Typography.Text>
                {latest.has(d.id) && <Tag color="green">{t('documents.latest')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('documents.createdAt'),
            key: 'createdAt',
            width: 150,
            render: (_, d) => formatInstant(d.createdAt),
          },
          { title: t('documents.size'), key: 'size', width: 80, render: (_, d) => sizeText(d.sizeBytes) },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 190,
            fixed: 'right',
            render: (_, d) => (
              <Space size={4}>
                <Button
                  size="small"
                  icon={<EyeOutlined />}
                  onClick={() => setPreviewing(d)}
                  aria-label={t('documents.previewOf', { name: d.fileName })}
                >
                  {t('documents.preview')}
                </Button>
                <Button
                  size="small"
                  icon={<DownloadOutlined />}
                  onClick={() => void download(d)}
                  aria-label={t('documents.downloadOf', { name: d.fileName })}
                >
                  {t('documents.download')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <PreviewModal document={previewing} onClose={() => setPreviewing(null)} />
    </>
  );
}
