import { useApolloClient, useMutation } from '@apollo/client';
import { Alert, Col, DatePicker, Divider, Form, Input, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../gql';
import type { OrderDetailFieldsFragment, UpdateOrderInput } from '../../../gql/graphql';
import { formFailure, serverProblem } from '../../../shared/serverProblem';
import { FormDrawer } from '../../../shared/FormDrawer';
import { OrderDetailQuery, UpdateOrderMutation } from '../detail/order.graphql';
import { evictChangedOrder, evictCustomerOrders, evictOrderLists } from './cache';
import { CustomerSelect } from './CustomerSelect';
import { TRANSPORT_MODES } from './labels';
import { EMPTY_LINE, LinesEditor, lineValuesOf, linesInput, type LineValues } from './LinesEditor';
import { useCustomerUsualTerms } from './useCustomerUsualTerms';
import { TermsFields } from './TermsFields';
import { useFillOnOpen } from '../../../shared/useFillOnOpen';
import { currentLanguage } from '../../../i18n/language';
import { paymentTermsIn } from './useChinese';

export const CreateOrderMutation = graphql(`
  mutation CreateOrder($input: CreateOrderInput!) {
    createOrder(input: $input) {
      ...OrderCardFields
    }
  }
`);

interface OrderValues {
  customerId?: string;
  currency: string;
  incotermCode: string;
  incotermPlace: string;
  paymentTerms: string;
  transportMode?: string;
  deliveryDate?: Dayjs | null;
  freightCost?: string;
  insuranceCost?: string;
  notes?: string;
  lines: LineValues[];
}

const FIELDS: readonly string[] = [
  'customerId',
  'currency',
  'incotermCode',
  'incotermPlace',
  'paymentTerms',
  'transportMode',
  'deliveryDate',
  'freightCost',
  'insuranceCost',
  'notes',
  'lines',
];

function valuesOf(order: OrderDetailFieldsFragment): OrderValues {
  return {
    customerId: order.customerId,
    currency: order.currency,
    incotermCode: order.incotermCode,
    incotermPlace: order.incotermPlace,
    // In the UI's language; the API reads either back.
    paymentTerms: paymentTermsIn(currentLanguage() === 'zh-CN', order),
    transportMode: order.transportMode,
    deliveryDate: order.deliveryDate ? dayjs(order.deliveryDate) : null,
    freightCost: order.freightCost?.amount,
    insuranceCost: order.insuranceCost?.amount,
    notes: order.notes ?? undefined,
    lines: order.lines.map(lineValuesOf),
  };
}

/** What changed, as UpdateOrderInput: content (lines, prices, terms) only when it was edited, so a later-stage order can still take dates and costs. */
function changes(order: OrderDetailFieldsFragment, values: OrderValues): Omit<UpdateOrderInput, 'version'> {
  const before = valuesOf(order);
  const input: Omit<UpdateOrderInput, 'version'> = {};
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const lines = linesInput(values.lines);
  if (!same(lines, linesInput(before.lines))) input.lines = lines;
  if (values.currency !== before.currency) input.currency = values.currency;
  if (values.incotermCode !== before.incotermCode) input.incotermCode = values.incotermCode;
  if (values.incotermPlace.trim() !== before.incotermPlace) input.incotermPlace = values.incotermPlace.trim();
  if (values.transportMode !== before.transportMode) input.transportMode = values.transportMode;
  if (values.paymentTerms.trim() !== before.paymentTerms) input.paymentTerms = values.paymentTerms.trim();
  const delivery = values.deliveryDate ? values.deliveryDate.format('YYYY-MM-DD') : null;
  if (delivery !== (order.deliveryDate ?? null)) input.deliveryDate = delivery;
  const cost = (value: string | undefined) => value?.trim() || null;
  if (cost(values.freightCost) !== (order.freightCost?.amount ?? null)) input.freightCost = cost(values.freightCost);
  if (cost(values.insuranceCost) !== (order.insuranceCost?.amount ?? null)) input.insuranceCost = cost(values.insuranceCost);
  if ((values.notes?.trim() || null) !== (order.notes ?? null)) input.notes = values.notes?.trim() ?? '';
  return input;
}

interface OrderFormDrawerProps {
  open: boolean;
  /** The order to edit; absent creates one. */
  order?: OrderDetailFieldsFragment;
  onClose: () => void;
  onSaved: (order: { id: string; number: string }) => void;
}

/**
 * A new order (customer, terms prefilled from the customer, lines with price hints), or changes to
 * one. Lines, prices and terms are read-only once the server says the order is locked (contentLocked).
 */
export function OrderFormDrawer({ open, order, onClose, onSaved }: OrderFormDrawerProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<OrderValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const customerId = Form.useWatch('customerId', form);
  const currency = Form.useWatch('currency', form) ?? '';
  const [createOrder, creating] = useMutation(CreateOrderMutation);
  const [updateOrder, updating] = useMutation(UpdateOrderMutation);
  const client = useApolloClient();
  // The server decides which stages lock the content; the form follows its word rather than a copy of the stage list.
  const locked = Boolean(order?.contentLocked);

  // Opening fills the form: the order's values, or a blank order.
  useFillOnOpen(open, () => {
    form.resetFields();
    form.setFieldsValue(
      order
        ? valuesOf(order)
        : { currency: 'USD', incotermCode: 'FOB', incotermPlace: '', paymentTerms: '', transportMode: 'sea', lines: [{ ...EMPTY_LINE }] },
    );
  });

  // A new order starts from the chosen customer's usual terms.
  useCustomerUsualTerms(form, open && !order ? customerId : null);

  // The order moved past confirmation since the page loaded it: reload it (the form locks with it) and put
  // its stored lines and terms back, so the dates, costs and notes typed still save.
  const restoreContent = (id: string): void => {
    client.query({ query: OrderDetailQuery, variables: { id }, fetchPolicy: 'network-only' }).then(
      ({ data }) => {
        const stored = valuesOf(data.order);
        form.setFieldsValue({
          currency: stored.currency,
          incotermCode: stored.incotermCode,
          incotermPlace: stored.incotermPlace,
          paymentTerms: stored.paymentTerms,
          lines: stored.lines,
        });
      },
      () => undefined,
    );
  };

  const submit = async (values: OrderValues): Promise<void> => {
    setFailure(null);
    try {
      if (order) {
        const { data } = await updateOrder({
          variables: { id: order.id, input: { ...changes(order, values), version: order.version } },
          update: (cache) => evictChangedOrder(cache, order),
        });
        if (data) onSaved(data.updateOrder);
      } else {
        const { data } = await createOrder({
          variables: {
            input: {
              customerId: values.customerId ?? '',
              currency: values.currency,
              incotermCode: values.incotermCode,
              incotermPlace: values.incotermPlace.trim(),
              paymentTerms: values.paymentTerms.trim(),
              transportMode: values.transportMode,
              deliveryDate: values.deliveryDate ? values.deliveryDate.format('YYYY-MM-DD') : undefined,
              freightCost: values.freightCost?.trim() || undefined,
              insuranceCost: values.insuranceCost?.trim() || undefined,
              notes: values.notes?.trim() || undefined,
              lines: linesInput(values.lines),
            },
          },
          update: (cache) => {
            evictOrderLists(cache);
            if (values.customerId) evictCustomerOrders(cache, values.customerId);
          },
        });
        if (data) onSaved(data.createOrder);
      }
    } catch (error) {
      const problem = serverProblem(error);
      if (problem.code === 'CONFLICT') {
        setFailure(t('orders.edit.conflict'));
      } else if (problem.reason === 'ORDERS_ORDER_LOCKED' && order) {
        setFailure(t('orders.edit.locked', { number: order.number }));
        restoreContent(order.id);
      } else {
        setFailure(formFailure(form, problem, FIELDS, t, { allPlaced: t('orders.form.fixFields') }));
      }
    }
  };

  return (
    <FormDrawer
      open={open}
      title={order ? t('orders.edit.title', { number: order.number }) : t('orders.create.title')}
      width={1080}
      onClose={onClose}
      keepMounted
      onClosed={() => setFailure(null)}
      onSubmit={() => form.submit()}
      submitLabel={order ? t('orders.edit.submit') : t('orders.create.submit')}
      saving={creating.loading || updating.loading}
      failure={failure}
      failureTestId="order-form-error"
      notices={locked && <Alert type="info" showIcon message={t('orders.edit.lockedHint')} style={{ marginBottom: 16 }} />}
    >
      <Form<OrderValues> form={form} layout="vertical" name="order" onFinish={(values) => void submit(values)} scrollToFirstError>
        <Row gutter={16}>
          <Col xs={24} md={10}>
            <Form.Item
              name="customerId"
              label={t('orders.fields.customer')}
              rules={[{ required: true, message: t('validation.required') }]}
            >
              <CustomerSelect disabled={Boolean(order)} initialLabel={order?.customerName} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={5}>
            <Form.Item name="deliveryDate" label={t('orders.fields.deliveryDate')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item name="transportMode" label={t('orders.fields.transportMode')}>
              <Select options={TRANSPORT_MODES.map((mode) => ({ value: mode, label: t(`orders.transportModes.${mode}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        <TermsFields disabled={locked} />
        <Row gutter={16}>
          <Col xs={12} md={5}>
            <Form.Item name="freightCost" label={t('orders.fields.freightCost')}>
              <Input inputMode="decimal" suffix={currency} />
            </Form.Item>
          </Col>
          <Col xs={12} md={5}>
            <Form.Item name="insuranceCost" label={t('orders.fields.insuranceCost')}>
              <Input inputMode="decimal" suffix={currency} />
            </Form.Item>
          </Col>
        </Row>
        <Divider orientation="left">{t('orders.lines.title')}</Divider>
        <LinesEditor form={form} currency={currency} customerId={customerId} excludeOrderId={order?.id} disabled={locked} />
        <Form.Item name="notes" label={t('orders.fields.notes')} style={{ marginTop: 16 }}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
