import { EditOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
  theme,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShipmentDetailQuery } from '../../../gql/graphql';
import { formatDecimal, isDecimalString } from '../../../shared/money';
import { formFailure, serverProblem } from '../../../shared/serverProblem';
import { useChinese } from '../../orders/shared/useChinese';
import { SetPackingOverrideMutation } from '../shared/shipments.graphql';

type PackingList = ShipmentDetailQuery['shipment']['packingList'];
type PackingLine = PackingList['lines'][number];
type Field = 'cartons' | 'netWeightKg' | 'grossWeightKg' | 'cbm';

interface OverrideValues {
  cartons?: number | null;
  netWeightKg?: string;
  grossWeightKg?: string;
  cbm?: string;
}

function OverrideModal({ line, onClose }: { line: PackingLine | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<OverrideValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SetPackingOverrideMutation, { refetchQueries: ['ShipmentDetail'], awaitRefetchQueries: true });
  const decimal = {
    validator: (_: unknown, value?: string) =>
      !value || isDecimalString(value) ? Promise.resolve() : Promise.reject(new Error(t('orders.lines.notANumber'))),
  };

  const submit = async (values: OverrideValues, clearAll = false): Promise<void> => {
    if (!line) return;
    setFailure(null);
    // Only what was typed over becomes an override; an emptied field goes back to the computed value.
    const initial = { cartons: line.cartons, netWeightKg: line.netWeightKg, grossWeightKg: line.grossWeightKg, cbm: line.cbm };
    const input: { cartons?: number | null; netWeightKg?: string | null; grossWeightKg?: string | null; cbm?: string | null } = {};
    if (clearAll) Object.assign(input, { cartons: null, netWeightKg: null, grossWeightKg: null, cbm: null });
    else {
      if ((values.cartons ?? null) !== (initial.cartons ?? null)) input.cartons = values.cartons ?? null;
      for (const key of ['netWeightKg', 'grossWeightKg', 'cbm'] as const) {
        const typed = values[key]?.trim() || null;
        if (typed !== (initial[key] ?? null)) input[key] = typed;
      }
    }
    if (!Object.keys(input).length) {
      onClose();
      return;
    }
    try {
      await save({ variables: { itemId: line.ref, input } });
      void message.success(clearAll ? t('logistics.packing.cleared') : t('logistics.packing.saved'));
      onClose();
    } catch (error) {
      setFailure(formFailure(form, serverProblem(error), ['cartons', 'netWeightKg', 'grossWeightKg', 'cbm'], t));
    }
  };

  return (
    <Modal
      open={line !== null}
      title={line ? t('logistics.packing.editTitle', { line: line.sku ?? line.description }) : null}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space>
          {line && line.overridden.length > 0 && (
            <Button danger onClick={() => void submit({}, true)}>
              {t('logistics.packing.clear')}
            </Button>
          )}
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={loading} onClick={() => form.submit()}>
            {t('logistics.packing.save')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('logistics.packing.editIntro')}</Typography.Paragraph>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      {line && (
        <Form<OverrideValues>
          form={form}
          layout="vertical"
          name="packing-override"
          initialValues={{
            cartons: line.cartons,
            netWeightKg: line.netWeightKg ?? '',
            grossWeightKg: line.grossWeightKg ?? '',
            cbm: line.cbm ?? '',
          }}
          onFinish={(values) => void submit(values)}
        >
          <Form.Item name="cartons" label={t('logistics.packing.cartons')}>
            <InputNumber min={0} precision={0} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="netWeightKg" label={t('logistics.packing.netWeightKg')} rules={[decimal]}>
            <Input inputMode="decimal" suffix="kg" style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="grossWeightKg" label={t('logistics.packing.grossWeightKg')} rules={[decimal]}>
            <Input inputMode="decimal" suffix="kg" style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="cbm" label={t('logistics.packing.cbm')} rules={[decimal]}>
            <Input inputMode="decimal" suffix="m³" style={{ width: 200 }} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}

/** The packing list computed from the catalogue's carton data, with typed-over values marked, totals and a container hint. */
export function PackingListCard({
  packingList,
  editable,
  extra,
}: {
  packingList: PackingList;
  editable: boolean;
  extra?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const chinese = useChinese();
  const { token } = theme.useToken();
  const [editing, setEditing] = useState<PackingLine | null>(null);
  const problemRefs = new Set(packingList.problems.map((problem) => problem.lineRef).filter(Boolean));
  const value = (line: PackingLine, field: Field, text: string | null) => (
    <Space size={4}>
      <span>{text ?? <Typography.Text type="warning">—</Typography.Text>}</span>
      {line.overridden.includes(field) && (
        <Tooltip title={t('logistics.packing.overriddenHint')}>
          <Tag color="purple" style={{ marginInlineEnd: 0 }}>
            {t('logistics.packing.overridden')}
          </Tag>
        </Tooltip>
      )}
    </Space>
  );

  return (
    <Card title={t('logistics.packing.title')} extra={extra} data-testid="packing-list">
      {packingList.problems.map((problem, index) => (
        <Alert
          key={`${problem.code}-${index}`}
          type="warning"
          showIcon
          message={chinese ? problem.messageZh : problem.message}
          style={{ marginBottom: 8 }}
          data-testid="packing-problem"
        />
      ))}
      <Table<PackingLine>
        rowKey="ref"
        size="small"
        pagination={false}
        dataSource={packingList.lines}
        scroll={{ x: 1180 }}
        onRow={(line) => ({ style: problemRefs.has(line.ref) ? { background: token.colorWarningBg } : undefined })}
        columns={[
          {
            title: t('orders.lines.description'),
            key: 'line',
            width: 240,
            render: (_, l) => (
              <Space direction="vertical" size={0}>
                <Typography.Text>{l.description}</Typography.Text>
                {l.sku && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {l.sku}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
          { title: t('orders.lines.quantity'), key: 'quantity', align: 'right', width: 90, render: (_, l) => formatDecimal(l.quantity) },
          {
            title: t('logistics.packing.unitsPerCarton'),
            key: 'upc',
            align: 'right',
            width: 90,
            render: (_, l) => l.unitsPerCarton ?? '—',
          },
          {
            title: t('logistics.packing.cartons'),
            key: 'cartons',
            align: 'right',
            width: 110,
            render: (_, l) => value(l, 'cartons', l.cartons === null || l.cartons === undefined ? null : String(l.cartons)),
          },
          { title: t('logistics.packing.cartonNumbers'), key: 'numbers', width: 100, render: (_, l) => l.cartonNumbers ?? '—' },
          {
            title: t('logistics.packing.lastCarton'),
            key: 'last',
            align: 'right',
            width: 90,
            render: (_, l) => l.unitsInLastCarton ?? '—',
          },
          {
            title: t('logistics.packing.netWeightKg'),
            key: 'net',
            align: 'right',
            width: 120,
            render: (_, l) => value(l, 'netWeightKg', l.netWeightKg ?? null),
          },
          {
            title: t('logistics.packing.grossWeightKg'),
            key: 'gross',
            align: 'right',
            width: 120,
            render: (_, l) => value(l, 'grossWeightKg', l.grossWeightKg ?? null),
          },
          { title: t('logistics.packing.cbm'), key: 'cbm', align: 'right', width: 110, render: (_, l) => value(l, 'cbm', l.cbm ?? null) },
          ...(editable
            ? [
                {
                  title: '',
                  key: 'edit',
                  width: 90,
                  render: (_: unknown, l: PackingLine) => (
                    <Button
                      size="small"
                      icon={<EditOutlined />}
                      onClick={() => setEditing(l)}
                      aria-label={t('logistics.packing.editOf', { line: l.sku ?? l.description })}
                    >
                      {t('logistics.packing.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={3}>
              <Typography.Text strong>{t('logistics.packing.totals')}</Typography.Text>
              {!packingList.totals.complete && (
                <Typography.Text type="warning" style={{ marginInlineStart: 8 }}>
                  {t('logistics.packing.incomplete')}
                </Typography.Text>
              )}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              <Typography.Text strong data-testid="packing-total-cartons">
                {packingList.totals.cartons}
              </Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} colSpan={2} />
            <Table.Summary.Cell index={3} align="right">
              <Typography.Text strong>{packingList.totals.netWeightKg}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4} align="right">
              <Typography.Text strong>{packingList.totals.grossWeightKg}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={5} align="right">
              <Typography.Text strong data-testid="packing-total-cbm">
                {packingList.totals.cbm}
              </Typography.Text>
            </Table.Summary.Cell>
            {editable && <Table.Summary.Cell index={6} />}
          </Table.Summary.Row>
        )}
      />
      <Descriptions size="small" column={1} style={{ marginTop: 12 }} data-testid="container-hint">
        <Descriptions.Item label={t('logistics.packing.containerHint')}>
          <Space wrap>
            {packingList.smallestSingleContainer ? (
              <Typography.Text strong>{t('logistics.packing.fitsIn', { type: packingList.smallestSingleContainer })}</Typography.Text>
            ) : (
              <Typography.Text type="secondary">{t('logistics.packing.noSingle')}</Typography.Text>
            )}
            {packingList.containers.map((fit) => (
              <Tooltip key={fit.type} title={t('logistics.packing.fitDetail', { volume: fit.byVolume, weight: fit.byWeight })}>
                <Tag>{t('logistics.packing.fit', { type: fit.type, count: fit.needed })}</Tag>
              </Tooltip>
            ))}
          </Space>
        </Descriptions.Item>
      </Descriptions>
      <OverrideModal line={editing} onClose={() => setEditing(null)} />
    </Card>
  );
}
