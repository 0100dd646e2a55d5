import { CalendarOutlined, EditOutlined, InboxOutlined, MessageOutlined, UserAddOutlined, UserSwitchOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client';
import { App, Button, Card, Descriptions, Flex, Form, Modal, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/session/CurrentUser';
import type { CustomerDetailFieldsFragment } from '../../../gql/graphql';
import { problemText, serverProblem } from '../../../shared/serverProblem';
import { formatInstant } from '../../../shared/userTime';
import { evictCustomerLists } from '../shared/cache';
import { countryName } from '../shared/countries';
import { AssignCustomersMutation, ClaimCustomersMutation, ReleaseCustomersMutation } from '../shared/customer.graphql';
import { GradeTag, StageTag } from '../shared/labels';
import { useGradeReason } from '../shared/gradeReason';
import { UserSelect } from '../shared/UserSelect';
import { TagsEditor } from './TagsEditor';

interface CustomerHeaderProps {
  customer: CustomerDetailFieldsFragment;
  onEdit: () => void;
  onLogActivity: () => void;
  onNewFollowUp: () => void;
}

/** Who the customer is at a glance: names, country, stage, grade and why, owner, tags; and what to do next. */
export function CustomerHeader({ customer, onEdit, onLogActivity, onNewFollowUp }: CustomerHeaderProps) {
  const { t } = useTranslation();
  const gradeReason = useGradeReason(customer.gradeBasis);
  const { message } = App.useApp();
  const me = useCurrentUser();
  const [assigning, setAssigning] = useState(false);
  const [assignForm] = Form.useForm<{ userId: string }>();
  const writer = me.role === 'admin' || me.role === 'manager' || me.role === 'sales';
  const mayClaim = customer.inPool && (me.role === 'sales' || me.role === 'manager');
  const mayRelease = !customer.inPool && (me.role === 'admin' || me.role === 'manager' || customer.ownerId === me.id);
  const mayAssign = me.role === 'admin' || me.role === 'manager';
  // The timeline records the change of owner too: it is refetched with the page.
  const ownership = { update: evictCustomerLists, refetchQueries: ['CustomerDetail', 'CustomerTimeline'] };
  const [claim, claiming] = useMutation(ClaimCustomersMutation, ownership);
  const [release, releasing] = useMutation(ReleaseCustomersMutation, ownership);
  const [assign, assigningNow] = useMutation(AssignCustomersMutation, ownership);

  const run = async (action: () => Promise<unknown>, done: string): Promise<boolean> => {
    try {
      await action();
      void message.success(done);
      return true;
    } catch (error) {
      void message.error(problemText(serverProblem(error), t));
      return false;
    }
  };

  return (
    <Card>
      <Flex justify="space-between" align="flex-start" wrap gap={16}>
        <Space direction="vertical" size={4}>
          <Space align="baseline" wrap>
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="customer-name">
              {customer.name}
            </Typography.Title>
            {customer.localName && (
              <Typography.Text type="secondary" style={{ fontSize: 16 }}>
                {customer.localName}
              </Typography.Text>
            )}
          </Space>
          <Space wrap size={[8, 4]}>
            {customer.country && <Tag>{countryName(customer.country)}</Tag>}
            <StageTag stage={customer.stage} />
            <GradeTag grade={customer.grade} basis={customer.gradeBasis} />
            {gradeReason && (
              <Typography.Text type="secondary" data-testid="grade-reason">
                {t('customers.detail.gradeReason', { reason: gradeReason })}
              </Typography.Text>
            )}
          </Space>
        </Space>
        <Space wrap>
          {writer && (
            <Button icon={<EditOutlined />} onClick={onEdit}>
              {t('customers.detail.edit')}
            </Button>
          )}
          <Button icon={<MessageOutlined />} onClick={onLogActivity}>
            {t('customers.activity.logOpen')}
          </Button>
          {writer && (
            <Button icon={<CalendarOutlined />} onClick={onNewFollowUp}>
              {t('customers.followUps.create')}
            </Button>
          )}
          {mayClaim && (
            <Button
              type="primary"
              icon={<UserAddOutlined />}
              loading={claiming.loading}
              onClick={() =>
                void run(() => claim({ variables: { ids: [customer.id] } }), t('customers.detail.claimed', { name: customer.name }))
              }
            >
              {t('customers.bulk.claim')}
            </Button>
          )}
          {mayAssign && (
            <Button icon={<UserSwitchOutlined />} onClick={() => setAssigning(true)}>
              {t('customers.bulk.assign')}
            </Button>
          )}
          {mayRelease && writer && (
            <Popconfirm
              title={t('customers.detail.confirmRelease', { name: customer.name })}
              description={t('customers.bulk.releaseFollowUps')}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={() =>
                run(() => release({ variables: { ids: [customer.id] } }), t('customers.detail.released', { name: customer.name }))
              }
            >
              <Button icon={<InboxOutlined />} loading={releasing.loading}>
                {t('customers.bulk.release')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      </Flex>
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }} style={{ marginTop: 16 }}>
        <Descriptions.Item label={t('customers.fields.owner')}>
          {customer.owner ? customer.owner.displayName : <Tag color="default">{t('customers.inPool')}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={t('customers.fields.lastActivityAt')}>
          {customer.lastActivityAt ? formatInstant(customer.lastActivityAt) : t('customers.noActivity')}
        </Descriptions.Item>
        <Descriptions.Item label={t('customers.fields.createdAt')}>{formatInstant(customer.createdAt, 'YYYY-MM-DD')}</Descriptions.Item>
        <Descriptions.Item label={t('customers.fields.website')}>
          {customer.website ? (
            <Typography.Link
              href={/^https?:\/\//i.test(customer.website) ? customer.website : `https://${customer.website}`}
              target="_blank"
              rel="noreferrer"
            >
              {customer.websiteDomain ?? customer.website}
            </Typography.Link>
          ) : (
            '—'
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('customers.fields.tags')} span={{ xs: 1, sm: 2, lg: 4 }}>
          <TagsEditor customerId={customer.id} tags={customer.tags} editable={writer} />
        </Descriptions.Item>
      </Descriptions>
      <Modal
        open={assigning}
        title={t('customers.detail.assignTitle', { name: customer.name })}
        okText={t('customers.bulk.assign')}
        cancelText={t('common.cancel')}
        confirmLoading={assigningNow.loading}
        onOk={() => assignForm.submit()}
        onCancel={() => setAssigning(false)}
        afterClose={() => assignForm.resetFields()}
        forceRender
      >
        <Form
          form={assignForm}
          layout="vertical"
          name="assign-customer"
          onFinish={(values) =>
            void run(
              () => assign({ variables: { ids: [customer.id], userId: values.userId } }),
              t('customers.detail.assigned', { name: customer.name }),
            ).then((ok) => ok && setAssigning(false))
          }
        >
          <Form.Item name="userId" label={t('customers.bulk.assignTo')} rules={[{ required: true, message: t('validation.required') }]}>
            <UserSelect style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
