import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Alert, Button, Form, Input, Space, Table, Tooltip, Typography, type FormInstance } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LineInput, QuotationDefaultsQuery as QuotationDefaultsResult } from '../../../gql/graphql';
import { formatMoney, formatUnitPrice, isDecimalString, isPositive, lineAmount, priceInputText, sumAmounts } from '../../../shared/money';
import { QuotationDefaultsQuery } from './orders.graphql';
import { ProductSelect } from './ProductSelect';

/** One line as the editors hold it; `productLabel` only names a preset product in the picker. */
export interface LineValues {
  productId?: string | null;
  productLabel?: string;
  sku?: string;
  description?: string;
  quantity?: string;
  unit?: string;
  unitPrice?: string;
  /**
   * The currency the unit price was entered or filled in. When the form's currency changes, a price in
   * another currency is stale: refilled from the product's list price in the new one, or refused until
   * the user types it again (2.95 US dollars are not 2.95 yen).
   */
  priceCurrency?: string;
}

export const EMPTY_LINE: LineValues = { productId: null, quantity: '', unit: 'pcs', unitPrice: '' };

/** A stored line (quotation or order) back into the editor. */
export function lineValuesOf(line: {
  productId?: string | null;
  sku?: string | null;
  description: string;
  quantity: string;
  unit: string;
  unitPrice: { amount: string; currency: string };
}): LineValues {
  return {
    productId: line.productId ?? null,
    productLabel: line.productId ? [line.sku, line.description].filter(Boolean).join(' · ') : undefined,
    sku: line.sku ?? undefined,
    description: line.description,
    quantity: line.quantity,
    unit: line.unit,
    unitPrice: priceInputText(line.unitPrice.amount, line.unitPrice.currency),
    priceCurrency: line.unitPrice.currency,
  };
}

/** Whether a line's price was given in another currency than the form's. */
export function isPriceStale(line: LineValues | undefined, currency: string): boolean {
  return Boolean(line?.unitPrice?.trim() && line.priceCurrency && currency && line.priceCurrency !== currency);
}

/** The lines as the API takes them. */
export function linesInput(lines: readonly LineValues[] | undefined): LineInput[] {
  return (lines ?? []).map((line) => ({
    productId: line.productId || undefined,
    sku: line.sku?.trim() || undefined,
    description: (line.description ?? '').trim(),
    quantity: (line.quantity ?? '').trim(),
    unit: line.unit?.trim() || undefined,
    unitPrice: (line.unitPrice ?? '').trim(),
  }));
}

/** A quantity is a number above zero (the server refuses the rest, and a preview must not go negative). */
const quantityRule = (message: string) => ({
  validator: (_: unknown, value: string | undefined) =>
    !value || (isDecimalString(value) && isPositive(value)) ? Promise.resolve() : Promise.reject(new Error(message)),
});

const priceRule = (message: string) => ({
  validator: (_: unknown, value: string | undefined) =>
    !value || (isDecimalString(value) && !value.trim().startsWith('-')) ? Promise.resolve() : Promise.reject(new Error(message)),
});

type ProductPriceHint = QuotationDefaultsResult['quotationDefaults']['prices'][number];

function PriceHints({ hint, currency, onApply }: { hint: ProductPriceHint | undefined; currency: string; onApply: (amount: string) => void }) {
  const { t } = useTranslation();
  const listPrice = hint?.listPrice;
  const lastPrice = hint?.lastPrice;
  if (!hint || (!listPrice && !lastPrice)) return null;
  return (
    <Space direction="vertical" size={0} data-testid="price-hint" style={{ fontSize: 12 }}>
      {listPrice && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('orders.lines.listPrice')}{' '}
          <Typography.Link onClick={() => onApply(listPrice.amount)} style={{ fontSize: 12 }}>
            {formatUnitPrice(listPrice)}
          </Typography.Link>
        </Typography.Text>
      )}
      {lastPrice && (
        // A last price in another currency is shown for reference only: applying it would change its meaning.
        <Tooltip title={lastPrice.currency === currency ? t('orders.lines.lastPriceHint') : t('orders.lines.lastPriceOtherCurrency', { currency: lastPrice.currency })}>
          <Typography.Text type="warning" style={{ fontSize: 12 }}>
            {t('orders.lines.lastPrice')}{' '}
            {lastPrice.currency === currency ? (
              <Typography.Link onClick={() => onApply(lastPrice.amount)} style={{ fontSize: 12 }}>
                {formatUnitPrice(lastPrice)}
              </Typography.Link>
            ) : (
              formatUnitPrice(lastPrice)
            )}
            {hint.lastOrderNumber && ` (${hint.lastOrderNumber}${hint.lastOrderDate ? `, ${hint.lastOrderDate}` : ''})`}
          </Typography.Text>
        </Tooltip>
      )}
    </Space>
  );
}

