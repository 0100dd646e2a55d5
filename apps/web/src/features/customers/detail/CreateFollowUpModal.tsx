import { useMutation } from '@apollo/client';
import { Alert, App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/session/CurrentUser';
import { formFailure, serverProblem } from '../../../shared/serverProblem';
import { fromPickerValue, toPickerValue } from '../../../shared/userTime';
import { evictFollowUps } from '../shared/cache';
import { FOLLOW_UP_TYPES, type FollowUpType } from '../shared/labels';
import { UserSelect } from '../shared/UserSelect';
import { CreateFollowUpMutation } from './customer360.graphql';

interface FollowUpValues {
  dueAt: Dayjs;
  type: FollowUpType;
  note?: string;
  assigneeId?: string;
}

interface CreateFollowUpModalProps {
  open: boolean;
  customerId: string;
  onClose: () => void;
}

/** Plan the next contact with the customer: when, how, what about, and who. */
export function CreateFollowUpModal({ open, customerId, onClose }: CreateFollowUpModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const [form] = Form.useForm<FollowUpValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [createFollowUp, { loading }] = useMutation(CreateFollowUpMutation, {
    update(cache) {
      evictFollowUps(cache);
      cache.gc();
    },
  });

  const submit = async (values: FollowUpValues): Promise<void> => {
    setFailure(null);
    try {
      await createFollowUp({
        variables: {
          input: {
            customerId,
            dueAt: fromPickerValue(values.dueAt),
            type: values.type,
            note: values.note?.trim() || undefined,
            assigneeId: values.assigneeId && values.assigneeId !== me.id ? values.assigneeId : undefined,
          },
        },
      });
      void message.success(t('customers.followUps.created', { when: values.dueAt.format('YYYY-MM-DD HH:mm') }));
      onClose();
    } catch (error) {
      setFailure(formFailure(form, serverProblem(error), ['dueAt', 'type', 'note', 'assigneeId'], t));
    }
  };

  return (
    <Modal
      open={open}
      title={t('customers.followUps.createTitle')}
      okText={t('customers.followUps.createSubmit')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      afterClose={() => setFailure(null)}
    >
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Form<FollowUpValues>
        form={form}
        layout="vertical"
        name="create-follow-up"
        initialValues={{ dueAt: toPickerValue().add(1, 'day').hour(10).minute(0).second(0), type: 'call', assigneeId: me.id }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="dueAt"
          label={t('customers.followUps.fields.dueAt')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <DatePicker showTime={{ format: 'HH:mm', minuteStep: 5 }} format="YYYY-MM-DD HH:mm" style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="type" label={t('customers.followUps.fields.type')}>
          <Select
            options={FOLLOW_UP_TYPES.map((type) => ({ value: type, label: t(`customers.followUpTypes.${type}`) }))}
            style={{ width: 220 }}
          />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('customers.followUps.fields.note')}
          rules={[{ max: 2000, message: t('validation.maxLength', { max: 2000 }) }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} placeholder={t('customers.followUps.notePlaceholder')} />
        </Form.Item>
        <Form.Item name="assigneeId" label={t('customers.followUps.fields.assignee')}>
          <UserSelect style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
