import { Alert, Card, Descriptions, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ShipmentDetailQuery } from '../../../gql/graphql';
import { formatDecimal, formatMoney, isPositive } from '../../../shared/money';
import { countryName } from '../../customers/shared/countries';
import { useChinese } from '../../orders/shared/useChinese';

type Draft = ShipmentDetailQuery['shipment']['customsDraft'];
type Item = Draft['items'][number];

/** The export declaration draft: one item per HS code, declared against invoiced value, and what stops it being filed. */
export function CustomsDraftCard({ draft }: { draft: Draft }) {
  const { t } = useTranslation();
  const chinese = useChinese();
  const differs =
    draft.difference !== null &&
    draft.difference !== undefined &&
    (isPositive(draft.difference.amount) || draft.difference.amount.startsWith('-'));
  return (
    <Card title={t('logistics.customs.title')} data-testid="customs-draft">
      {draft.valid ? (
        <Alert type="success" showIcon message={t('logistics.customs.valid')} style={{ marginBottom: 12 }} />
      ) : (
        draft.problems.map((problem, index) => (
          <Alert
            key={`${problem.code}-${index}`}
            type="error"
            showIcon
            style={{ marginBottom: 8 }}
            data-testid="customs-problem"
            message={chinese ? problem.messageZh : problem.message}
          />
        ))
      )}
      <Table<Item>
        rowKey="itemNo"
        size="small"
        pagination={false}
        dataSource={draft.items}
        scroll={{ x: 900 }}
        columns={[
          { title: '#', dataIndex: 'itemNo', width: 48 },
          { title: t('logistics.customs.hsCode'), dataIndex: 'hsCode', width: 130 },
          { title: t('logistics.customs.declaredName'), dataIndex: 'declaredName' },
          {
            title: t('orders.lines.quantity'),
            key: 'quantity',
            align: 'right',
            width: 120,
            render: (_, i) => `${formatDecimal(i.quantity)} ${i.unit}`,
          },
          { title: t('logistics.customs.value'), key: 'value', align: 'right', width: 140, render: (_, i) => formatMoney(i.value) },
          {
            title: t('logistics.customs.destination'),
            key: 'destination',
            width: 120,
            render: (_, i) => (i.destinationCountry ? countryName(i.destinationCountry) : '—'),
          },
          { title: t('logistics.customs.modes'), key: 'modes', width: 140, render: (_, i) => `${i.transportMode} / ${i.tradeMode}` },
        ]}
      />
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginTop: 12 }} data-testid="customs-totals">
        <Descriptions.Item label={t('logistics.customs.declaredTotal')}>
          <Typography.Text strong>{formatMoney(draft.declaredTotal)}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('logistics.customs.invoiceTotal')}>
          <Typography.Text strong>{formatMoney(draft.invoiceTotal)}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('logistics.customs.difference')}>
          <Typography.Text type={differs ? 'danger' : 'success'} strong>
            {draft.difference ? formatMoney(draft.difference) : t('logistics.customs.notComparable')}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
