import { useMutation } from '@apollo/client';
import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formFailure, serverProblem } from '../../../shared/serverProblem';
import { CreateSupplierMutation } from './products.graphql';

interface SupplierValues {
  name: string;
  contactName?: string;
  phone?: string;
  email?: string;
  address?: string;
}

const FIELDS = ['name', 'contactName', 'phone', 'email', 'address'];

/** A new factory or trading supplier, to pick as a product's default supplier. */
export function SupplierModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (supplier: { id: string; name: string }) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SupplierValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [createSupplier, { loading }] = useMutation(CreateSupplierMutation);

  const submit = async (values: SupplierValues): Promise<void> => {
    setFailure(null);
    const blank = (value: string | undefined) => value?.trim() || undefined;
    try {
      const { data } = await createSupplier({
        variables: {
          input: {
            name: values.name.trim(),
            contactName: blank(values.contactName),
            phone: blank(values.phone),
            email: blank(values.email),
            address: blank(values.address),
          },
        },
      });
      if (data) onCreated(data.createSupplier);
    } catch (error) {
      setFailure(formFailure(form, serverProblem(error), FIELDS, t, { allPlaced: t('orders.form.fixFields') }));
    }
  };

  return (
    <Modal
      open={open}
      title={t('products.supplier.title')}
      okText={t('products.supplier.create')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Form<SupplierValues> form={form} layout="vertical" name="supplier" onFinish={(values) => void submit(values)}>
        <Form.Item
          name="name"
          label={t('products.supplier.name')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="contactName" label={t('products.supplier.contactName')}>
          <Input />
        </Form.Item>
        <Form.Item name="phone" label={t('products.supplier.phone')}>
          <Input />
        </Form.Item>
        <Form.Item name="email" label={t('products.supplier.email')}>
          <Input />
        </Form.Item>
        <Form.Item name="address" label={t('products.supplier.address')}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
