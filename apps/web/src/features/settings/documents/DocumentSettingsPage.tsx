import { SaveOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client';
import { Alert, App, Button, Card, Col, Divider, Form, Input, InputNumber, Row, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankDetailsInput, CompanyProfileInput, NumberingPatternsInput } from '../../../gql/graphql';
import { formFailure, problemText, serverProblem } from '../../../shared/serverProblem';
import { OrdersSettingsQuery, UpdateOrdersSettingsMutation } from './documentSettings.graphql';

interface Values {
  company: CompanyProfileInput;
  bank: BankDetailsInput;
  numbering: NumberingPatternsInput;
  quotationValidityDays: number;
}

const FIELDS = ['company', 'bank', 'numbering', 'quotationValidityDays'];

/** What the generated documents print: the letterhead, the bank to pay to, and how numbers are made. */
export function DocumentSettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const { data, error } = useQuery(OrdersSettingsQuery);
  const [update, { loading }] = useMutation(UpdateOrdersSettingsMutation);
  const settings = data?.ordersSettings;

  useEffect(() => {
    if (!settings) return;
    const { company, bank, numbering, quotationValidityDays } = settings;
    form.setFieldsValue({
      company: {
        name: company.name,
        nameLocal: company.nameLocal,
        address: company.address,
        phone: company.phone,
        email: company.email,
        website: company.website,
        taxId: company.taxId,
      },
      bank: {
        beneficiary: bank.beneficiary,
        bankName: bank.bankName,
        bankAddress: bank.bankAddress,
        accountNumber: bank.accountNumber,
        swift: bank.swift,
      },
      numbering: { order: numbering.order, quotation: numbering.quotation, purchaseOrder: numbering.purchaseOrder },
      quotationValidityDays,
    });
  }, [settings, form]);

  if (!settings)
    return error ? (
      <Alert type="error" showIcon message={problemText(serverProblem(error), t)} />
    ) : (
      <Skeleton active paragraph={{ rows: 12 }} />
    );

  const required = [{ required: true, whitespace: true, message: t('validation.required') }];
  const text = (path: [string, string], label: string, rules = required) => (
    <Form.Item name={path} label={label} rules={rules}>
      <Input />
    </Form.Item>
  );
  const optional: never[] = [];

  const submit = async (values: Values): Promise<void> => {
    setFailure(null);
    const blank = (value: string | null | undefined) => value?.trim() || undefined;
    try {
      await update({
        variables: {
          input: {
            company: {
              ...values.company,
              nameLocal: blank(values.company.nameLocal),
              website: blank(values.company.website),
              taxId: blank(values.company.taxId),
            },
            bank: values.bank,
            numbering: values.numbering,
            quotationValidityDays: values.quotationValidityDays,
          },
        },
      });
      void message.success(t('documentSettings.saved'));
    } catch (saveError) {
      setFailure(formFailure(form, serverProblem(saveError), FIELDS, t, { allPlaced: t('orders.form.fixFields') }));
    }
  };

  return (
    <Card
      title={t('documentSettings.title')}
      extra={
        <Button type="primary" icon={<SaveOutlined />} loading={loading} onClick={() => form.submit()}>
          {t('documentSettings.save')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('documentSettings.intro')}</Typography.Paragraph>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" name="document-settings" onFinish={(values) => void submit(values)} scrollToFirstError>
        <Divider orientation="left">{t('documentSettings.company')}</Divider>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            {text(['company', 'name'], t('documentSettings.fields.name'))}
          </Col>
          <Col xs={24} md={12}>
            {text(['company', 'nameLocal'], t('documentSettings.fields.nameLocal'), optional)}
          </Col>
          <Col xs={24}>{text(['company', 'address'], t('documentSettings.fields.address'))}</Col>
          <Col xs={24} md={8}>
            {text(['company', 'phone'], t('documentSettings.fields.phone'))}
          </Col>
          <Col xs={24} md={8}>
            {text(['company', 'email'], t('documentSettings.fields.email'))}
          </Col>
          <Col xs={24} md={8}>
            {text(['company', 'website'], t('documentSettings.fields.website'), optional)}
          </Col>
          <Col xs={24} md={8}>
            {text(['company', 'taxId'], t('documentSettings.fields.taxId'), optional)}
          </Col>
        </Row>
        <Divider orientation="left">{t('documentSettings.bank')}</Divider>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            {text(['bank', 'beneficiary'], t('documentSettings.fields.beneficiary'))}
          </Col>
          <Col xs={24} md={12}>
            {text(['bank', 'bankName'], t('documentSettings.fields.bankName'))}
          </Col>
          <Col xs={24}>{text(['bank', 'bankAddress'], t('documentSettings.fields.bankAddress'))}</Col>
          <Col xs={24} md={12}>
            {text(['bank', 'accountNumber'], t('documentSettings.fields.accountNumber'))}
          </Col>
          <Col xs={24} md={12}>
            {text(['bank', 'swift'], t('documentSettings.fields.swift'))}
          </Col>
        </Row>
        <Divider orientation="left">{t('documentSettings.numbering')}</Divider>
        <Typography.Paragraph type="secondary">{t('documentSettings.numberingHint')}</Typography.Paragraph>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            {text(['numbering', 'order'], t('documentSettings.fields.orderPattern'))}
          </Col>
          <Col xs={24} md={8}>
            {text(['numbering', 'quotation'], t('documentSettings.fields.quotationPattern'))}
          </Col>
          <Col xs={24} md={8}>
            {text(['numbering', 'purchaseOrder'], t('documentSettings.fields.purchaseOrderPattern'))}
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="quotationValidityDays"
              label={t('documentSettings.fields.quotationValidityDays')}
              rules={[{ required: true, message: t('validation.required') }]}
            >
              <InputNumber min={1} max={365} precision={0} addonAfter={t('documentSettings.days')} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Card>
  );
}
