import { InboxOutlined } from '@ant-design/icons';
import { Upload, type UploadProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { authorizedFetch, restProblem } from './authorizedFetch';

type UploadRequestOption = Parameters<NonNullable<UploadProps['customRequest']>>[0];

/** The API's limit for an uploaded spreadsheet (DEFAULT_MAX_SHEET_BYTES): larger files are refused here, before sending. */
const MAX_SPREADSHEET_BYTES = 50 * 1024 * 1024;

interface SpreadsheetUploadProps<Result> {
  /** The API route that takes the file as the multipart field "file" and answers JSON. */
  endpoint: string;
  texts: { drop: string; hint: string; wrongType: string; tooLarge: string };
  /** A new file was chosen: clear what the last one showed. */
  onStart?: () => void;
  onUploaded: (result: Result, fileName: string | null) => void;
  /** Why the file was refused (type, size, the server's reason or the network), in the user's words. */
  onFailure: (message: string) => void;
}

/** Drop zone for a .csv or .xlsx import: checks type and size, posts the file, reports the answer or the failure. */
export function SpreadsheetUpload<Result>({ endpoint, texts, onStart, onUploaded, onFailure }: SpreadsheetUploadProps<Result>) {
  const { t } = useTranslation();

  const upload = async ({ file, onError, onSuccess, onProgress }: UploadRequestOption): Promise<void> => {
    onStart?.();
    const body = new FormData();
    body.append('file', file);
    onProgress?.({ percent: 30 });
    const fail = (text: string, error: Error): void => {
      onFailure(text);
      onError?.(error);
    };
    try {
      const response = await authorizedFetch(endpoint, { method: 'POST', body });
      if (!response.ok) {
        const problem = await restProblem(response);
        const text =
          problem.code === 'PAYLOAD_TOO_LARGE'
            ? texts.tooLarge
            : problem.code === 'FORBIDDEN'
              ? t('errors.forbidden')
              : (problem.fields?.[0]?.message ?? problem.message);
        fail(text, new Error(text));
        return;
      }
      const result = (await response.json()) as Result;
      onSuccess?.(result);
      onUploaded(result, typeof file === 'string' ? file : 'name' in file ? file.name : null);
    } catch (error) {
      fail(t('errors.network'), error instanceof Error ? error : new Error(String(error)));
    }
  };

  return (
    <Upload.Dragger
      name="file"
      accept=".csv,.xlsx"
      multiple={false}
      maxCount={1}
      showUploadList={false}
      customRequest={(options) => void upload(options)}
      beforeUpload={(file) => {
        if (!/\.(csv|xlsx)$/i.test(file.name)) {
          onFailure(texts.wrongType);
          return Upload.LIST_IGNORE;
        }
        if (file.size > MAX_SPREADSHEET_BYTES) {
          onFailure(texts.tooLarge);
          return Upload.LIST_IGNORE;
        }
        return true;
      }}
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined />
      </p>
      <p className="ant-upload-text">{texts.drop}</p>
      <p className="ant-upload-hint">{texts.hint}</p>
    </Upload.Dragger>
  );
}
