import { useMutation } from '@apollo/client';
import { Alert, App, DatePicker, Form, Input, Modal, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formFailure, serverProblem } from '../../../shared/serverProblem';
import { fromPickerValue, toPickerValue } from '../../../shared/userTime';
import { evictCustomerFields, evictFollowUps } from './cache';
import { LogActivityMutation } from './customer.graphql';
import { activityTypeFor, LOGGABLE_ACTIVITY_TYPES, type LoggableActivityType } from './labels';

interface LogActivityValues {
  type: LoggableActivityType;
  subject?: string;
  body?: string;
  occurredAt?: Dayjs | null;
}

const FIELDS = ['type', 'subject', 'body', 'occurredAt'];

export interface FollowUpToComplete {
  id: string;
  type: string;
  note?: string | null;
}

interface LogActivityModalProps {
  open: boolean;
  customerId: string;
  customerName?: string;
  /** Logging from a follow-up completes it. */
  followUp?: FollowUpToComplete | null;
  onClose: () => void;
  /** E.g. the 360 page reloads the customer, whose last activity just changed. */
  onLogged?: () => void;
}

/** Log a call, e-mail, meeting, note or message on a customer's timeline (and complete a follow-up). */
export function LogActivityModal({ open, customerId, customerName, followUp, onClose, onLogged }: LogActivityModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<LogActivityValues>();
  const [failure, setFailure] = useState<string | null>(null);
  // The form's values outlive the modal (destroyOnHidden unmounts only the fields, and initialValues
  // apply once): each opening starts empty, at the current time, or the last entry could be saved twice.
  useEffect(() => {
    if (open) form.setFieldsValue({ type: followUp ? activityTypeFor(followUp.type) : 'call', subject: undefined, body: undefined, occurredAt: toPickerValue() });
  }, [open, followUp, form]);
  const [logActivity, { loading }] = useMutation(LogActivityMutation, {
    update(cache) {
      evictCustomerFields(cache, customerId, ['timeline']);
      evictFollowUps(cache);
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'customers' });
      cache.gc();
    },
  });

  const submit = async (values: LogActivityValues): Promise<void> => {
    setFailure(null);
    try {
      await logActivity({
        variables: {
          input: {
            customerId,
            type: values.type,
            subject: values.subject?.trim() || undefined,
            body: values.body?.trim() || undefined,
            occurredAt: values.occurredAt ? fromPickerValue(values.occurredAt) : undefined,
            followUpId: followUp?.id,
          },
        },
      });
      void message.success(followUp ? t('customers.activity.completed') : t('customers.activity.logged'));
      onLogged?.();
      onClose();
    } catch (error) {
      setFailure(formFailure(form, serverProblem(error), FIELDS, t));
    }
  };

  return (
    <Modal
      open={open}
      title={followUp ? t('customers.activity.completeTitle') : t('customers.activity.logTitle')}
      okText={followUp ? t('customers.activity.completeSubmit') : t('customers.activity.logSubmit')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      afterClose={() => setFailure(null)}
      width={600}
    >
      {customerName && <Alert type="info" showIcon={false} message={customerName} style={{ marginBottom: 12 }} />}
      {followUp?.note && (
        <Alert
          type="warning"
          showIcon
          message={t('customers.activity.followUpNote', { note: followUp.note })}
          style={{ marginBottom: 12 }}
        />
      )}
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Form<LogActivityValues>
        form={form}
        layout="vertical"
        name="log-activity"
        initialValues={{ type: followUp ? activityTypeFor(followUp.type) : 'call', occurredAt: toPickerValue() }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item name="type" label={t('customers.activity.fields.type')} rules={[{ required: true, message: t('validation.required') }]}>
          <Radio.Group
            optionType="button"
            options={LOGGABLE_ACTIVITY_TYPES.map((type) => ({ value: type, label: t(`customers.activityTypes.${type}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="subject"
          label={t('customers.activity.fields.subject')}
          rules={[{ max: 300, message: t('validation.maxLength', { max: 300 }) }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="body"
          label={t('customers.activity.fields.body')}
          rules={[{ max: 20000, message: t('validation.maxLength', { max: 20000 }) }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
        </Form.Item>
        <Form.Item name="occurredAt" label={t('customers.activity.fields.occurredAt')}>
          {/* An activity is logged once it happened (the server refuses a future date): later days are not offered. */}
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: 220 }} disabledDate={(day) => day.isAfter(toPickerValue(), 'day')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
