import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Button, Card, Flex, Segmented, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { ShipmentRowFieldsFragment } from '../../../gql/graphql';
import { ConnectionTable } from '../../../shared/ConnectionTable';
import { useCursorPages } from '../../../shared/useCursorPages';
import { CustomerName } from '../../orders/shared/CustomerName';
import { ModeText, SHIPMENT_STATUSES, ShipmentStatusTag, type ShipmentStatus } from '../shared/labels';
import { ShipmentListQuery } from '../shared/shipments.graphql';
import { LoadFailedAlert } from '../../../shared/LoadFailed';

/** Shipments you may see, by status: booking, vessel, route, dates and B/L. */
export function ShipmentsPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ShipmentStatus | 'all'>('all');
  // ?orderId=… (from an order's shipments tab): only the shipments carrying that order.
  const [search, setSearch] = useSearchParams();
  const orderId = search.get('orderId') ?? undefined;
  const pages = useCursorPages();
  const { data, previousData, loading, error, refetch } = useQuery(ShipmentListQuery, {
    variables: { first: pages.pageSize, after: pages.after, status: status === 'all' ? undefined : status, orderId },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.shipmentList;

  return (
    <Card>
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
        <Segmented<ShipmentStatus | 'all'>
          value={status}
          onChange={(next) => {
            setStatus(next);
            pages.reset();
          }}
          options={[
            { value: 'all', label: t('logistics.statuses.all') },
            ...SHIPMENT_STATUSES.map((value) => ({ value, label: t(`logistics.statuses.${value}`) })),
          ]}
        />
        <Space>
          {orderId && (
            <Tag
              closable
              onClose={() => {
                setSearch({});
                pages.reset();
              }}
              data-testid="order-filter"
            >
              {t('logistics.ofOneOrder')}
            </Tag>
          )}
          <Typography.Text type="secondary">{t('logistics.createFromOrder')}</Typography.Text>
          <Tooltip title={t('common.refresh')}>
            <Button icon={<ReloadOutlined />} onClick={() => void refetch()} aria-label={t('common.refresh')} />
          </Tooltip>
        </Space>
      </Flex>
      {error && <LoadFailedAlert title={t('logistics.loadFailed')} error={error} />}
      <ConnectionTable<ShipmentRowFieldsFragment>
        connection={connection}
        pages={pages}
        rowKey="id"
        loading={loading}
        scroll={{ x: 1370 }}
        locale={{ emptyText: t('logistics.empty') }}
        columns={[
          {
            title: t('logistics.fields.reference'),
            key: 'reference',
            width: 210,
            // The reference stays in view when a narrow screen scrolls the table sideways.
            fixed: 'left',
            render: (_, s) => (
              <Link to={`/shipments/${s.id}`}>
                <Typography.Text strong>{s.reference}</Typography.Text>
              </Link>
            ),
          },
          { title: t('orders.fields.customer'), key: 'customer', width: 200, ellipsis: true, render: (_, s) => <CustomerName id={s.customerId} /> },
          { title: t('logistics.fields.mode'), key: 'mode', width: 90, render: (_, s) => <ModeText mode={s.mode} /> },
          {
            title: t('logistics.fields.status'),
            key: 'status',
            width: 140,
            render: (_, s) => (
              <Space size={4}>
                <ShipmentStatusTag status={s.status} />
                {s.customsClearedAt && <Tag color="gold">{t('logistics.customs.clearedTag')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('logistics.fields.carrier'),
            key: 'carrier',
            width: 220,
            ellipsis: true,
            // The carrier on the first line, the vessel and voyage under it, as a booking reads.
            render: (_, s) => {
              const sailing = [s.vessel, s.voyage].filter(Boolean).join(' · ');
              return (
                <>
                  <div>{s.carrier ?? '—'}</div>
                  {sailing && (
                    <Typography.Text type="secondary" ellipsis={{ tooltip: sailing }} style={{ display: 'block' }}>
                      {sailing}
                    </Typography.Text>
                  )}
                </>
              );
            },
          },
          {
            title: t('logistics.fields.route'),
            key: 'route',
            width: 170,
            render: (_, s) => [s.portOfLoading, s.portOfDischarge].filter(Boolean).join(' → ') || '—',
          },
          { title: t('logistics.fields.etd'), key: 'etd', width: 110, render: (_, s) => s.atd ?? s.etd ?? '—' },
          { title: t('logistics.fields.eta'), key: 'eta', width: 110, render: (_, s) => s.ata ?? s.eta ?? '—' },
          {
            title: t('logistics.fields.transportDocumentNumber'),
            key: 'bl',
            width: 160,
            render: (_, s) => s.transportDocumentNumber ?? '—',
          },
        ]}
      />
    </Card>
  );
}
