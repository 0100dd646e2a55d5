import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Divider, Form, Input, Row, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ShipmentDetailFieldsFragment, UpdateShipmentInput } from '../../../gql/graphql';
import { CURRENCIES } from '../../orders/shared/labels';
import { CONTAINER_TYPES, SHIPMENT_MODES } from './labels';

export interface ShipmentValues {
  mode: string;
  carrier?: string;
  forwarder?: string;
  bookingNumber?: string;
  vessel?: string;
  voyage?: string;
  portOfLoading?: string;
  portOfDischarge?: string;
  etd?: Dayjs | null;
  eta?: Dayjs | null;
  atd?: Dayjs | null;
  ata?: Dayjs | null;
  transportDocumentNumber?: string;
  transportDocumentDate?: Dayjs | null;
  freightCost?: string;
  insuranceCost?: string;
  costCurrency?: string;
  tradeMode?: string;
  notes?: string;
  containers: { number?: string; type?: string; sealNumber?: string }[];
}

export const SHIPMENT_FIELDS: readonly string[] = [
  'mode',
  'carrier',
  'forwarder',
  'bookingNumber',
  'vessel',
  'voyage',
  'portOfLoading',
  'portOfDischarge',
  'etd',
  'eta',
  'atd',
  'ata',
  'transportDocumentNumber',
  'transportDocumentDate',
  'freightCost',
  'insuranceCost',
  'costCurrency',
  'tradeMode',
  'notes',
  'containers',
];

const day = (value: string | null | undefined): Dayjs | null => (value ? dayjs(value) : null);

export function shipmentValuesOf(shipment: ShipmentDetailFieldsFragment): ShipmentValues {
  return {
    mode: shipment.mode,
    carrier: shipment.carrier ?? undefined,
    forwarder: shipment.forwarder ?? undefined,
    bookingNumber: shipment.bookingNumber ?? undefined,
    vessel: shipment.vessel ?? undefined,
    voyage: shipment.voyage ?? undefined,
    portOfLoading: shipment.portOfLoading ?? undefined,
    portOfDischarge: shipment.portOfDischarge ?? undefined,
    etd: day(shipment.etd),
    eta: day(shipment.eta),
    atd: day(shipment.atd),
    ata: day(shipment.ata),
    transportDocumentNumber: shipment.transportDocumentNumber ?? undefined,
    transportDocumentDate: day(shipment.transportDocumentDate),
    freightCost: shipment.freightCost ?? undefined,
    insuranceCost: shipment.insuranceCost ?? undefined,
    costCurrency: shipment.costCurrency ?? undefined,
    tradeMode: shipment.tradeMode,
    notes: shipment.notes ?? undefined,
    containers: shipment.containers.map((container) => ({
      number: container.number,
      type: container.type,
      sealNumber: container.sealNumber ?? undefined,
    })),
  };
}

/** The form as the API takes it; editing sends cleared fields as null so they are cleared. */
export function shipmentInput(values: ShipmentValues, editing: boolean): Omit<UpdateShipmentInput, 'version'> {
  const text = (value: string | undefined): string | null | undefined => value?.trim() || (editing ? null : undefined);
  const date = (value: Dayjs | null | undefined): string | null | undefined =>
    value ? value.format('YYYY-MM-DD') : editing ? null : undefined;
  return {
    mode: values.mode,
    carrier: text(values.carrier),
    forwarder: text(values.forwarder),
    bookingNumber: text(values.bookingNumber),
    vessel: text(values.vessel),
    voyage: text(values.voyage),
    portOfLoading: text(values.portOfLoading),
    portOfDischarge: text(values.portOfDischarge),
    etd: date(values.etd),
    eta: date(values.eta),
    atd: date(values.atd),
    ata: date(values.ata),
    transportDocumentNumber: text(values.transportDocumentNumber),
    transportDocumentDate: date(values.transportDocumentDate),
    freightCost: text(values.freightCost),
    insuranceCost: text(values.insuranceCost),
    costCurrency: values.costCurrency || undefined,
    tradeMode: values.tradeMode?.trim() || undefined,
    notes: text(values.notes),
    containers: values.containers
      .filter((container) => container.number?.trim())
      .map((container) => ({
        number: (container.number ?? '').trim(),
        type: container.type ?? '40HQ',
        sealNumber: container.sealNumber?.trim() || undefined,
      })),
  };
}

