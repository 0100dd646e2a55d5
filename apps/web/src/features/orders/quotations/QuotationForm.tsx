import { Col, DatePicker, Divider, Form, Input, Row, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CreateQuotationInput, QuotationFieldsFragment } from '../../../gql/graphql';
import { CustomerSelect } from '../shared/CustomerSelect';
import { LinesEditor, lineValuesOf, linesInput, type LineValues } from '../shared/LinesEditor';
import { TermsFields } from '../shared/TermsFields';
import { currentLanguage } from '../../../i18n/language';
import { paymentTermsIn } from '../shared/useChinese';

export interface QuotationValues {
  customerId?: string;
  currency: string;
  incotermCode: string;
  incotermPlace: string;
  paymentTerms: string;
  validUntil?: Dayjs | null;
  notes?: string;
  lines: LineValues[];
}

/** Form names, for placing the server's field problems. */
export const QUOTATION_FIELDS: readonly string[] = [
  'customerId',
  'currency',
  'incotermCode',
  'incotermPlace',
  'paymentTerms',
  'validUntil',
  'notes',
  'lines',
];

export function quotationInput(values: QuotationValues): Omit<CreateQuotationInput, 'customerId'> {
  return {
    currency: values.currency,
    incotermCode: values.incotermCode,
    incotermPlace: values.incotermPlace.trim(),
    paymentTerms: values.paymentTerms.trim(),
    validUntil: values.validUntil ? values.validUntil.format('YYYY-MM-DD') : undefined,
    notes: values.notes?.trim() || undefined,
    lines: linesInput(values.lines),
  };
}

export function quotationValuesOf(quotation: QuotationFieldsFragment): QuotationValues {
  return {
    customerId: quotation.customerId,
    currency: quotation.currency,
    incotermCode: quotation.incotermCode,
    incotermPlace: quotation.incotermPlace,
    // In the UI's language; the API reads either back.
    paymentTerms: paymentTermsIn(currentLanguage() === 'zh-CN', quotation),
    validUntil: quotation.validUntil ? dayjs(quotation.validUntil) : null,
    notes: quotation.notes ?? undefined,
    lines: quotation.lines.map(lineValuesOf),
  };
}

interface QuotationFormProps {
  form: FormInstance<QuotationValues>;
  /** Offer a customer picker (a new quotation not started from a customer). */
  pickCustomer?: boolean;
  customerLabel?: string;
  onFinish: (values: QuotationValues) => void;
  initialValues?: Partial<QuotationValues>;
}

/** Customer, terms, validity and lines of a quotation; the lines show the customer's list and last prices. */
export function QuotationForm({ form, pickCustomer, customerLabel, onFinish, initialValues }: QuotationFormProps) {
  const { t } = useTranslation();
  const customerId = Form.useWatch('customerId', form);
  const currency = Form.useWatch('currency', form) ?? '';

  return (
    <Form<QuotationValues>
      form={form}
      layout="vertical"
      name="quotation"
      initialValues={initialValues}
      onFinish={onFinish}
      scrollToFirstError
    >
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="customerId" label={t('orders.fields.customer')} rules={[{ required: true, message: t('validation.required') }]}>
            <CustomerSelect disabled={!pickCustomer} initialLabel={customerLabel} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="validUntil" label={t('quotations.fields.validUntil')}>
            <DatePicker style={{ width: '100%' }} placeholder={t('quotations.fields.validUntilDefault')} disabledDate={(day) => day.isBefore(dayjs(), 'day')} />
          </Form.Item>
        </Col>
      </Row>
      <TermsFields />
      <Divider orientation="left">{t('orders.lines.title')}</Divider>
      <LinesEditor form={form} currency={currency} customerId={customerId} />
      <Form.Item name="notes" label={t('orders.fields.notes')} style={{ marginTop: 16 }}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
    </Form>
  );
}
