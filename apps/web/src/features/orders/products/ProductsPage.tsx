import { EditOutlined, PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { App, Button, Card, Checkbox, Flex, Input, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/session/CurrentUser';
import type { ProductFieldsFragment } from '../../../gql/graphql';
import { ConnectionTable } from '../../../shared/ConnectionTable';
import { formatDecimal, formatUnitPrice } from '../../../shared/money';
import { hasRole, PRODUCT_WRITERS } from '../../../shared/roles';
import { useCursorPages } from '../../../shared/useCursorPages';
import { ProductDrawer } from './ProductDrawer';
import { ProductsQuery } from './products.graphql';
import { LoadFailedAlert } from '../../../shared/LoadFailed';

function localName(names: unknown, language: 'en' | 'zh'): string | undefined {
  if (typeof names !== 'object' || names === null) return undefined;
  const value = (names as Record<string, unknown>)[language];
  return typeof value === 'string' ? value : undefined;
}

/** The product catalogue: search by SKU or name, packing and customs data at a glance, list prices per currency. */
export function ProductsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const writer = hasRole(me, PRODUCT_WRITERS);
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [showInactive, setShowInactive] = useState(false);
  const [editing, setEditing] = useState<ProductFieldsFragment | null | undefined>(undefined);
  const pages = useCursorPages();
  const { data, previousData, loading, error, refetch } = useQuery(ProductsQuery, {
    variables: { first: pages.pageSize, after: pages.after, search: search || undefined, activeOnly: !showInactive },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.productCatalogue;

  return (
    <Card>
      <Flex justify="space-between" align="flex-start" wrap gap={12} style={{ marginBottom: 16 }}>
        <Space wrap>
          <Input.Search
            allowClear
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            onSearch={(value) => {
              setSearch(value.trim());
              pages.reset();
            }}
            placeholder={t('products.searchPlaceholder')}
            aria-label={t('products.searchPlaceholder')}
            style={{ width: 280 }}
          />
          <Checkbox
            checked={showInactive}
            onChange={(event) => {
              setShowInactive(event.target.checked);
              pages.reset();
            }}
          >
            {t('products.showInactive')}
          </Checkbox>
        </Space>
        <Space>
          <Tooltip title={t('common.refresh')}>
            <Button icon={<ReloadOutlined />} onClick={() => void refetch()} aria-label={t('common.refresh')} />
          </Tooltip>
          {writer && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
              {t('products.create')}
            </Button>
          )}
        </Space>
      </Flex>
      {error && <LoadFailedAlert title={t('products.loadFailed')} error={error} />}
      <ConnectionTable<ProductFieldsFragment>
        connection={connection}
        pages={pages}
        rowKey="id"
        loading={loading}
        scroll={{ x: 1100 }}
        locale={{ emptyText: t('products.empty') }}
        columns={[
          {
            title: t('products.fields.sku'),
            key: 'sku',
            width: 130,
            fixed: 'left' as const,
            render: (_, p) => (
              <Space size={4}>
                <Typography.Text strong>{p.sku}</Typography.Text>
                {!p.active && <Tag>{t('products.inactive')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('products.fields.name'),
            key: 'name',
            render: (_, p) => (
              <Space direction="vertical" size={0}>
                <Typography.Text>{localName(p.names, 'en') ?? p.name}</Typography.Text>
                {localName(p.names, 'zh') && <Typography.Text type="secondary">{localName(p.names, 'zh')}</Typography.Text>}
              </Space>
            ),
          },
          {
            title: t('products.fields.hsCode'),
            key: 'hsCode',
            width: 130,
            render: (_, p) => p.hsCode ?? <Typography.Text type="warning">{t('products.noHsCode')}</Typography.Text>,
          },
          { title: t('products.fields.unit'), dataIndex: 'unit', width: 70 },
          {
            title: t('products.fields.packing'),
            key: 'packing',
            width: 220,
            render: (_, p) =>
              p.unitsPerCarton ? (
                <Typography.Text type="secondary">
                  {t('products.packingSummary', {
                    units: p.unitsPerCarton,
                    unit: p.unit,
                    size: [p.cartonLengthCm, p.cartonWidthCm, p.cartonHeightCm].every(Boolean)
                      ? `${formatDecimal(p.cartonLengthCm)}×${formatDecimal(p.cartonWidthCm)}×${formatDecimal(p.cartonHeightCm)} cm`
                      : '—',
                    gross: p.grossWeightKg ? formatDecimal(p.grossWeightKg) : '—',
                  })}
                </Typography.Text>
              ) : (
                <Typography.Text type="warning">{t('products.noPacking')}</Typography.Text>
              ),
          },
          {
            title: t('products.fields.listPrices'),
            key: 'listPrices',
            width: 200,
            render: (_, p) => (
              <Space size={[4, 4]} wrap>
                {p.listPrices.map((price) => (
                  <Tag key={price.currency}>{formatUnitPrice(price)}</Tag>
                ))}
              </Space>
            ),
          },
          ...(writer
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 90,
                  // Editing stays in reach when a narrow screen scrolls the table sideways.
                  fixed: 'right' as const,
                  render: (_: unknown, p: ProductFieldsFragment) => (
                    <Button
                      size="small"
                      icon={<EditOutlined />}
                      onClick={() => setEditing(p)}
                      aria-label={t('products.editOf', { sku: p.sku })}
                    >
                      {t('products.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {writer && (
        <ProductDrawer
          product={editing}
          onClose={() => setEditing(undefined)}
          onSaved={(product) => {
            setEditing(undefined);
            void message.success(t('products.saved', { sku: product.sku }));
          }}
        />
      )}
    </Card>
  );
}
