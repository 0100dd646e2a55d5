import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { OrderDetailQuery } from '../../../gql/graphql';
import { CreateShipmentModal } from '../../logistics/shared/CreateShipmentModal';
import { ModeText, ShipmentStatusTag } from '../../logistics/shared/labels';
import { NewestOnlyNote } from '../shared/NewestOnlyNote';

type Shipment = OrderDetailQuery['order']['shipments'][number];

/** The shipments carrying this order, and a new one for what is not shipped yet. */
export function ShipmentsTab({ order, mayCreate }: { order: OrderDetailQuery['order']; mayCreate: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  return (
    <>
      {mayCreate && (
        <Flex justify="end" style={{ marginBottom: 12 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('logistics.create.open')}
          </Button>
        </Flex>
      )}
      <Table<Shipment>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={order.shipments}
        scroll={{ x: 800 }}
        locale={{ emptyText: t('logistics.emptyForOrder') }}
        columns={[
          {
            title: t('logistics.fields.reference'),
            key: 'reference',
            render: (_, s) => <Link to={`/shipments/${s.id}`}>{s.reference}</Link>,
          },
          { title: t('logistics.fields.mode'), key: 'mode', width: 80, render: (_, s) => <ModeText mode={s.mode} /> },
          { title: t('logistics.fields.status'), key: 'status', width: 100, render: (_, s) => <ShipmentStatusTag status={s.status} /> },
          { title: t('logistics.fields.vessel'), key: 'vessel', render: (_, s) => [s.vessel, s.voyage].filter(Boolean).join(' / ') || '—' },
          {
            title: t('logistics.fields.route'),
            key: 'route',
            render: (_, s) => [s.portOfLoading, s.portOfDischarge].filter(Boolean).join(' → ') || '—',
          },
          { title: t('logistics.fields.etd'), key: 'etd', width: 110, render: (_, s) => s.etd ?? '—' },
          { title: t('logistics.fields.eta'), key: 'eta', width: 110, render: (_, s) => s.eta ?? '—' },
          { title: t('logistics.fields.transportDocumentNumber'), key: 'bl', render: (_, s) => s.transportDocumentNumber ?? '—' },
        ]}
      />
      <NewestOnlyNote shown={order.shipments.length} total={order.shipmentCount} rest="shipments" restLink={`/shipments?orderId=${order.id}`} />
      {mayCreate && (
        <CreateShipmentModal
          open={creating}
          orderIds={[order.id]}
          label={order.number}
          onClose={() => setCreating(false)}
          onCreated={(shipment) => {
            setCreating(false);
            void message.success(t('logistics.create.done', { reference: shipment.reference }));
            void navigate(`/shipments/${shipment.id}`);
          }}
        />
      )}
    </>
  );
}
