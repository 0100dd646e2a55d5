import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDecimal, formatMoney, formatUnitPrice } from '../../../shared/money';

interface Money {
  amount: string;
  currency: string;
}

/** What an order line and a quotation line have in common (the API's priced lines). */
export interface PricedLine {
  id: string;
  position: number;
  sku?: string | null;
  description: string;
  quantity: string;
  unit: string;
  unitPrice: Money;
  amount: Money;
}

/** Read-only lines of an order or a quotation with the total below them. */
export function PricedLinesTable({ lines, currency, total, testId }: { lines: readonly PricedLine[]; currency: string; total: Money; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Table<PricedLine>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={[...lines]}
      scroll={{ x: 760 }}
      data-testid={testId}
      columns={[
        { title: '#', dataIndex: 'position', width: 48 },
        { title: t('orders.lines.sku'), key: 'sku', width: 120, render: (_, l) => l.sku ?? '—' },
        { title: t('orders.lines.description'), dataIndex: 'description' },
        { title: t('orders.lines.quantity'), key: 'quantity', align: 'right', width: 130, render: (_, l) => `${formatDecimal(l.quantity)} ${l.unit}` },
        { title: t('orders.lines.unitPrice', { currency }), key: 'unitPrice', align: 'right', width: 150, render: (_, l) => formatUnitPrice(l.unitPrice) },
        { title: t('orders.lines.amount'), key: 'amount', align: 'right', width: 150, render: (_, l) => formatMoney(l.amount) },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={5} align="right">
            <Typography.Text strong>{t('orders.lines.total')}</Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            <Typography.Text strong>{formatMoney(total)}</Typography.Text>
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}
