import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, type ApolloCache } from '@apollo/client';
import { Button, Col, Divider, Flex, Form, Input, InputNumber, Row, Select, Space, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductFieldsFragment, UpdateProductInput } from '../../../gql/graphql';
import { formFailure, serverProblem, type ServerProblem } from '../../../shared/serverProblem';
import { FormDrawer } from '../../../shared/FormDrawer';
import { CURRENCIES } from '../shared/labels';
import { SupplierOptionsQuery } from '../shared/orders.graphql';
import { CreateProductMutation, UpdateProductMutation } from './products.graphql';
import { SupplierModal } from './SupplierModal';

interface ProductValues {
  sku: string;
  names: { en?: string; zh?: string };
  descriptions: { en?: string; zh?: string };
  hsCode?: string;
  customsName?: string;
  unit?: string;
  unitsPerCarton?: number | null;
  cartonLengthCm?: string;
  cartonWidthCm?: string;
  cartonHeightCm?: string;
  netWeightKg?: string;
  grossWeightKg?: string;
  vatRebateRate?: string;
  defaultCost?: string;
  costCurrency?: string;
  defaultSupplierId?: string | null;
  active: boolean;
  listPrices: { currency?: string; amount?: string }[];
}

const FIELDS: readonly string[] = [
  'sku',
  'names',
  'descriptions',
  'hsCode',
  'customsName',
  'unit',
  'unitsPerCarton',
  'cartonLengthCm',
  'cartonWidthCm',
  'cartonHeightCm',
  'netWeightKg',
  'grossWeightKg',
  'vatRebateRate',
  'defaultCost',
  'costCurrency',
  'defaultSupplierId',
  'active',
  'listPrices',
];

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function valuesOf(product: ProductFieldsFragment): ProductValues {
  const names = record(product.names);
  const descriptions = record(product.descriptions);
  return {
    sku: product.sku,
    names: { en: text(names.en), zh: text(names.zh) },
    descriptions: { en: text(descriptions.en), zh: text(descriptions.zh) },
    hsCode: product.hsCode ?? undefined,
    customsName: product.customsName ?? undefined,
    unit: product.unit,
    unitsPerCarton: product.unitsPerCarton ?? null,
    cartonLengthCm: product.cartonLengthCm ?? undefined,
    cartonWidthCm: product.cartonWidthCm ?? undefined,
    cartonHeightCm: product.cartonHeightCm ?? undefined,
    netWeightKg: product.netWeightKg ?? undefined,
    grossWeightKg: product.grossWeightKg ?? undefined,
    vatRebateRate: product.vatRebateRate,
    defaultCost: product.defaultCost ?? undefined,
    costCurrency: product.costCurrency ?? undefined,
    defaultSupplierId: product.defaultSupplierId ?? null,
    active: product.active,
    listPrices: product.listPrices.map((price) => ({ currency: price.currency, amount: price.amount })),
  };
}

function languageMap(values: { en?: string; zh?: string }): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values)
      .filter((entry): entry is [string, string] => Boolean(entry[1]?.trim()))
      .map(([key, value]) => [key, value.trim()]),
  );
}

/** Editing sends a cleared field as null (cleared on the server); creating leaves it out. */
function input(values: ProductValues, editing: boolean): Omit<UpdateProductInput, 'version'> {
  const decimal = (value: string | undefined): string | null | undefined => value?.trim() || (editing ? null : undefined);
  return {
    names: languageMap(values.names),
    descriptions: languageMap(values.descriptions),
    hsCode: values.hsCode?.trim() ?? '',
    customsName: values.customsName?.trim() || (editing ? null : undefined),
    unit: values.unit?.trim() || undefined,
    unitsPerCarton: values.unitsPerCarton ?? undefined,
    cartonLengthCm: decimal(values.cartonLengthCm),
    cartonWidthCm: decimal(values.cartonWidthCm),
    cartonHeightCm: decimal(values.cartonHeightCm),
    netWeightKg: decimal(values.netWeightKg),
    grossWeightKg: decimal(values.grossWeightKg),
    vatRebateRate: decimal(values.vatRebateRate),
    defaultCost: decimal(values.defaultCost),
    costCurrency: values.costCurrency || undefined,
    defaultSupplierId: values.defaultSupplierId || (editing ? null : undefined),
    active: values.active,
    listPrices: values.listPrices
      .filter((price) => price.currency && price.amount?.trim())
      .map((price) => ({ currency: price.currency ?? '', amount: (price.amount ?? '').trim() })),
  };
}

