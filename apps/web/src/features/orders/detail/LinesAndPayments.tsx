import { DollarOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client';
import { Alert, App, Button, Card, Flex, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDetailFieldsFragment } from '../../../gql/graphql';
import { formatDecimal, formatMoney, isDecimalString, isPositive, sumAmounts } from '../../../shared/money';
import { formFailure, serverProblem } from '../../../shared/serverProblem';
import { evictChangedOrder } from '../shared/cache';
import { RecordOrderReceiptMutation } from './order.graphql';
import { PricedLinesTable } from '../shared/PricedLinesTable';
import { useChinese } from '../shared/useChinese';
// The server's own list (a file without imports): the schema carries triggers as plain strings.
import { INSTALLMENT_TRIGGERS, type InstallmentTrigger } from '../../../../../../libs/orders/src/payment-terms/trigger-names';

type Installment = OrderDetailFieldsFragment['installments'][number];

function isTrigger(value: string): value is InstallmentTrigger {
  return (INSTALLMENT_TRIGGERS as readonly string[]).includes(value);
}

/** Whether it is overdue is the server's word (the company's date; drafts and cancelled orders owe nothing). */
function InstallmentState({ installment, cancelled }: { installment: Installment; cancelled: boolean }) {
  const { t } = useTranslation();
  if (!isPositive(installment.open.amount)) return <Tag color="success">{t('orders.installments.paid')}</Tag>;
  // What a cancelled order had not received is not owed: "unpaid" would read as a debt to chase.
  if (cancelled) return <Tag>{t('orders.installments.notOwed')}</Tag>;
  const overdue = installment.overdue;
  if (isPositive(installment.paid.amount)) return <Tag color={overdue ? 'error' : 'processing'}>{t('orders.installments.partly')}</Tag>;
  return <Tag color={overdue ? 'error' : 'default'}>{overdue ? t('orders.installments.overdue') : t('orders.installments.open')}</Tag>;
}

interface ReceiptValues {
  amount: string;
  note?: string;
}

function ReceiptModal({ order, open, onClose }: { order: OrderDetailFieldsFragment; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReceiptValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [record, { loading }] = useMutation(RecordOrderReceiptMutation, {
    update: (cache) => evictChangedOrder(cache, order),
  });
  const next = order.installments.find((installment) => isPositive(installment.open.amount));
  const chinese = useChinese();
  const totalOpen = sumAmounts(
    order.installments.map((installment) => installment.open.amount),
    order.currency,
  );

  const submit = async (values: ReceiptValues): Promise<void> => {
    setFailure(null);
    const amount = values.amount.trim();
    try {
      await record({ variables: { id: order.id, amount, note: values.note?.trim() || undefined } });
      void message.success(t('orders.receipt.done', { amount: formatMoney({ amount, currency: order.currency }), number: order.number }));
      onClose();
    } catch (error) {
      setFailure(formFailure(form, serverProblem(error), ['amount', 'note'], t, { argument: '' }));
    }
  };

  return (
    <Modal
      open={open}
      title={t('orders.receipt.title', { number: order.number })}
      okText={t('orders.receipt.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t('orders.receipt.openTotal', { amount: formatMoney({ amount: totalOpen, currency: order.currency }) })}
      </Typography.Paragraph>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Form<ReceiptValues>
        form={form}
        layout="vertical"
        name="receipt"
        initialValues={{ amount: next?.open.amount ?? '' }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="amount"
          label={t('orders.receipt.amount', { currency: order.currency })}
          extra={next ? t('orders.receipt.nextHint', { label: chinese ? next.labelZh : next.label, amount: formatMoney(next.open) }) : undefined}
          rules={[
            { required: true, message: t('validation.required') },
            {
              validator: (_, value: string) =>
                !value || isDecimalString(value) ? Promise.resolve() : Promise.reject(new Error(t('orders.lines.notANumber'))),
            },
          ]}
        >
          <Input inputMode="decimal" suffix={order.currency} />
        </Form.Item>
        <Form.Item name="note" label={t('orders.receipt.note')}>
          <Input placeholder={t('orders.receipt.notePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The order lines with their total, and the payment schedule with what is paid and open. */
export function LinesAndPayments({ order, mayRecordReceipt }: { order: OrderDetailFieldsFragment; mayRecordReceipt: boolean }) {
  const { t } = useTranslation();
  const chinese = useChinese();
  const [receiving, setReceiving] = useState(false);
  const sum = (pick: (installment: Installment) => string) =>
    formatMoney({ amount: sumAmounts(order.installments.map(pick), order.currency), currency: order.currency });

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <PricedLinesTable lines={order.lines} currency={order.currency} total={order.total} testId="order-lines" />
      <Card
        size="small"
        title={t('orders.installments.title')}
        extra={
          mayRecordReceipt && (
            <Button type="primary" size="small" icon={<DollarOutlined />} onClick={() => setReceiving(true)}>
              {t('orders.receipt.open')}
            </Button>
          )
        }
      >
        <Table<Installment>
          rowKey="sequence"
          size="small"
          pagination={false}
          dataSource={order.installments}
          scroll={{ x: 760 }}
          data-testid="installments"
          locale={{ emptyText: t('orders.installments.empty') }}
          columns={[
            {
              title: t('orders.installments.label'),
              key: 'label',
              render: (_, i) => (
                <Space direction="vertical" size={0}>
                  <Typography.Text>{chinese ? i.labelZh : i.label}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {isTrigger(i.trigger) ? t(`orders.triggers.${i.trigger}`, { days: i.days ?? 0 }) : i.trigger} ·{' '}
                    {formatDecimal(i.percentage)}%
                  </Typography.Text>
                </Space>
              ),
            },
            {
              title: t('orders.installments.dueDate'),
              key: 'dueDate',
              width: 120,
              render: (_, i) => i.dueDate ?? t('orders.installments.noDueDate'),
            },
            { title: t('orders.installments.amount'), key: 'amount', align: 'right', width: 140, render: (_, i) => formatMoney(i.amount) },
            { title: t('orders.installments.paidAmount'), key: 'paid', align: 'right', width: 140, render: (_, i) => formatMoney(i.paid) },
            {
              title: t('orders.installments.openAmount'),
              key: 'open',
              align: 'right',
              width: 140,
              render: (_, i) => <Typography.Text strong={isPositive(i.open.amount)}>{formatMoney(i.open)}</Typography.Text>,
            },
            { title: t('orders.installments.state'), key: 'state', width: 100, render: (_, i) => <InstallmentState installment={i} cancelled={order.stage === 'cancelled'} /> },
          ]}
          summary={() =>
            order.installments.length > 1 && (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={2} align="right">
                  <Typography.Text strong>{t('orders.lines.total')}</Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={1} align="right">
                  {sum((i) => i.amount.amount)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={2} align="right">
                  {sum((i) => i.paid.amount)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">
                  <Typography.Text strong>{sum((i) => i.open.amount)}</Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={4} />
              </Table.Summary.Row>
            )
          }
        />
        {!mayRecordReceipt && (
          <Flex style={{ marginTop: 8 }}>
            <Typography.Text type="secondary">{t('orders.receipt.financeOnly')}</Typography.Text>
          </Flex>
        )}
      </Card>
      <ReceiptModal order={order} open={receiving} onClose={() => setReceiving(false)} />
    </Space>
  );
}
