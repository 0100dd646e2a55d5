import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Button, Card, Flex, Select, Space, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useCurrentUser } from '../../../app/session/CurrentUser';
import type { QuotationRowFieldsFragment } from '../../../gql/graphql';
import { ConnectionTable } from '../../../shared/ConnectionTable';
import { formatMoney } from '../../../shared/money';
import { hasRole, ORDER_WRITERS } from '../../../shared/roles';
import { useCursorPages } from '../../../shared/useCursorPages';
import { formatInstant } from '../../../shared/userTime';
import { CustomerName } from '../shared/CustomerName';
import { CustomerSelect } from '../shared/CustomerSelect';
import { QUOTATION_STATUSES, QuotationStatusTag, type QuotationStatus } from '../shared/labels';
import { QuotationsQuery } from './quotations.graphql';
import { LoadFailedAlert } from '../../../shared/LoadFailed';

/** The latest version of every quotation you may see, newest first, by customer and status. */
export function QuotationsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const [customerId, setCustomerId] = useState<string | undefined>();
  const [status, setStatus] = useState<QuotationStatus | undefined>();
  const pages = useCursorPages();
  const { data, previousData, loading, error, refetch } = useQuery(QuotationsQuery, {
    variables: { first: pages.pageSize, after: pages.after, customerId, status },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.quotations;

  return (
    <Card>
      <Flex justify="space-between" align="flex-start" wrap gap={12} style={{ marginBottom: 16 }}>
        <Space wrap>
          <CustomerSelect
            allowClear
            value={customerId}
            aria-label={t('orders.filters.customer')}
            placeholder={t('orders.filters.customer')}
            onChange={(next) => {
              setCustomerId(next);
              pages.reset();
            }}
            style={{ width: 260 }}
          />
          <Select<QuotationStatus>
            allowClear
            aria-label={t('quotations.filters.status')}
            placeholder={t('quotations.filters.status')}
            value={status}
            onChange={(next) => {
              setStatus(next);
              pages.reset();
            }}
            options={QUOTATION_STATUSES.map((value) => ({ value, label: t(`quotations.statuses.${value}`) }))}
            style={{ width: 160 }}
          />
        </Space>
        <Space>
          <Tooltip title={t('common.refresh')}>
            <Button icon={<ReloadOutlined />} onClick={() => void refetch()} aria-label={t('common.refresh')} />
          </Tooltip>
          {hasRole(me, ORDER_WRITERS) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/quotations/new')}>
              {t('quotations.create')}
            </Button>
          )}
        </Space>
      </Flex>
      {error && <LoadFailedAlert title={t('quotations.loadFailed')} error={error} />}
      <ConnectionTable<QuotationRowFieldsFragment>
        connection={connection}
        pages={pages}
        rowKey="id"
        loading={loading}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('quotations.empty') }}
        columns={[
          {
            title: t('quotations.fields.number'),
            key: 'number',
            render: (_, q) => (
              <Space>
                <Link to={`/quotations/${q.id}`}>
                  <Typography.Text strong>{q.number}</Typography.Text>
                </Link>
                <Typography.Text type="secondary">{t('quotations.revisionN', { n: q.revision })}</Typography.Text>
              </Space>
            ),
          },
          { title: t('orders.fields.customer'), key: 'customer', render: (_, q) => <CustomerName id={q.customerId} /> },
          { title: t('quotations.fields.status'), key: 'status', width: 110, render: (_, q) => <QuotationStatusTag status={q.status} pastValidity={q.pastValidity} /> },
          { title: t('orders.fields.total'), key: 'total', align: 'right', width: 150, render: (_, q) => formatMoney(q.total) },
          { title: t('quotations.fields.validUntil'), dataIndex: 'validUntil', width: 120 },
          {
            title: t('quotations.fields.createdAt'),
            key: 'createdAt',
            width: 120,
            render: (_, q) => formatInstant(q.createdAt, 'YYYY-MM-DD'),
          },
          {
            title: t('quotations.fields.order'),
            key: 'order',
            width: 110,
            render: (_, q) => (q.orderId ? <Link to={`/orders/${q.orderId}`}>{t('quotations.viewOrder')}</Link> : '—'),
          },
        ]}
      />
    </Card>
  );
}
