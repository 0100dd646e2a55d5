import { useMutation } from '@apollo/client';
import { Alert, Form, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formFailure, serverProblem } from '../../../shared/serverProblem';
import { evictShipmentLists } from '../../orders/shared/cache';
import { CreateShipmentMutation } from './shipments.graphql';
import { SHIPMENT_FIELDS, ShipmentFields, shipmentInput, type ShipmentValues } from './ShipmentFields';

interface CreateShipmentModalProps {
  open: boolean;
  orderIds: string[];
  /** What the shipment carries, in words (order numbers). */
  label: string;
  onClose: () => void;
  onCreated: (shipment: { id: string; reference: string }) => void;
}

/** A shipment for orders of one customer; it carries everything of them not shipped yet. */
export function CreateShipmentModal({ open, orderIds, label, onClose, onCreated }: CreateShipmentModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ShipmentValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CreateShipmentMutation, { update: evictShipmentLists, refetchQueries: ['OrderDetail'] });

  const submit = async (values: ShipmentValues): Promise<void> => {
    setFailure(null);
    try {
      const { data } = await create({ variables: { input: { ...shipmentInput(values, false), orderIds } } });
      if (data) onCreated(data.createShipment);
    } catch (error) {
      setFailure(formFailure(form, serverProblem(error), SHIPMENT_FIELDS, t, { allPlaced: t('orders.form.fixFields') }));
    }
  };

  return (
    <Modal
      open={open}
      title={t('logistics.create.title')}
      okText={t('logistics.create.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={960}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('logistics.create.intro', { orders: label })}</Typography.Paragraph>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} data-testid="shipment-form-error" />}
      <Form<ShipmentValues>
        form={form}
        layout="vertical"
        name="create-shipment"
        initialValues={{ mode: 'sea', containers: [] }}
        onFinish={(values) => void submit(values)}
      >
        <ShipmentFields />
      </Form>
    </Modal>
  );
}
