import { SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Popover, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { COLUMN_KEYS, DEFAULT_COLUMNS, type ColumnKey } from './customerColumns';

/** Which optional columns the list shows. */
export function ColumnsChooser({ value, onChange }: { value: readonly ColumnKey[]; onChange: (columns: ColumnKey[]) => void }) {
  const { t } = useTranslation();
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      title={t('customers.columns.title')}
      content={
        <Space direction="vertical">
          <Checkbox.Group
            value={[...value]}
            onChange={(checked) => onChange(COLUMN_KEYS.filter((key) => checked.includes(key)))}
            style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
            options={COLUMN_KEYS.map((key) => ({ value: key, label: t(`customers.columns.keys.${key}`) }))}
          />
          <Typography.Link onClick={() => onChange([...DEFAULT_COLUMNS])}>{t('customers.columns.reset')}</Typography.Link>
        </Space>
      }
    >
      <Button icon={<SettingOutlined />}>{t('customers.columns.open')}</Button>
    </Popover>
  );
}
