import { FileAddOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Alert, Button, Card, Space, Table, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { OrderCardFieldsFragment, QuotationRowFieldsFragment } from '../../../gql/graphql';
import { CursorPager } from '../../../shared/CursorPager';
import { formatMoney } from '../../../shared/money';
import { problemText, serverProblem } from '../../../shared/serverProblem';
import { useCursorPages } from '../../../shared/useCursorPages';
import { AtRiskTag, OrderStageTag, QuotationStatusTag } from '../../orders/shared/labels';
import { CustomerOrdersQuery, CustomerQuotationsQuery } from './customerOrders.graphql';

/** A few rows at first: the card sits on the 360 page beside the timeline. */
const FIRST_PAGE_SIZE = 5;

function OrdersTable({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const pages = useCursorPages(FIRST_PAGE_SIZE);
  const { data, previousData, loading, error } = useQuery(CustomerOrdersQuery, {
    variables: { id: customerId, first: pages.pageSize, after: pages.after },
    notifyOnNetworkStatusChange: true,
  });
  const customer = (data ?? previousData)?.customer;
  const orders = customer?.orders;
  return (
    <>
      {error && <Alert type="error" showIcon message={problemText(serverProblem(error), t)} style={{ marginBottom: 8 }} />}
      <Table<OrderCardFieldsFragment>
        rowKey="id"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={orders?.nodes ?? []}
        locale={{ emptyText: t('customers.orders.noOrders') }}
        columns={[
          { title: t('orders.fields.number'), key: 'number', render: (_, o) => <Link to={`/orders/${o.id}`}>{o.number}</Link> },
          {
            title: t('orders.fields.stage'),
            key: 'stage',
            render: (_, o) => (
              <Space size={4}>
                <OrderStageTag stage={o.stage} />
                <AtRiskTag order={o} />
              </Space>
            ),
          },
          { title: t('orders.fields.total'), key: 'total', align: 'right', render: (_, o) => formatMoney(o.total) },
          { title: t('orders.fields.orderDate'), dataIndex: 'orderDate', width: 110 },
          { title: t('orders.fields.deliveryDate'), key: 'delivery', width: 110, render: (_, o) => o.deliveryDate ?? '—' },
        ]}
      />
      {orders && orders.totalCount > FIRST_PAGE_SIZE && (
        <div style={{ marginTop: 8 }}>
          <CursorPager pages={pages} connection={orders} loading={loading} />
        </div>
      )}
      {!!customer?.ordersOutOfScope && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }} data-testid="orders-out-of-scope">
          {t('customers.orders.outOfScope', { count: customer.ordersOutOfScope })}
        </Typography.Paragraph>
      )}
    </>
  );
}

function QuotationsTable({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const pages = useCursorPages(FIRST_PAGE_SIZE);
  const { data, previousData, loading, error } = useQuery(CustomerQuotationsQuery, {
    variables: { id: customerId, first: pages.pageSize, after: pages.after },
    notifyOnNetworkStatusChange: true,
  });
  const quotations = (data ?? previousData)?.customer.quotations;
  return (
    <>
      {error && <Alert type="error" showIcon message={problemText(serverProblem(error), t)} style={{ marginBottom: 8 }} />}
      <Table<QuotationRowFieldsFragment>
        rowKey="id"
        size="small"
        loading={loading}
        pagination={false}
        dataSource={quotations?.nodes ?? []}
        locale={{ emptyText: t('customers.orders.noQuotations') }}
        columns={[
          {
            title: t('quotations.fields.number'),
            key: 'number',
            render: (_, q) => (
              <Space size={4}>
                <Link to={`/quotations/${q.id}`}>{q.number}</Link>
                <Typography.Text type="secondary">{t('quotations.revisionN', { n: q.revision })}</Typography.Text>
              </Space>
            ),
          },
          { title: t('quotations.fields.status'), key: 'status', render: (_, q) => <QuotationStatusTag status={q.status} pastValidity={q.pastValidity} /> },
          { title: t('orders.fields.total'), key: 'total', align: 'right', render: (_, q) => formatMoney(q.total) },
          { title: t('quotations.fields.validUntil'), dataIndex: 'validUntil', width: 110 },
        ]}
      />
      {quotations && quotations.totalCount > FIRST_PAGE_SIZE && (
        <div style={{ marginTop: 8 }}>
          <CursorPager pages={pages} connection={quotations} loading={loading} />
        </div>
      )}
    </>
  );
}

/** The customer's orders and quotations on the 360 view, and a new quotation for them. */
export function OrdersCard({ customerId, mayQuote }: { customerId: string; mayQuote: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [tab, setTab] = useState<'orders' | 'quotations'>('orders');
  return (
    <Card
      title={t('customers.orders.title')}
      data-testid="customer-orders-card"
      extra={
        mayQuote && (
          <Button type="primary" icon={<FileAddOutlined />} onClick={() => void navigate(`/quotations/new?customerId=${customerId}`)}>
            {t('customers.orders.newQuotation')}
          </Button>
        )
      }
      styles={{ body: { paddingTop: 0 } }}
    >
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key === 'quotations' ? 'quotations' : 'orders')}
        items={[
          { key: 'orders', label: t('customers.orders.orders'), children: <OrdersTable customerId={customerId} /> },
          { key: 'quotations', label: t('customers.orders.quotations'), children: <QuotationsTable customerId={customerId} /> },
        ]}
      />
    </Card>
  );
}
