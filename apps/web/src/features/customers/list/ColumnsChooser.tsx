import { SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Popover, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { COLUMN_KEYS, DEFAULT_COLUMNS, type ColumnKey } from './customerColumns';

/**
 * Which optional columns the list shows. `hidden` columns are not offered (the pool has no owner to
 * show) and keep whatever the user chose for them on the other lists.
 */
export function ColumnsChooser({ value, onChange, hidden = [] }: { value: readonly ColumnKey[]; onChange: (columns: ColumnKey[]) => void; hidden?: readonly ColumnKey[] }) {
  const { t } = useTranslation();
  const offered = COLUMN_KEYS.filter((key) => !hidden.includes(key));
  const keep = (key: ColumnKey, checked: readonly unknown[]) => (hidden.includes(key) ? value.includes(key) : checked.includes(key));
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      title={t('customers.columns.title')}
      content={
        <Space direction="vertical">
          <Checkbox.Group
            value={[...value]}
            onChange={(checked) => onChange(COLUMN_KEYS.filter((key) => keep(key, checked)))}
            style={{ display: 'flex', flexDirection: 'column', gap: 6 }}
            options={offered.map((key) => ({ value: key, label: t(`customers.columns.keys.${key}`) }))}
          />
          <Typography.Link onClick={() => onChange([...DEFAULT_COLUMNS])}>{t('customers.columns.reset')}</Typography.Link>
        </Space>
      }
    >
      <Button icon={<SettingOutlined />}>{t('customers.columns.open')}</Button>
    </Popover>
  );
}
