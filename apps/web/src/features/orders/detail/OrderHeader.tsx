import { EditOutlined, FileTextOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { OrderDetailFieldsFragment } from '../../../gql/graphql';
import { formatMoney } from '../../../shared/money';
import { countryName } from '../../customers/shared/countries';
import { AtRiskTag, isTransportMode, OrderStageTag, riskText } from '../shared/labels';
import { paymentTermsIn, useChinese } from '../shared/useChinese';

interface OrderHeaderProps {
  order: OrderDetailFieldsFragment;
  mayEdit: boolean;
  onEdit: () => void;
}

/** The order at a glance: number, customer, amount, terms and dates, who owns it, and whether it is at risk. */
export function OrderHeader({ order, mayEdit, onEdit }: OrderHeaderProps) {
  const { t } = useTranslation();
  const chinese = useChinese();
  const mode = isTransportMode(order.transportMode) ? t(`orders.transportModes.${order.transportMode}`) : order.transportMode;
  return (
    <Card data-testid="order-header">
      <Flex justify="space-between" align="flex-start" wrap gap={16}>
        <Space direction="vertical" size={4}>
          <Space align="baseline" wrap>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="order-number">
              {order.number}
            </Typography.Title>
            <OrderStageTag stage={order.stage} />
            <AtRiskTag order={{ atRisk: order.atRisk }} />
          </Space>
          <Space wrap size={[12, 4]}>
            <Link to={`/customers/${order.customerId}`} data-testid="order-customer">
              {order.customerName}
            </Link>
            {order.customerCountry && <Typography.Text type="secondary">{countryName(order.customerCountry)}</Typography.Text>}
            <Typography.Text strong style={{ fontSize: 16 }} data-testid="order-total">
              {formatMoney(order.total)}
            </Typography.Text>
          </Space>
        </Space>
        <Space wrap>
          {order.quotationId && (
            <Link to={`/quotations/${order.quotationId}`}>
              <Button icon={<FileTextOutlined />}>{t('orders.detail.fromQuotation')}</Button>
            </Link>
          )}
          {mayEdit && (
            <Button icon={<EditOutlined />} onClick={onEdit}>
              {t('orders.detail.edit')}
            </Button>
          )}
        </Space>
      </Flex>
      {order.atRisk && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 12 }}
          data-testid="risk-reason"
          message={t('orders.detail.atRiskTitle')}
          description={riskText(t, order)}
        />
      )}
      {order.incotermFindings.map((finding) => (
        <Alert
          key={finding.code}
          type={finding.severity === 'error' ? 'error' : 'warning'}
          showIcon
          style={{ marginTop: 12 }}
          data-testid="incoterm-finding"
          message={chinese ? finding.messageZh : finding.message}
        />
      ))}
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }} style={{ marginTop: 16 }}>
        <Descriptions.Item label={t('orders.fields.currency')}>{order.currency}</Descriptions.Item>
        <Descriptions.Item label={t('orders.fields.incoterm')}>
          {`${order.incotermCode} ${order.incotermPlace}`} · {mode}
        </Descriptions.Item>
        <Descriptions.Item label={t('orders.fields.paymentTerms')}>{paymentTermsIn(chinese, order)}</Descriptions.Item>
        <Descriptions.Item label={t('orders.fields.owner')}>{order.owner?.displayName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('orders.fields.orderDate')}>{order.orderDate}</Descriptions.Item>
        <Descriptions.Item label={t('orders.fields.deliveryDate')}>{order.deliveryDate ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('orders.fields.expectedShipDate')}>
          <Typography.Text type={order.atRisk ? 'danger' : undefined}>{order.expectedShipDate ?? '—'}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('orders.fields.costs')}>
          {order.freightCost || order.insuranceCost
            ? [
                order.freightCost && `${t('orders.fields.freightCost')} ${formatMoney(order.freightCost)}`,
                order.insuranceCost && `${t('orders.fields.insuranceCost')} ${formatMoney(order.insuranceCost)}`,
              ]
                .filter(Boolean)
                .join(' · ')
            : '—'}
        </Descriptions.Item>
        {order.bookingNumber && <Descriptions.Item label={t('orders.fields.bookingNumber')}>{order.bookingNumber}</Descriptions.Item>}
        {order.blNumber && (
          <Descriptions.Item label={t('orders.fields.blNumber')}>
            {order.blNumber}
            {order.blDate ? ` (${order.blDate})` : ''}
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}
