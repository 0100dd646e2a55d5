import { ArrowLeftOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation } from '@apollo/client';
import { Alert, App, Button, Card, Flex, Form, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { formFailure, serverProblem } from '../../../shared/serverProblem';
import { evictCustomerOrders, evictQuotationLists } from '../shared/cache';
import { EMPTY_LINE } from '../shared/LinesEditor';
import { CustomerNameQuery } from '../shared/orders.graphql';
import { useCustomerUsualTerms } from '../shared/useCustomerUsualTerms';
import { QuotationForm, quotationInput, QUOTATION_FIELDS, type QuotationValues } from './QuotationForm';
import { CreateQuotationMutation } from './quotations.graphql';

/**
 * A new quotation, from a customer's 360 page (?customerId=) or for a customer picked here. The
 * customer's usual currency, Incoterm and payment terms are filled in as soon as the customer is known.
 */
export function QuotationNewPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [params] = useSearchParams();
  const presetCustomer = params.get('customerId') ?? undefined;
  const [form] = Form.useForm<QuotationValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [customerLabel, setCustomerLabel] = useState<string | undefined>(undefined);
  const customerId = Form.useWatch('customerId', form);
  const [createQuotation, { loading }] = useMutation(CreateQuotationMutation);

  useEffect(() => {
    if (!presetCustomer) return;
    void client
      .query({ query: CustomerNameQuery, variables: { id: presetCustomer } })
      .then(({ data }) => setCustomerLabel(data.customer.name))
      .catch(() => undefined);
  }, [client, presetCustomer]);

  useCustomerUsualTerms(form, customerId);

  const submit = async (values: QuotationValues): Promise<void> => {
    setFailure(null);
    if (!values.customerId) return;
    try {
      const { data } = await createQuotation({
        variables: { input: { customerId: values.customerId, ...quotationInput(values) } },
        update: (cache) => {
          evictQuotationLists(cache);
          evictCustomerOrders(cache, values.customerId ?? '');
        },
      });
      if (!data) return;
      void message.success(t('quotations.created', { number: data.createQuotation.number }));
      void navigate(`/quotations/${data.createQuotation.id}`);
    } catch (error) {
      setFailure(formFailure(form, serverProblem(error), QUOTATION_FIELDS, t, { allPlaced: t('orders.form.fixFields') }));
    }
  };

  return (
    <Card
      title={
        <Space>
          <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('common.back')} onClick={() => void navigate(-1)} />
          <Typography.Text strong>{t('quotations.newTitle')}</Typography.Text>
        </Space>
      }
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} data-testid="quotation-form-error" />}
      <QuotationForm
        form={form}
        pickCustomer={!presetCustomer}
        customerLabel={customerLabel}
        initialValues={{
          customerId: presetCustomer,
          currency: 'USD',
          incotermCode: 'FOB',
          incotermPlace: '',
          paymentTerms: '',
          validUntil: null,
          lines: [{ ...EMPTY_LINE }],
        }}
        onFinish={(values) => void submit(values)}
      />
      <Flex justify="end" gap={8}>
        <Button onClick={() => void navigate(-1)}>{t('common.cancel')}</Button>
        <Button type="primary" loading={loading} onClick={() => form.submit()}>
          {t('quotations.saveDraft')}
        </Button>
      </Flex>
    </Card>
  );
}
