import { AutoComplete, Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CURRENCIES, INCOTERMS } from './labels';

export const PAYMENT_TERM_EXAMPLES = [
  'T/T 30/70',
  '30% T/T deposit, 70% before shipment',
  '100% T/T in advance',
  'L/C at sight',
  'D/P at sight',
  'Net 30',
];

/** Currency, Incoterm with its named place, and payment terms, as quotations and orders share them. */
export function TermsFields({ disabled }: { disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <Row gutter={16}>
      <Col xs={24} md={4}>
        <Form.Item name="currency" label={t('orders.fields.currency')} rules={[{ required: true, message: t('validation.required') }]}>
          <Select disabled={disabled} showSearch options={CURRENCIES.map((code) => ({ value: code, label: code }))} />
        </Form.Item>
      </Col>
      <Col xs={12} md={4}>
        <Form.Item name="incotermCode" label={t('orders.fields.incoterm')} rules={[{ required: true, message: t('validation.required') }]}>
          <Select disabled={disabled} options={INCOTERMS.map((code) => ({ value: code, label: code }))} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6}>
        <Form.Item
          name="incotermPlace"
          label={t('orders.fields.incotermPlace')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
        >
          <Input disabled={disabled} placeholder={t('orders.fields.incotermPlaceHint')} />
        </Form.Item>
      </Col>
      <Col xs={24} md={10}>
        <Form.Item
          name="paymentTerms"
          label={t('orders.fields.paymentTerms')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
        >
          <AutoComplete disabled={disabled} options={PAYMENT_TERM_EXAMPLES.map((value) => ({ value }))} />
        </Form.Item>
      </Col>
    </Row>
  );
}
