import { CalendarOutlined, CheckOutlined, FieldTimeOutlined, ShoppingOutlined } from '@ant-design/icons';
import { useMutation, useQuery, type ApolloCache } from '@apollo/client';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MilestonePlanInput, OrderDetailFieldsFragment } from '../../../gql/graphql';
import { formatDecimal, formatMoney, isDecimalString } from '../../../shared/money';
import { formFailure, problemText, serverProblem, showFieldProblems } from '../../../shared/serverProblem';
import { toPickerValue } from '../../../shared/userTime';
import { evictOrderLists, evictOrderTimeline } from '../shared/cache';
import { CURRENCIES, isMilestoneKind, MILESTONE_KINDS, type MilestoneKind } from '../shared/labels';
import { SupplierOptionsQuery } from '../shared/orders.graphql';
import {
  CreatePurchaseOrdersMutation,
  PlanProductionMutation,
  RecordMilestoneMutation,
  ReportProductionDelayMutation,
} from './order.graphql';

type Milestone = OrderDetailFieldsFragment['milestones'][number];
type PurchaseOrder = OrderDetailFieldsFragment['purchaseOrders'][number];
type Line = OrderDetailFieldsFragment['lines'][number];

// Production changes alter the order's expected ship date, risk and stage moves: reload it.
const RELOAD = {
  refetchQueries: ['OrderDetail'],
  awaitRefetchQueries: true,
  update: (cache: ApolloCache<unknown>, _result: unknown, { variables }: { variables?: { orderId?: string | number } }) => {
    evictOrderLists(cache);
    if (variables?.orderId) evictOrderTimeline(cache, variables.orderId);
  },
};

function useFailure() {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const fail = (
    error: unknown,
    form?: Parameters<typeof showFieldProblems>[0],
    fields: readonly string[] = [],
    argument = 'input',
  ): void => {
    const problem = serverProblem(error);
    setFailure(form ? formFailure(form, problem, fields, t, { argument }) : problemText(problem, t));
  };
  return { failure, setFailure, fail };
}

