import { InboxOutlined, TagsOutlined, UserAddOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client';
import { Alert, App, Button, Form, Modal, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/session/CurrentUser';
import type { CustomerRowFieldsFragment } from '../../../gql/graphql';
import { problemText, serverProblem } from '../../../shared/serverProblem';
import { evictCustomerFields, evictCustomerLists } from '../shared/cache';
import {
  AssignCustomersMutation,
  ClaimCustomersMutation,
  ReleaseCustomersMutation,
  TagCustomersMutation,
} from '../shared/customer.graphql';
import { TagSelect } from '../shared/TagSelect';
import { UserSelect } from '../shared/UserSelect';

type Dialog = 'tag' | 'assign' | null;

interface BulkActionsProps {
  selected: readonly CustomerRowFieldsFragment[];
  onDone: () => void;
}

/** What can be done with the selected customers: tag, claim from the pool, assign, release. */
export function BulkActions({ selected, onDone }: BulkActionsProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [tagForm] = Form.useForm<{ add?: string[]; remove?: string[] }>();
  const [assignForm] = Form.useForm<{ userId: string }>();
  const ids = selected.map((customer) => customer.id);
  const inPool = selected.filter((customer) => customer.inPool);
  const owned = selected.filter((customer) => !customer.inPool);
  const writer = me.role === 'admin' || me.role === 'manager' || me.role === 'sales';
  const mayClaim = me.role === 'sales' || me.role === 'manager';
  const mayAssign = me.role === 'admin' || me.role === 'manager';
  const refreshLists = { update: evictCustomerLists };

  const [tagCustomers, tagging] = useMutation(TagCustomersMutation, {
    update(cache) {
      for (const id of ids) evictCustomerFields(cache, id, ['tags']);
      evictCustomerLists(cache);
    },
  });
  const [claim, claiming] = useMutation(ClaimCustomersMutation, refreshLists);
  const [release, releasing] = useMutation(ReleaseCustomersMutation, refreshLists);
  const [assign, assigning] = useMutation(AssignCustomersMutation, refreshLists);

  const run = async (action: () => Promise<unknown>, done: string): Promise<boolean> => {
    setFailure(null);
    try {
      await action();
      void message.success(done);
      onDone();
      return true;
    } catch (error) {
      const text = problemText(serverProblem(error), t);
      if (dialog) setFailure(text);
      else void message.error(text);
      return false;
    }
  };

  const close = (): void => {
    setDialog(null);
    setFailure(null);
  };

  if (!selected.length) return null;

  return (
    <Space wrap>
      <Typography.Text>{t('customers.bulk.selected', { count: selected.length })}</Typography.Text>
      {writer && (
        <Button icon={<TagsOutlined />} onClick={() => setDialog('tag')}>
          {t('customers.bulk.tag')}
        </Button>
      )}
      {mayClaim && (
        <Button
          icon={<UserAddOutlined />}
          disabled={!inPool.length}
          loading={claiming.loading}
          onClick={() =>
            void run(() => claim({ variables: { ids: inPool.map((c) => c.id) } }), t('customers.bulk.claimed', { count: inPool.length }))
          }
        >
          {t('customers.bulk.claim')}
        </Button>
      )}
      {mayAssign && (
        <Button icon={<UserSwitchOutlined />} onClick={() => setDialog('assign')}>
          {t('customers.bulk.assign')}
        </Button>
      )}
      {writer && (
        <Popconfirm
          title={t('customers.bulk.confirmRelease', { count: owned.length })}
          description={t('customers.bulk.releaseFollowUps')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          disabled={!owned.length}
          onConfirm={() =>
            run(() => release({ variables: { ids: owned.map((c) => c.id) } }), t('customers.bulk.released', { count: owned.length }))
          }
        >
          <Button icon={<InboxOutlined />} disabled={!owned.length} loading={releasing.loading}>
            {t('customers.bulk.release')}
          </Button>
        </Popconfirm>
      )}
      <Button type="link" onClick={onDone}>
        {t('customers.bulk.clear')}
      </Button>

      <Modal
        open={dialog === 'tag'}
        title={t('customers.bulk.tagTitle', { count: selected.length })}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        confirmLoading={tagging.loading}
        onOk={() => tagForm.submit()}
        onCancel={close}
        afterClose={() => tagForm.resetFields()}
        forceRender
      >
        {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
        <Form
          form={tagForm}
          layout="vertical"
          name="bulk-tag"
          onFinish={(values) =>
            void run(
              () =>
                tagCustomers({
                  variables: { input: { customerIds: ids, addTagIds: values.add ?? [], removeTagIds: values.remove ?? [] } },
                }),
              t('customers.bulk.tagged', { count: selected.length }),
            ).then((ok) => ok && close())
          }
        >
          <Form.Item name="add" label={t('customers.bulk.addTags')}>
            <TagSelect style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="remove" label={t('customers.bulk.removeTags')}>
            <TagSelect style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        open={dialog === 'assign'}
        title={t('customers.bulk.assignTitle', { count: selected.length })}
        okText={t('customers.bulk.assign')}
        cancelText={t('common.cancel')}
        confirmLoading={assigning.loading}
        onOk={() => assignForm.submit()}
        onCancel={close}
        afterClose={() => assignForm.resetFields()}
        forceRender
      >
        {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
        <Form
          form={assignForm}
          layout="vertical"
          name="bulk-assign"
          onFinish={(values) =>
            void run(
              () => assign({ variables: { ids, userId: values.userId } }),
              t('customers.bulk.assigned', { count: selected.length }),
            ).then((ok) => ok && close())
          }
        >
          <Form.Item name="userId" label={t('customers.bulk.assignTo')} rules={[{ required: true, message: t('validation.required') }]}>
            <UserSelect style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
