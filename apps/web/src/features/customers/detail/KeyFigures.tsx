import { Card, Col, Row, Statistic, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CustomerDetailQuery } from '../../../gql/graphql';
import { formatMoney } from '../shared/labels';

type Detail = CustomerDetailQuery['customer'];

/** Orders, revenue, the next expected order and what is still to be paid, from the orders and finance modules. */
export function KeyFigures({ keyFigures, receivables }: { keyFigures: Detail['keyFigures']; receivables: Detail['receivables'] }) {
  const { t } = useTranslation();
  const next = keyFigures.nextExpectedOrderDate;
  const overdue = Number(receivables.overdue.amount) > 0;
  const cards = [
    {
      key: 'orders',
      title: t('customers.keyFigures.orders'),
      value: keyFigures.orderCount,
      extra: t('customers.keyFigures.orders12m', { count: keyFigures.orders12m }),
    },
    {
      key: 'revenue',
      title: t('customers.keyFigures.revenue'),
      value: formatMoney(keyFigures.revenue),
      extra: t('customers.keyFigures.revenue12m', { amount: formatMoney(keyFigures.revenue12m) }),
    },
    {
      key: 'next',
      title: t('customers.keyFigures.nextOrder'),
      value: next ? dayjs(next).format('YYYY-MM-DD') : '—',
      extra: keyFigures.averageOrderIntervalDays
        ? t('customers.keyFigures.interval', { days: keyFigures.averageOrderIntervalDays })
        : keyFigures.lastOrderDate
          ? t('customers.keyFigures.lastOrder', { date: keyFigures.lastOrderDate })
          : t('customers.keyFigures.noOrders'),
    },
    {
      key: 'quotations',
      title: t('customers.keyFigures.openQuotations'),
      value: keyFigures.openQuotationCount,
      extra: keyFigures.firstOrderDate ? t('customers.keyFigures.firstOrder', { date: keyFigures.firstOrderDate }) : '',
    },
    {
      key: 'receivable',
      title: t('customers.keyFigures.receivableOpen'),
      value: formatMoney(receivables.open),
      extra: '',
    },
    {
      key: 'overdue',
      title: t('customers.keyFigures.receivableOverdue'),
      value: formatMoney(receivables.overdue),
      extra: overdue ? t('customers.keyFigures.overdueHint') : '',
      danger: overdue,
    },
  ];
  return (
    <Row gutter={[16, 16]} data-testid="key-figures">
      {cards.map((card) => (
        <Col key={card.key} xs={12} md={8} xl={4}>
          <Card size="small" style={{ height: '100%' }}>
            <Statistic title={card.title} value={card.value} valueStyle={{ fontSize: 20, color: card.danger ? '#cf1322' : undefined }} />
            {card.extra && (
              <Tooltip title={card.extra}>
                <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
                  {card.extra}
                </Typography.Text>
              </Tooltip>
            )}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
