import { Alert, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SpreadsheetUpload } from '../../../shared/SpreadsheetUpload';
import type { UploadedImport } from './importFields';

/** Step 1: send the spreadsheet; the server stores it and answers with the columns it recognised. */
export function UploadStep({ onUploaded }: { onUploaded: (upload: UploadedImport) => void }) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Alert type="info" showIcon message={t('imports.upload.intro')} description={t('imports.upload.columnsHint')} />
      {failure && <Alert type="error" showIcon message={t('imports.upload.failed')} description={failure} data-testid="upload-error" />}
      <SpreadsheetUpload<UploadedImport>
        endpoint="/api/crm/imports"
        texts={{ drop: t('imports.upload.drop'), hint: t('imports.upload.hint'), wrongType: t('imports.upload.wrongType'), tooLarge: t('imports.upload.tooLarge') }}
        onStart={() => setFailure(null)}
        onUploaded={(result) => onUploaded(result)}
        onFailure={setFailure}
      />
      <Typography.Text type="secondary">{t('imports.upload.privacy')}</Typography.Text>
    </Space>
  );
}
