import { InboxOutlined } from '@ant-design/icons';
import { Alert, Space, Typography, Upload, type UploadProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { authorizedFetch, restProblem } from '../../../shared/authorizedFetch';
import { MAX_IMPORT_BYTES, type UploadedImport } from './importFields';

type UploadRequestOption = Parameters<NonNullable<UploadProps['customRequest']>>[0];

/** Step 1: send the spreadsheet; the server stores it and answers with the columns it recognised. */
export function UploadStep({ onUploaded }: { onUploaded: (upload: UploadedImport) => void }) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);

  const upload = async ({ file, onError, onSuccess, onProgress }: UploadRequestOption): Promise<void> => {
    setFailure(null);
    const body = new FormData();
    body.append('file', file);
    onProgress?.({ percent: 30 });
    try {
      const response = await authorizedFetch('/api/crm/imports', { method: 'POST', body });
      if (!response.ok) {
        const problem = await restProblem(response);
        const text =
          problem.code === 'PAYLOAD_TOO_LARGE'
            ? t('imports.upload.tooLarge')
            : problem.code === 'FORBIDDEN'
              ? t('errors.forbidden')
              : (problem.fields?.[0]?.message ?? problem.message);
        setFailure(text);
        onError?.(new Error(text));
        return;
      }
      const result = (await response.json()) as UploadedImport;
      onSuccess?.(result);
      onUploaded(result);
    } catch (error) {
      setFailure(t('errors.network'));
      onError?.(error instanceof Error ? error : new Error(String(error)));
    }
  };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Alert type="info" showIcon message={t('imports.upload.intro')} description={t('imports.upload.columnsHint')} />
      {failure && <Alert type="error" showIcon message={t('imports.upload.failed')} description={failure} data-testid="upload-error" />}
      <Upload.Dragger
        name="file"
        accept=".csv,.xlsx"
        multiple={false}
        maxCount={1}
        showUploadList={false}
        customRequest={(options) => void upload(options)}
        beforeUpload={(file) => {
          if (!/\.(csv|xlsx)$/i.test(file.name)) {
            setFailure(t('imports.upload.wrongType'));
            return Upload.LIST_IGNORE;
          }
          if (file.size > MAX_IMPORT_BYTES) {
            setFailure(t('imports.upload.tooLarge'));
            return Upload.LIST_IGNORE;
          }
          return true;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('imports.upload.drop')}</p>
        <p className="ant-upload-hint">{t('imports.upload.hint')}</p>
      </Upload.Dragger>
      <Typography.Text type="secondary">{t('imports.upload.privacy')}</Typography.Text>
    </Space>
  );
}
