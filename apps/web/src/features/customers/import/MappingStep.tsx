import { Alert, Button, Card, Flex, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { columnLetter, hasIdentityColumn, IMPORT_FIELDS, MULTI_COLUMN_FIELDS, type ImportField, type UploadedImport } from './importFields';

interface MappingStepProps {
  upload: UploadedImport;
  mapping: (ImportField | null)[];
  onChange: (mapping: (ImportField | null)[]) => void;
  onDryRun: () => void;
  onRestart: () => void;
  starting: boolean;
}

const IGNORE = '__ignore__';

/** Step 2: which field each column fills (prefilled from the headers), with the first rows to check it against. */
export function MappingStep({ upload, mapping, onChange, onDryRun, onRestart, starting }: MappingStepProps) {
  const { t } = useTranslation();
  const taken = new Map<ImportField, number>();
  mapping.forEach((field, index) => {
    if (field && !taken.has(field)) taken.set(field, index);
  });
  // A second column for a single-value field is ignored by the server; say so before it runs.
  const repeated = mapping.map((field, index) => Boolean(field && !MULTI_COLUMN_FIELDS.has(field) && taken.get(field) !== index));
  const identified = hasIdentityColumn(mapping);
  const rows = upload.headers.map((header, index) => ({ index, header }));

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Alert
        type="info"
        showIcon
        message={t('imports.mapping.summary', { file: upload.fileName, rows: upload.totalRows, columns: upload.headers.length })}
        description={t('imports.mapping.intro')}
      />
      {upload.unknownColumns.length > 0 && (
        <Alert
          type="warning"
          showIcon
          message={t('imports.mapping.unknown', { columns: upload.unknownColumns.map((column) => column.header).join('、') })}
        />
      )}
      {!identified && <Alert type="error" showIcon message={t('imports.mapping.noIdentity')} />}
      <Table
        rowKey="index"
        size="small"
        pagination={false}
        dataSource={rows}
        data-testid="mapping-table"
        columns={[
          {
            title: t('imports.mapping.column'),
            key: 'column',
            width: 240,
            render: (_, { index, header }) => (
              <Space>
                <Tag>{columnLetter(index)}</Tag>
                <Typography.Text strong>{header || t('imports.mapping.noHeader')}</Typography.Text>
              </Space>
            ),
          },
          {
            title: t('imports.mapping.field'),
            key: 'field',
            width: 240,
            render: (_, { index, header }) => (
              <Space direction="vertical" size={2}>
                <Select<string>
                  aria-label={t('imports.mapping.fieldFor', { header })}
                  value={mapping[index] ?? IGNORE}
                  onChange={(value) =>
                    onChange(mapping.map((field, i) => (i === index ? (value === IGNORE ? null : (value as ImportField)) : field)))
                  }
                  options={[
                    { value: IGNORE, label: t('imports.mapping.ignore') },
                    ...IMPORT_FIELDS.map((field) => ({ value: field, label: t(`imports.fields.${field}`) })),
                  ]}
                  style={{ width: 200 }}
                />
                {repeated[index] && <Typography.Text type="warning">{t('imports.mapping.repeated')}</Typography.Text>}
              </Space>
            ),
          },
          {
            title: t('imports.mapping.sample'),
            key: 'sample',
            render: (_, { index }) => (
              <Typography.Text type="secondary" ellipsis>
                {upload.sample
                  .map((row) => row.cells[index] ?? '')
                  .filter(Boolean)
                  .slice(0, 3)
                  .join(' · ') || '—'}
              </Typography.Text>
            ),
          },
        ]}
      />
      <Card size="small" title={t('imports.mapping.sampleRows', { count: upload.sample.length })}>
        <Table
          rowKey="row"
          size="small"
          pagination={false}
          scroll={{ x: true }}
          dataSource={upload.sample}
          columns={[
            { title: t('imports.report.row'), dataIndex: 'row', width: 60, fixed: 'left' },
            ...upload.headers.map((header, index) => ({
              title: (
                <Space size={4}>
                  {header}
                  {mapping[index] && <Tag color="blue">{t(`imports.fields.${mapping[index]}`)}</Tag>}
                </Space>
              ),
              key: `c${index}`,
              render: (_: unknown, row: UploadedImport['sample'][number]) => row.cells[index] ?? '',
            })),
          ]}
        />
      </Card>
      <Flex justify="space-between" wrap gap={12}>
        <Button onClick={onRestart}>{t('imports.mapping.otherFile')}</Button>
        <Button type="primary" disabled={!identified} loading={starting} onClick={onDryRun}>
          {t('imports.mapping.dryRun')}
        </Button>
      </Flex>
    </Space>
  );
}
