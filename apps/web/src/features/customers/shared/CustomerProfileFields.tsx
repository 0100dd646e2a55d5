import { AutoComplete, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerStage, PriceSensitivity, UpdateCustomerInput } from '../../../gql/graphql';
import { countryOptions } from './countries';
import { STAGES } from './labels';

const INCOTERMS = ['EXW', 'FCA', 'FAS', 'FOB', 'CFR', 'CIF', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP'];
const CURRENCIES = ['USD', 'EUR', 'CNY', 'GBP', 'JPY', 'HKD', 'AUD', 'CAD', 'CHF', 'AED', 'SGD'];
const PRICE_SENSITIVITIES: readonly PriceSensitivity[] = ['price', 'balanced', 'quality'];

/** What the profile part of the customer forms holds. */
export interface CustomerProfileValues {
  name: string;
  localName?: string;
  country?: string;
  city?: string;
  address?: string;
  website?: string;
  industry?: string;
  source?: string;
  stage?: CustomerStage;
  priceSensitivity?: PriceSensitivity;
  usualIncoterm?: string;
  usualCurrency?: string;
  usualPaymentTerms?: string;
  productsOfInterest?: string[];
  companyAnniversary?: Dayjs | null;
  notes?: string;
}

/** Form names of the profile fields, for placing the server's field problems. */
export const PROFILE_FIELDS: readonly (keyof CustomerProfileValues)[] = [
  'name',
  'localName',
  'country',
  'city',
  'address',
  'website',
  'industry',
  'source',
  'stage',
  'priceSensitivity',
  'usualIncoterm',
  'usualCurrency',
  'usualPaymentTerms',
  'productsOfInterest',
  'companyAnniversary',
  'notes',
];

type ProfileInput = Omit<UpdateCustomerInput, 'version'>;

/**
 * The profile as the API takes it. Editing sends empty text as "" so a cleared field is cleared on
 * the server; creating leaves empty fields out.
 */
export function profileInput(values: CustomerProfileValues, mode: 'create' | 'edit'): ProfileInput & { name: string } {
  const text = (value: string | undefined): string | undefined => {
    const trimmed = value?.trim() ?? '';
    return trimmed ? trimmed : mode === 'edit' ? '' : undefined;
  };
  return {
    name: values.name.trim(),
    localName: text(values.localName),
    country: text(values.country),
    city: text(values.city),
    address: text(values.address),
    website: text(values.website),
    industry: text(values.industry),
    source: text(values.source),
    stage: values.stage,
    // null clears them on the server (editing); creating leaves them out.
    priceSensitivity: values.priceSensitivity ?? (mode === 'edit' ? null : undefined),
    usualIncoterm: text(values.usualIncoterm),
    usualCurrency: text(values.usualCurrency),
    usualPaymentTerms: text(values.usualPaymentTerms),
    productsOfInterest: values.productsOfInterest ?? (mode === 'edit' ? [] : undefined),
    companyAnniversary: values.companyAnniversary ? values.companyAnniversary.format('YYYY-MM-DD') : mode === 'edit' ? null : undefined,
    notes: text(values.notes),
  };
}

/** A customer's profile as form values (for editing). */
export function profileValuesOf(customer: {
  name: string;
  localName?: string | null;
  country?: string | null;
  city?: string | null;
  address?: string | null;
  website?: string | null;
  industry?: string | null;
  source?: string | null;
  stage: CustomerStage;
  priceSensitivity?: PriceSensitivity | null;
  usualIncoterm?: string | null;
  usualCurrency?: string | null;
  usualPaymentTerms?: string | null;
  productsOfInterest: readonly string[];
  companyAnniversary?: string | null;
  notes?: string | null;
}): CustomerProfileValues {
  return {
    name: customer.name,
    localName: customer.localName ?? undefined,
    country: customer.country ?? undefined,
    city: customer.city ?? undefined,
    address: customer.address ?? undefined,
    website: customer.website ?? undefined,
    industry: customer.industry ?? undefined,
    source: customer.source ?? undefined,
    stage: customer.stage,
    priceSensitivity: customer.priceSensitivity ?? undefined,
    usualIncoterm: customer.usualIncoterm ?? undefined,
    usualCurrency: customer.usualCurrency ?? undefined,
    usualPaymentTerms: customer.usualPaymentTerms ?? undefined,
    productsOfInterest: [...customer.productsOfInterest],
    companyAnniversary: customer.companyAnniversary ? dayjs(customer.companyAnniversary) : null,
    notes: customer.notes ?? undefined,
  };
}

/** The customer's profile fields, shared by the create and edit forms. */
export function CustomerProfileFields() {
  const { t } = useTranslation();
  const countries = useMemo(() => countryOptions(), []);
  const max = (n: number) => ({ max: n, message: t('validation.maxLength', { max: n }) });

  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="name"
            label={t('customers.fields.name')}
            rules={[{ required: true, whitespace: true, message: t('validation.required') }, max(300)]}
          >
            <Input placeholder={t('customers.form.namePlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="localName" label={t('customers.fields.localName')} extra={t('customers.form.localNameHint')} rules={[max(300)]}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="country" label={t('customers.fields.country')} extra={t('customers.form.countryHint')} rules={[max(100)]}>
            <AutoComplete
              options={countries}
              filterOption={(input, option) => (option?.label ?? '').toLowerCase().includes(input.toLowerCase())}
              placeholder={t('customers.form.countryPlaceholder')}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="city" label={t('customers.fields.city')} rules={[max(200)]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="stage" label={t('customers.fields.stage')}>
            <Select options={STAGES.map((stage) => ({ value: stage, label: t(`customers.stages.${stage}`) }))} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="address" label={t('customers.fields.address')} rules={[max(1000)]}>
        <Input />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="website" label={t('customers.fields.website')} rules={[max(500)]}>
            <Input placeholder="https://www.example.com" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="industry" label={t('customers.fields.industry')} rules={[max(200)]}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="usualIncoterm" label={t('customers.fields.usualIncoterm')} rules={[max(40)]}>
            <AutoComplete options={INCOTERMS.map((value) => ({ value }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="usualCurrency" label={t('customers.fields.usualCurrency')} rules={[max(3)]}>
            <AutoComplete options={CURRENCIES.map((value) => ({ value }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="usualPaymentTerms" label={t('customers.fields.usualPaymentTerms')} rules={[max(200)]}>
            <Input placeholder="T/T 30/70" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="priceSensitivity" label={t('customers.fields.priceSensitivity')}>
            <Select allowClear options={PRICE_SENSITIVITIES.map((value) => ({ value, label: t(`customers.priceSensitivity.${value}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="source" label={t('customers.fields.source')} rules={[max(200)]}>
            <Input placeholder={t('customers.form.sourcePlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="companyAnniversary" label={t('customers.fields.companyAnniversary')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="productsOfInterest" label={t('customers.fields.productsOfInterest')}>
        <Select
          mode="tags"
          tokenSeparators={[',', '，']}
          open={false}
          suffixIcon={null}
          placeholder={t('customers.form.productsPlaceholder')}
        />
      </Form.Item>
      <Form.Item name="notes" label={t('customers.fields.notes')} rules={[max(10000)]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
    </>
  );
}