/** Names for languages live under names.en / names.zh; a problem with the whole map goes under the English name. */
function withLanguagePaths(problem: ServerProblem): ServerProblem {
  return {
    ...problem,
    fields: problem.fields.map((field) =>
      field.path === 'input.names' || field.path === 'input.descriptions' ? { ...field, path: `${field.path}.en` } : field,
    ),
  };
}

interface ProductDrawerProps {
  /** The product to edit; null creates one; undefined: closed. */
  product: ProductFieldsFragment | null | undefined;
  onClose: () => void;
  onSaved: (product: ProductFieldsFragment) => void;
}

/** A catalogue product: names in both languages, customs data, packing per carton, cost and list prices. */
export function ProductDrawer({ product, onClose, onSaved }: ProductDrawerProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ProductValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [addingSupplier, setAddingSupplier] = useState(false);
  const open = product !== undefined;
  const suppliers = useQuery(SupplierOptionsQuery, { skip: !open });
  const evictList = {
    update: (cache: ApolloCache<unknown>) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'productCatalogue' });
      cache.gc();
    },
  };
  const [createProduct, creating] = useMutation(CreateProductMutation, evictList);
  const [updateProduct, updating] = useMutation(UpdateProductMutation);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      product
        ? valuesOf(product)
        : {
            names: {},
            descriptions: {},
            unit: 'pcs',
            vatRebateRate: '13',
            costCurrency: 'CNY',
            active: true,
            listPrices: [{ currency: 'USD', amount: '' }],
          },
    );
  }, [open, product, form]);

  const submit = async (values: ProductValues): Promise<void> => {
    setFailure(null);
    try {
      if (product) {
        const { data } = await updateProduct({
          variables: { id: product.id, input: { ...input(values, true), version: product.version } },
        });
        if (data) onSaved(data.updateProduct);
      } else {
        const { data } = await createProduct({ variables: { input: { ...input(values, false), sku: values.sku.trim() } } });
        if (data) onSaved(data.createProduct);
      }
    } catch (error) {
      const problem = serverProblem(error);
      if (problem.reason === 'ORDERS_SKU_TAKEN') {
        form.setFields([{ name: 'sku', errors: [t('products.skuTaken', { sku: values.sku.trim() })] }]);
        setFailure(t('orders.form.fixFields'));
      } else if (problem.code === 'CONFLICT') setFailure(t('products.conflict'));
      else setFailure(formFailure(form, withLanguagePaths(problem), FIELDS, t, { allPlaced: t('orders.form.fixFields') }));
    }
  };

  const decimalInput = (name: keyof ProductValues, label: string, suffix?: string) => (
    <Form.Item name={name} label={label}>
      <Input inputMode="decimal" suffix={suffix} />
    </Form.Item>
  );

  return (
    <FormDrawer
      open={open}
      title={product ? t('products.editTitle', { sku: product.sku }) : t('products.createTitle')}
      width={760}
      onClose={onClose}
      onClosed={() => setFailure(null)}
      onSubmit={() => form.submit()}
      submitLabel={t('products.save')}
      saving={creating.loading || updating.loading}
      failure={failure}
      failureTestId="product-form-error"
    >
      <Form<ProductValues> form={form} layout="vertical" name="product" onFinish={(values) => void submit(values)} scrollToFirstError>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              name="sku"
              label={t('products.fields.sku')}
              rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
            >
              <Input disabled={Boolean(product)} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="unit" label={t('products.fields.unit')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="active" label={t('products.fields.active')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['names', 'en']} label={t('products.fields.nameEn')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['names', 'zh']} label={t('products.fields.nameZh')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['descriptions', 'en']} label={t('products.fields.descriptionEn')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={['descriptions', 'zh']} label={t('products.fields.descriptionZh')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
            </Form.Item>
          </Col>
        </Row>
        <Divider orientation="left">{t('products.sections.customs')}</Divider>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="hsCode" label={t('products.fields.hsCode')} extra={t('products.fields.hsCodeHint')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="customsName" label={t('products.fields.customsName')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            {decimalInput('vatRebateRate', t('products.fields.vatRebateRate'), '%')}
          </Col>
        </Row>
        <Divider orientation="left">{t('products.sections.packing')}</Divider>
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <Form.Item name="unitsPerCarton" label={t('products.fields.unitsPerCarton')}>
              <InputNumber min={1} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={8} md={6}>
            {decimalInput('cartonLengthCm', t('products.fields.cartonLengthCm'), 'cm')}
          </Col>
          <Col xs={8} md={6}>
            {decimalInput('cartonWidthCm', t('products.fields.cartonWidthCm'), 'cm')}
          </Col>
          <Col xs={8} md={6}>
            {decimalInput('cartonHeightCm', t('products.fields.cartonHeightCm'), 'cm')}
          </Col>
          <Col xs={12} md={6}>
            {decimalInput('netWeightKg', t('products.fields.netWeightKg'), 'kg')}
          </Col>
          <Col xs={12} md={6}>
            {decimalInput('grossWeightKg', t('products.fields.grossWeightKg'), 'kg')}
          </Col>
        </Row>
        <Divider orientation="left">{t('products.sections.purchase')}</Divider>
        <Row gutter={16}>
          <Col xs={12} md={6}>
            {decimalInput('defaultCost', t('products.fields.defaultCost'))}
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="costCurrency" label={t('products.fields.costCurrency')}>
              <Select allowClear options={CURRENCIES.map((code) => ({ value: code, label: code }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('products.fields.defaultSupplier')}>
              <Flex gap={8}>
                <Form.Item name="defaultSupplierId" noStyle>
                  <Select
                    allowClear
                    showSearch
                    optionFilterProp="label"
                    aria-label={t('products.fields.defaultSupplier')}
                    loading={suppliers.loading}
                    options={(suppliers.data?.suppliers.nodes ?? []).map((supplier) => ({ value: supplier.id, label: supplier.name }))}
                    style={{ flex: 1 }}
                  />
                </Form.Item>
                <Button icon={<PlusOutlined />} onClick={() => setAddingSupplier(true)}>
                  {t('products.newSupplier')}
                </Button>
              </Flex>
            </Form.Item>
          </Col>
        </Row>
        <Divider orientation="left">{t('products.sections.listPrices')}</Divider>
        <Form.List name="listPrices">
          {(fields, { add, remove }) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              {fields.map((field, index) => (
                <Space key={field.key} align="baseline">
                  <Form.Item name={[field.name, 'currency']} rules={[{ required: true, message: t('validation.required') }]}>
                    <Select
                      aria-label={t('products.fields.priceCurrencyN', { n: index + 1 })}
                      options={CURRENCIES.map((code) => ({ value: code, label: code }))}
                      style={{ width: 110 }}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'amount']}>
                    <Input inputMode="decimal" aria-label={t('products.fields.priceAmountN', { n: index + 1 })} style={{ width: 180 }} />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    icon={<MinusCircleOutlined />}
                    aria-label={t('products.removePrice')}
                    onClick={() => remove(field.name)}
                  />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ currency: undefined, amount: '' })}>
                {t('products.addPrice')}
              </Button>
            </Space>
          )}
        </Form.List>
      </Form>
      <SupplierModal
        open={addingSupplier}
        onClose={() => setAddingSupplier(false)}
        onCreated={(supplier) => {
          setAddingSupplier(false);
          void suppliers.refetch().then(() => form.setFieldValue('defaultSupplierId', supplier.id));
        }}
      />
    </FormDrawer>
  );
}
