import { CloudUploadOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { App, Button, Card, Flex, Space, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useCurrentUser } from '../../../app/session/CurrentUser';
import type { OrderCardFieldsFragment } from '../../../gql/graphql';
import { ConnectionTable } from '../../../shared/ConnectionTable';
import { formatMoney } from '../../../shared/money';
import { hasRole, ORDER_IMPORT_ROLES, ORDER_WRITERS } from '../../../shared/roles';
import { useCursorPages } from '../../../shared/useCursorPages';
import { countryName } from '../../customers/shared/countries';
import { AtRiskTag, OrderStageTag } from '../shared/labels';
import { OrderFilterBar } from '../shared/OrderFilterBar';
import { EMPTY_ORDER_FILTER, toOrderFilter, type OrderFilterState } from '../shared/orderFilter';
import { OrderFormDrawer } from '../shared/OrderFormDrawer';
import { OrdersQuery } from './orders.graphql';
import { LoadFailedAlert } from '../../../shared/LoadFailed';

/** Every order you may see, newest first, filtered by text, stage, owner, customer, country, delivery month and risk. */
export function OrdersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const [filterState, setFilterState] = useState<OrderFilterState>(EMPTY_ORDER_FILTER);
  const [creating, setCreating] = useState(false);
  const pages = useCursorPages();
  const { data, previousData, loading, error, refetch } = useQuery(OrdersQuery, {
    variables: { first: pages.pageSize, after: pages.after, filter: toOrderFilter(filterState) },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.orders;

  return (
    <Card>
      <Flex justify="space-between" align="flex-start" wrap gap={12} style={{ marginBottom: 16 }}>
        <OrderFilterBar
          list
          value={filterState}
          onChange={(next) => {
            setFilterState(next);
            pages.reset();
          }}
        />
        <Space>
          <Tooltip title={t('common.refresh')}>
            <Button icon={<ReloadOutlined />} onClick={() => void refetch()} aria-label={t('common.refresh')} />
          </Tooltip>
          {hasRole(me, ORDER_IMPORT_ROLES) && (
            <Button icon={<CloudUploadOutlined />} onClick={() => void navigate('/orders/import')}>
              {t('orders.import.open')}
            </Button>
          )}
          {hasRole(me, ORDER_WRITERS) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('orders.create.open')}
            </Button>
          )}
        </Space>
      </Flex>
      {error && <LoadFailedAlert title={t('orders.loadFailed')} error={error} />}
      <ConnectionTable<OrderCardFieldsFragment>
        connection={connection}
        pages={pages}
        rowKey="id"
        loading={loading}
        scroll={{ x: 1040 }}
        locale={{ emptyText: t('orders.empty') }}
        columns={[
          {
            title: t('orders.fields.number'),
            key: 'number',
            width: 140,
            // The number stays in view when a narrow screen scrolls the table sideways.
            fixed: 'left',
            render: (_, o) => (
              <Link to={`/orders/${o.id}`}>
                <Typography.Text strong>{o.number}</Typography.Text>
              </Link>
            ),
          },
          {
            title: t('orders.fields.customer'),
            key: 'customer',
            render: (_, o) => (
              <Space direction="vertical" size={0}>
                <Link to={`/customers/${o.customerId}`}>{o.customerName}</Link>
                {o.customerCountry && <Typography.Text type="secondary">{countryName(o.customerCountry)}</Typography.Text>}
              </Space>
            ),
          },
          { title: t('orders.fields.stage'), key: 'stage', width: 100, render: (_, o) => <OrderStageTag stage={o.stage} /> },
          { title: t('orders.fields.total'), key: 'total', width: 130, align: 'right', render: (_, o) => formatMoney(o.total) },
          { title: t('orders.fields.orderDate'), dataIndex: 'orderDate', width: 105 },
          { title: t('orders.fields.deliveryDate'), key: 'deliveryDate', width: 105, render: (_, o) => o.deliveryDate ?? '—' },
          {
            title: t('orders.fields.expectedShipDate'),
            key: 'expectedShipDate',
            width: 150,
            render: (_, o) => (
              <Space size={4}>
                {o.expectedShipDate ?? '—'}
                <AtRiskTag order={o} />
              </Space>
            ),
          },
          { title: t('orders.fields.owner'), key: 'owner', width: 120, ellipsis: true, render: (_, o) => o.owner?.displayName ?? '—' },
        ]}
      />
      {hasRole(me, ORDER_WRITERS) && (
        <OrderFormDrawer
          open={creating}
          onClose={() => setCreating(false)}
          onSaved={(order) => {
            setCreating(false);
            void message.success(t('orders.create.done', { number: order.number }));
            void navigate(`/orders/${order.id}`);
          }}
        />
      )}
    </Card>
  );
}
