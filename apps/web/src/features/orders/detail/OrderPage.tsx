import { useQuery } from '@apollo/client';
import { App, Card, Space, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { useCurrentUser } from '../../../app/session/CurrentUser';
import { hasRole, LOGISTICS_ROLES, ORDER_WRITERS, PRODUCTION_ROLES, RECEIPT_ROLES } from '../../../shared/roles';
import { OrderFormDrawer } from '../shared/OrderFormDrawer';
import { CommentsTab } from './CommentsTab';
import { DocumentsTab } from './DocumentsTab';
import { LinesAndPayments } from './LinesAndPayments';
import { OrderDetailQuery } from './order.graphql';
import { OrderHeader } from './OrderHeader';
import { OrderTimelineTab } from './OrderTimelineTab';
import { ProductionTab } from './ProductionTab';
import { ShipmentsTab } from './ShipmentsTab';
import { StageCard } from './StageCard';
import { RecordPending } from '../../../shared/LoadFailed';

type TabKey = 'lines' | 'production' | 'shipments' | 'documents' | 'comments' | 'timeline';

/**
 * One order: header with terms and risk, the stage bar with the moves the rules allow, and tabs for
 * lines and payments, production, shipments, documents, comments and the timeline.
 */
export function OrderPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const { id = '' } = useParams<{ id: string }>();
  const { data, error, refetch } = useQuery(OrderDetailQuery, { variables: { id } });
  const [tab, setTab] = useState<TabKey>('lines');
  const [editing, setEditing] = useState(false);
  const order = data?.order;

  if (!order) {
    return (
      <RecordPending
        error={error}
        notFoundTitle={t('orders.detail.notFound')}
        loadFailedTitle={t('orders.detail.loadFailed')}
        onRetry={() => void refetch()}
        backTo="/orders"
        backLabel={t('orders.detail.backToList')}
      />
    );
  }

  const mayEdit = hasRole(me, ORDER_WRITERS);
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <OrderHeader order={order} mayEdit={mayEdit} onEdit={() => setEditing(true)} />
      <StageCard order={order} />
      <Card styles={{ body: { paddingTop: 8 } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => setTab(key as TabKey)}
          items={[
            {
              key: 'lines',
              label: t('orders.tabs.lines'),
              children: <LinesAndPayments order={order} mayRecordReceipt={hasRole(me, RECEIPT_ROLES)} />,
            },
            {
              key: 'production',
              label: t('orders.tabs.production'),
              children: <ProductionTab order={order} mayPlan={hasRole(me, PRODUCTION_ROLES)} />,
            },
            {
              key: 'shipments',
              label: t('orders.tabs.shipments', { count: order.shipmentCount }),
              children: <ShipmentsTab order={order} mayCreate={hasRole(me, LOGISTICS_ROLES)} />,
            },
            {
              key: 'documents',
              label: t('orders.tabs.documents', { count: order.documentCount }),
              children: <DocumentsTab orderId={order.id} documents={order.documents} total={order.documentCount} />,
            },
            {
              key: 'comments',
              label: t('orders.tabs.comments', { count: order.commentCount }),
              children: <CommentsTab orderId={order.id} comments={order.comments} total={order.commentCount} />,
            },
            {
              key: 'timeline',
              label: t('orders.tabs.timeline'),
              children: <OrderTimelineTab orderId={order.id} currency={order.currency} />,
            },
          ]}
        />
      </Card>
      {mayEdit && (
        <OrderFormDrawer
          open={editing}
          order={order}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            void message.success(t('orders.edit.done', { number: order.number }));
          }}
        />
      )}
    </Space>
  );
}