function PlanModal({ order, open, onClose }: { order: OrderDetailFieldsFragment; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Partial<Record<MilestoneKind, Dayjs | null>>>();
  const { failure, setFailure, fail } = useFailure();
  const [plan, { loading }] = useMutation(PlanProductionMutation, RELOAD);
  const initial = Object.fromEntries(order.milestones.map((m) => [m.kind, dayjs(m.plannedDate)]));

  const submit = async (values: Partial<Record<MilestoneKind, Dayjs | null>>): Promise<void> => {
    setFailure(null);
    const input: MilestonePlanInput = {};
    for (const kind of MILESTONE_KINDS) {
      const date = values[kind];
      if (date) input[kind] = date.format('YYYY-MM-DD');
    }
    try {
      await plan({ variables: { orderId: order.id, plan: input } });
      void message.success(t('orders.production.planned'));
      onClose();
    } catch (error) {
      fail(error, form, MILESTONE_KINDS, 'plan');
    }
  };

  return (
    <Modal
      open={open}
      title={t('orders.production.planTitle', { number: order.number })}
      okText={t('orders.production.savePlan')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('orders.production.planIntro')}</Typography.Paragraph>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="horizontal"
        labelCol={{ span: 8 }}
        name="production-plan"
        initialValues={initial}
        onFinish={(values) => void submit(values)}
      >
        {MILESTONE_KINDS.map((kind) => (
          <Form.Item key={kind} name={kind} label={t(`orders.milestones.${kind}`)}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}

function RecordModal({
  order,
  milestone,
  onClose,
}: {
  order: OrderDetailFieldsFragment;
  milestone: Milestone | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ actualDate: Dayjs; note?: string }>();
  const { failure, setFailure, fail } = useFailure();
  const [record, { loading }] = useMutation(RecordMilestoneMutation, RELOAD);
  const kind = milestone && isMilestoneKind(milestone.kind) ? t(`orders.milestones.${milestone.kind}`) : (milestone?.kind ?? '');

  const submit = async (values: { actualDate: Dayjs; note?: string }): Promise<void> => {
    if (!milestone) return;
    setFailure(null);
    try {
      await record({
        variables: {
          orderId: order.id,
          kind: milestone.kind,
          actualDate: values.actualDate.format('YYYY-MM-DD'),
          note: values.note?.trim() || undefined,
        },
      });
      void message.success(t('orders.production.recorded', { milestone: kind }));
      onClose();
    } catch (error) {
      fail(error, form, ['actualDate', 'note'], '');
    }
  };

  return (
    <Modal
      open={milestone !== null}
      title={t('orders.production.recordTitle', { milestone: kind })}
      okText={t('orders.production.record')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        name="record-milestone"
        initialValues={{ actualDate: toPickerValue() }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="actualDate"
          label={t('orders.production.actualDate')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          {/* Recorded once done: the server refuses a later day. */}
          <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isAfter(toPickerValue(), 'day')} />
        </Form.Item>
        <Form.Item name="note" label={t('orders.production.note')}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function DelayModal({ order, open, onClose }: { order: OrderDetailFieldsFragment; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ kind: string; days: number; note: string }>();
  const { failure, setFailure, fail } = useFailure();
  const [report, { loading }] = useMutation(ReportProductionDelayMutation, RELOAD);
  const pending = order.milestones.filter((m) => !m.actualDate);

  const submit = async (values: { kind: string; days: number; note: string }): Promise<void> => {
    setFailure(null);
    try {
      const { data } = await report({ variables: { orderId: order.id, kind: values.kind, days: values.days, note: values.note.trim() } });
      void message.warning(
        t('orders.production.delayed', { days: values.days, expected: data?.reportProductionDelay.expectedShipDate ?? '—' }),
      );
      onClose();
    } catch (error) {
      fail(error, form, ['kind', 'days', 'note'], '');
    }
  };

  return (
    <Modal
      open={open}
      title={t('orders.production.delayTitle', { number: order.number })}
      okText={t('orders.production.reportDelay')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('orders.production.delayIntro')}</Typography.Paragraph>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        name="production-delay"
        initialValues={{ kind: pending[0]?.kind, days: 3 }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item name="kind" label={t('orders.production.milestone')} rules={[{ required: true, message: t('validation.required') }]}>
          <Select
            options={pending.map((m) => ({ value: m.kind, label: isMilestoneKind(m.kind) ? t(`orders.milestones.${m.kind}`) : m.kind }))}
          />
        </Form.Item>
        <Form.Item name="days" label={t('orders.production.days')} rules={[{ required: true, message: t('validation.required') }]}>
          <InputNumber min={1} max={365} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('orders.production.delayNote')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2 }} placeholder={t('orders.production.delayNotePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface PurchaseValues {
  dueDate: Dayjs;
  currency: string;
  lines: { orderLineId: string; include: boolean; supplierId?: string; quantity?: string; unitCost?: string }[];
}

function PurchaseOrderModal({ order, open, onClose }: { order: OrderDetailFieldsFragment; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PurchaseValues>();
  const { failure, setFailure } = useFailure();
  const [selected, setSelected] = useState<string[]>(order.lines.map((line) => line.id));
  const suppliers = useQuery(SupplierOptionsQuery, { skip: !open });
  const [create, { loading }] = useMutation(CreatePurchaseOrdersMutation, RELOAD);
  const decimal = {
    validator: (_: unknown, value?: string) =>
      !value || isDecimalString(value) ? Promise.resolve() : Promise.reject(new Error(t('orders.lines.notANumber'))),
  };

  const submit = async (values: PurchaseValues): Promise<void> => {
    setFailure(null);
    const lines = values.lines
      .filter((line) => selected.includes(line.orderLineId))
      .map((line) => ({
        orderLineId: line.orderLineId,
        supplierId: line.supplierId || undefined,
        quantity: line.quantity?.trim() || undefined,
        unitCost: line.unitCost?.trim() || undefined,
      }));
    if (!lines.length) {
      setFailure(t('orders.purchase.pickLines'));
      return;
    }
    try {
      const { data } = await create({
        variables: { orderId: order.id, input: { lines, dueDate: values.dueDate.format('YYYY-MM-DD'), currency: values.currency } },
      });
      void message.success(t('orders.purchase.done', { numbers: (data?.createPurchaseOrders ?? []).map((po) => po.number).join(', ') }));
      onClose();
    } catch (error) {
      const problem = serverProblem(error);
      // Problems name lines by their place in the request; map them back to the rows of the form.
      const rows = values.lines.map((line, index) => ({ line, index })).filter(({ line }) => selected.includes(line.orderLineId));
      const remapped = {
        ...problem,
        fields: problem.fields.map((field) => {
          const match = /^input\.lines\.(\d+)\.(.+)$/.exec(field.path);
          const row = match ? rows[Number(match[1])] : undefined;
          return row && match ? { ...field, path: `input.lines.${row.index}.${match[2]}` } : field;
        }),
      };
      setFailure(formFailure(form, remapped, ['lines', 'dueDate', 'currency'], t));
    }
  };

  return (
    <Modal
      open={open}
      title={t('orders.purchase.title', { number: order.number })}
      okText={t('orders.purchase.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={960}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('orders.purchase.intro')}</Typography.Paragraph>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        name="purchase-orders"
        initialValues={{
          dueDate: toPickerValue().add(30, 'day'),
          currency: 'CNY',
          lines: order.lines.map((line) => ({ orderLineId: line.id, quantity: line.quantity })),
        }}
        onFinish={(values) => void submit(values)}
      >
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="dueDate" label={t('orders.purchase.dueDate')} rules={[{ required: true, message: t('validation.required') }]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="currency" label={t('orders.fields.currency')}>
              <Select options={CURRENCIES.map((code) => ({ value: code, label: code }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.List name="lines">
          {(fields) => (
            <Table
              rowKey="key"
              size="small"
              pagination={false}
              dataSource={fields}
              rowSelection={{
                selectedRowKeys: fields.filter((field) => selected.includes(order.lines[field.name]?.id ?? '')).map((field) => field.key),
                onChange: (keys) =>
                  setSelected(fields.filter((field) => keys.includes(field.key)).map((field) => order.lines[field.name]?.id ?? '')),
              }}
              columns={[
                {
                  title: t('orders.lines.description'),
                  key: 'line',
                  render: (_, field) => {
                    const line: Line | undefined = order.lines[field.name];
                    return (
                      <Space direction="vertical" size={0}>
                        <Typography.Text>{line?.description}</Typography.Text>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {line?.sku ?? ''} · {formatDecimal(line?.quantity)} {line?.unit}
                        </Typography.Text>
                      </Space>
                    );
                  },
                },
                {
                  title: t('orders.purchase.supplier'),
                  key: 'supplier',
                  width: 220,
                  render: (_, field) => (
                    <Form.Item name={[field.name, 'supplierId']} style={{ margin: 0 }}>
                      <Select
                        allowClear
                        showSearch
                        optionFilterProp="label"
                        placeholder={t('orders.purchase.defaultSupplier')}
                        options={(suppliers.data?.suppliers.nodes ?? []).map((s) => ({ value: s.id, label: s.name }))}
                      />
                    </Form.Item>
                  ),
                },
                {
                  title: t('orders.lines.quantity'),
                  key: 'quantity',
                  width: 120,
                  render: (_, field) => (
                    <Form.Item name={[field.name, 'quantity']} style={{ margin: 0 }} rules={[decimal]}>
                      <Input inputMode="decimal" />
                    </Form.Item>
                  ),
                },
                {
                  title: t('orders.purchase.unitCost'),
                  key: 'unitCost',
                  width: 140,
                  render: (_, field) => (
                    <Form.Item name={[field.name, 'unitCost']} style={{ margin: 0 }} rules={[decimal]}>
                      <Input inputMode="decimal" placeholder={t('orders.purchase.defaultCost')} />
                    </Form.Item>
                  ),
                },
              ]}
            />
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}

/** Production: the milestone plan against reality (slips in days), delays reported by suppliers, and purchase orders. */
export function ProductionTab({ order, mayPlan }: { order: OrderDetailFieldsFragment; mayPlan: boolean }) {
  const { t } = useTranslation();
  const [planning, setPlanning] = useState(false);
  const [recording, setRecording] = useState<Milestone | null>(null);
  const [delaying, setDelaying] = useState(false);
  const [purchasing, setPurchasing] = useState(false);
  const suppliers = useQuery(SupplierOptionsQuery, { skip: order.purchaseOrders.length === 0 });
  const supplierName = (id: string) => suppliers.data?.suppliers.nodes.find((s) => s.id === id)?.name ?? '—';
  const byKind = new Map(order.milestones.map((m) => [m.kind, m]));
  const rows: (Milestone | { id: string; kind: MilestoneKind; unplanned: true })[] = MILESTONE_KINDS.map(
    (kind) => byKind.get(kind) ?? { id: kind, kind, unplanned: true as const },
  );

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card
        size="small"
        title={t('orders.production.milestonesTitle')}
        extra={
          mayPlan && (
            <Space>
              <Button size="small" icon={<CalendarOutlined />} onClick={() => setPlanning(true)}>
                {t('orders.production.plan')}
              </Button>
              <Button
                size="small"
                icon={<FieldTimeOutlined />}
                disabled={!order.milestones.some((m) => !m.actualDate)}
                onClick={() => setDelaying(true)}
              >
                {t('orders.production.reportDelay')}
              </Button>
            </Space>
          )
        }
      >
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={rows}
          data-testid="milestones"
          columns={[
            {
              title: t('orders.production.milestone'),
              key: 'kind',
              render: (_, m) => (isMilestoneKind(m.kind) ? t(`orders.milestones.${m.kind}`) : m.kind),
            },
            {
              title: t('orders.production.plannedDate'),
              key: 'planned',
              width: 120,
              render: (_, m) =>
                'unplanned' in m ? <Typography.Text type="secondary">{t('orders.production.notPlanned')}</Typography.Text> : m.plannedDate,
            },
            {
              title: t('orders.production.originalDate'),
              key: 'original',
              width: 120,
              render: (_, m) => ('unplanned' in m ? '—' : m.originalDate),
            },
            {
              title: t('orders.production.slip'),
              key: 'slip',
              width: 100,
              render: (_, m) =>
                'unplanned' in m || m.slipDays === 0 ? (
                  '—'
                ) : (
                  <Tag color={m.slipDays > 0 ? 'warning' : 'success'}>{t('orders.production.slipDays', { count: m.slipDays })}</Tag>
                ),
            },
            {
              title: t('orders.production.actualDate'),
              key: 'actual',
              width: 120,
              render: (_, m) => ('unplanned' in m ? '—' : (m.actualDate ?? '—')),
            },
            { title: t('orders.production.note'), key: 'note', render: (_, m) => ('unplanned' in m ? '' : (m.note ?? '')) },
            {
              title: '',
              key: 'action',
              width: 110,
              render: (_, m) =>
                mayPlan && !('unplanned' in m) && !m.actualDate ? (
                  <Button size="small" icon={<CheckOutlined />} onClick={() => setRecording(m)}>
                    {t('orders.production.record')}
                  </Button>
                ) : null,
            },
          ]}
        />
      </Card>
      <Card
        size="small"
        title={t('orders.purchase.listTitle')}
        extra={
          mayPlan && (
            <Button size="small" icon={<ShoppingOutlined />} onClick={() => setPurchasing(true)}>
              {t('orders.purchase.open')}
            </Button>
          )
        }
      >
        <Table<PurchaseOrder>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={order.purchaseOrders}
          locale={{ emptyText: t('orders.purchase.empty') }}
          columns={[
            { title: t('orders.purchase.number'), dataIndex: 'number' },
            { title: t('orders.purchase.supplier'), key: 'supplier', render: (_, po) => supplierName(po.supplierId) },
            { title: t('orders.purchase.dueDate'), dataIndex: 'dueDate', width: 120 },
            { title: t('orders.purchase.status'), key: 'status', width: 100, render: (_, po) => <Tag color={po.status === 'delivered' ? 'green' : po.status === 'cancelled' ? 'default' : 'blue'}>{t(`orders.purchase.statuses.${po.status}`, { defaultValue: po.status })}</Tag> },
            { title: t('orders.purchase.total'), key: 'total', align: 'right', width: 150, render: (_, po) => formatMoney(po.total) },
          ]}
        />
      </Card>
      <PlanModal order={order} open={planning} onClose={() => setPlanning(false)} />
      <RecordModal order={order} milestone={recording} onClose={() => setRecording(null)} />
      <DelayModal order={order} open={delaying} onClose={() => setDelaying(false)} />
      {purchasing && <PurchaseOrderModal order={order} open={purchasing} onClose={() => setPurchasing(false)} />}
    </Space>
  );
}