interface LinesEditorProps {
  form: FormInstance;
  currency: string;
  /** Whose last prices to show beside the list prices. */
  customerId?: string;
  /** The order being edited: its own lines are not the customer's last prices. */
  excludeOrderId?: string;
  /** Read-only lines (a locked order): no picking, typing, adding, removing or price hints. */
  disabled?: boolean;
}

/**
 * Editable lines inside a form (field `lines`): a product picker that fills SKU, description, unit
 * and list price, the customer's list and last price beside each line, and live amounts and total
 * (computed exactly on decimal strings; the server's figures are the ones that count).
 */
export function LinesEditor({ form, currency, customerId, excludeOrderId, disabled }: LinesEditorProps) {
  const { t } = useTranslation();
  const watched = Form.useWatch<LineValues[] | undefined>('lines', form);
  const lines = useMemo(() => watched ?? [], [watched]);
  const productIds = useMemo(
    () => [...new Set(lines.map((line) => line?.productId).filter((id): id is string => Boolean(id)))].sort(),
    [lines],
  );
  const { data, previousData } = useQuery(QuotationDefaultsQuery, {
    variables: { customerId: customerId ?? '', productIds, currency, excludeOrderId },
    // Hints offer prices to apply: nothing to offer on lines that cannot change.
    skip: disabled || !customerId || productIds.length === 0 || !currency,
  });
  const hints = new Map((data ?? previousData)?.quotationDefaults.prices.map((hint) => [hint.productId, hint]) ?? []);
  const amounts = lines.map((line) => lineAmount(line?.quantity, line?.unitPrice, currency));
  const total = sumAmounts(
    amounts.filter((amount): amount is string => amount !== null),
    currency,
  );

  const setLine = (index: number, values: Partial<LineValues>): void => {
    for (const [key, value] of Object.entries(values)) form.setFieldValue(['lines', index, key], value);
  };

  // After a change of currency, products' prices come back from their list price in the new currency.
  const staleLines = lines.map((line, index) => ({ line, index })).filter(({ line }) => isPriceStale(line, currency));
  const priced = data?.quotationDefaults.currency === currency ? data.quotationDefaults.prices : null;
  useEffect(() => {
    if (disabled || !priced) return;
    const refilled: (string | number)[][] = [];
    for (const { line, index } of staleLines) {
      const listPrice = priced.find((hint) => hint.productId === line.productId)?.listPrice;
      if (!listPrice || listPrice.currency !== currency) continue;
      setLine(index, { unitPrice: priceInputText(listPrice.amount, currency), priceCurrency: currency });
      refilled.push(['lines', index, 'unitPrice']);
    }
    // Clears the "price in another currency" error the refilled fields may show.
    if (refilled.length) void form.validateFields(refilled).catch(() => undefined);
    // staleLines is derived from lines and currency, both watched; setLine only writes the form.
  }, [priced, currency, disabled, lines]);

  return (
    <Form.List name="lines">
      {(fields, { add, remove }) => (
        <Space direction="vertical" style={{ width: '100%' }}>
          {!disabled && staleLines.length > 0 && (
            <Alert
              type="warning"
              showIcon
              data-testid="stale-prices"
              message={t('orders.lines.stalePrices', { count: staleLines.length, currency, lines: staleLines.map(({ index }) => index + 1).join(', ') })}
            />
          )}
          <Table
            rowKey="key"
            size="small"
            pagination={false}
            dataSource={fields}
            scroll={{ x: 1020 }}
            data-testid="lines-editor"
            locale={{ emptyText: t('orders.lines.empty') }}
            columns={[
              {
                title: t('orders.lines.product'),
                key: 'product',
                width: 200,
                render: (_, field, index) => (
                  <>
                    <Form.Item name={[field.name, 'productId']} style={{ margin: 0 }}>
                      <ProductSelect
                        aria-label={t('orders.lines.productN', { n: index + 1 })}
                        disabled={disabled}
                        initialLabel={lines[index]?.productLabel}
                        onPicked={(product) => {
                          const price = product.listPrices.find((listPrice) => listPrice.currency === currency);
                          setLine(index, {
                            sku: product.sku,
                            description: product.name,
                            unit: product.unit,
                            productLabel: `${product.sku} · ${product.name}`,
                            ...(price ? { unitPrice: priceInputText(price.amount, currency), priceCurrency: currency } : {}),
                          });
                        }}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'productLabel']} hidden>
                      <Input />
                    </Form.Item>
                    <Form.Item name={[field.name, 'priceCurrency']} hidden>
                      <Input />
                    </Form.Item>
                  </>
                ),
              },
              {
                title: t('orders.lines.sku'),
                key: 'sku',
                width: 100,
                render: (_, field) => (
                  <Form.Item name={[field.name, 'sku']} style={{ margin: 0 }}>
                    <Input disabled={disabled} />
                  </Form.Item>
                ),
              },
              {
                title: t('orders.lines.description'),
                key: 'description',
                width: 220,
                render: (_, field, index) => (
                  <Form.Item
                    name={[field.name, 'description']}
                    style={{ margin: 0 }}
                    rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
                  >
                    <Input disabled={disabled} aria-label={t('orders.lines.descriptionN', { n: index + 1 })} />
                  </Form.Item>
                ),
              },
              {
                title: t('orders.lines.quantity'),
                key: 'quantity',
                width: 100,
                render: (_, field, index) => (
                  <Form.Item
                    name={[field.name, 'quantity']}
                    style={{ margin: 0 }}
                    rules={[{ required: true, message: t('validation.required') }, quantityRule(t('orders.lines.notAQuantity'))]}
                  >
                    <Input disabled={disabled} inputMode="decimal" aria-label={t('orders.lines.quantityN', { n: index + 1 })} />
                  </Form.Item>
                ),
              },
              {
                title: t('orders.lines.unit'),
                key: 'unit',
                width: 70,
                render: (_, field) => (
                  <Form.Item name={[field.name, 'unit']} style={{ margin: 0 }}>
                    <Input disabled={disabled} />
                  </Form.Item>
                ),
              },
              {
                title: t('orders.lines.unitPrice', { currency }),
                key: 'unitPrice',
                width: 170,
                render: (_, field, index) => (
                  <Space direction="vertical" size={2} style={{ width: '100%' }}>
                    <Form.Item
                      name={[field.name, 'unitPrice']}
                      style={{ margin: 0 }}
                      dependencies={['currency']}
                      rules={[
                        { required: true, message: t('validation.required') },
                        priceRule(t('orders.lines.notAPrice')),
                        {
                          validator: () =>
                            isPriceStale(form.getFieldValue(['lines', field.name]), currency)
                              ? Promise.reject(new Error(t('orders.lines.priceInOtherCurrency', { from: form.getFieldValue(['lines', field.name, 'priceCurrency']), to: currency })))
                              : Promise.resolve(),
                        },
                      ]}
                    >
                      <Input
                        disabled={disabled}
                        inputMode="decimal"
                        aria-label={t('orders.lines.unitPriceN', { n: index + 1 })}
                        // What the user types is a price in the form's currency.
                        onChange={() => setLine(index, { priceCurrency: currency })}
                      />
                    </Form.Item>
                    <PriceHints
                      hint={!disabled && lines[index]?.productId ? hints.get(lines[index].productId ?? '') : undefined}
                      currency={currency}
                      onApply={(amount) => setLine(index, { unitPrice: priceInputText(amount, currency), priceCurrency: currency })}
                    />
                  </Space>
                ),
              },
              {
                title: t('orders.lines.amount'),
                key: 'amount',
                width: 120,
                align: 'right',
                render: (_, _field, index) => {
                  const amount = amounts[index];
                  return (
                    <span data-testid="line-amount">
                      {amount !== null && amount !== undefined ? formatMoney({ amount, currency }) : '—'}
                    </span>
                  );
                },
              },
              {
                title: '',
                key: 'remove',
                width: 40,
                render: (_, field, index) => (
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    disabled={disabled}
                    aria-label={t('orders.lines.removeN', { n: index + 1 })}
                    onClick={() => remove(field.name)}
                  />
                ),
              },
            ]}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={6} align="right">
                  <Typography.Text strong>{t('orders.lines.previewTotal')}</Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={1} align="right">
                  <Typography.Text strong data-testid="lines-total">
                    {formatMoney({ amount: total, currency })}
                  </Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={2} />
              </Table.Summary.Row>
            )}
          />
          {!disabled && (
            <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ ...EMPTY_LINE })}>
              {t('orders.lines.add')}
            </Button>
          )}
        </Space>
      )}
    </Form.List>
  );
}