/** Booking, vessel, ports and dates (and, once the goods leave, actual dates, B/L, costs), with the containers. */
export function ShipmentFields({ full, disabled }: { full?: boolean; disabled?: boolean }) {
  const { t } = useTranslation();
  const text = (name: keyof ShipmentValues, span = 6) => (
    <Col xs={24} md={span}>
      <Form.Item name={name} label={t(`logistics.fields.${name}` as const)}>
        <Input disabled={disabled} />
      </Form.Item>
    </Col>
  );
  const date = (name: 'etd' | 'eta' | 'atd' | 'ata' | 'transportDocumentDate') => (
    <Col xs={12} md={6}>
      <Form.Item name={name} label={t(`logistics.fields.${name}`)}>
        <DatePicker disabled={disabled} style={{ width: '100%' }} />
      </Form.Item>
    </Col>
  );
  return (
    <>
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Form.Item name="mode" label={t('logistics.fields.mode')}>
            <Select
              disabled={disabled}
              options={SHIPMENT_MODES.map((mode) => ({ value: mode, label: t(`orders.transportModes.${mode}`) }))}
            />
          </Form.Item>
        </Col>
        {text('carrier')}
        {text('forwarder')}
        {text('bookingNumber')}
        {text('vessel')}
        {text('voyage')}
        {text('portOfLoading')}
        {text('portOfDischarge')}
        {date('etd')}
        {date('eta')}
        {full && date('atd')}
        {full && date('ata')}
      </Row>
      {full && (
        <Row gutter={16}>
          {text('transportDocumentNumber')}
          {date('transportDocumentDate')}
          {text('tradeMode', 4)}
          <Col xs={12} md={3}>
            <Form.Item name="costCurrency" label={t('logistics.fields.costCurrency')}>
              <Select disabled={disabled} allowClear options={CURRENCIES.map((code) => ({ value: code, label: code }))} />
            </Form.Item>
          </Col>
          {text('freightCost', 5)}
          {text('insuranceCost', 5)}
        </Row>
      )}
      <Divider orientation="left" style={{ marginTop: 0 }}>
        {t('logistics.containers.title')}
      </Divider>
      <Form.List name="containers">
        {(fields, { add, remove }) => (
          <Space direction="vertical" style={{ width: '100%' }}>
            {fields.map((field, index) => (
              <Space key={field.key} align="baseline" wrap>
                <Form.Item name={[field.name, 'number']} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
                  <Input
                    disabled={disabled}
                    placeholder={t('logistics.containers.number')}
                    aria-label={t('logistics.containers.numberN', { n: index + 1 })}
                    style={{ width: 180 }}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'type']}>
                  <Select
                    disabled={disabled}
                    options={CONTAINER_TYPES.map((type) => ({ value: type, label: type }))}
                    style={{ width: 100 }}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'sealNumber']}>
                  <Input disabled={disabled} placeholder={t('logistics.containers.seal')} style={{ width: 160 }} />
                </Form.Item>
                {!disabled && (
                  <Button
                    type="text"
                    danger
                    icon={<MinusCircleOutlined />}
                    aria-label={t('logistics.containers.remove')}
                    onClick={() => remove(field.name)}
                  />
                )}
              </Space>
            ))}
            {!disabled && (
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ number: '', type: '40HQ', sealNumber: '' })}>
                {t('logistics.containers.add')}
              </Button>
            )}
          </Space>
        )}
      </Form.List>
      {full && (
        <Form.Item name="notes" label={t('logistics.fields.notes')} style={{ marginTop: 16 }}>
          <Input.TextArea disabled={disabled} autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      )}
    </>
  );
}
