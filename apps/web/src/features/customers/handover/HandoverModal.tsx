import { useApolloClient, useMutation } from '@apollo/client';
import { Alert, Button, Checkbox, Form, Modal, Radio, Result, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/session/CurrentUser';
import { formFailure, serverProblem, type ServerProblem } from '../../../shared/serverProblem';
import { evictCustomerLists, evictFollowUps } from '../shared/cache';
import { HandOverCustomersMutation, HandoverFromOptionsQuery, HandoverToOptionsQuery } from './handover.graphql';
import { HandoverPersonSelect, type HandoverPerson } from './HandoverPersonSelect';

interface HandoverValues {
  fromUserId: string;
  toUserId: string;
  scope: 'all' | 'selected';
  includeFollowUps: boolean;
  includeQuotations: boolean;
  includeOrders: boolean;
}

const REFUSALS_ABOUT_PEOPLE = new Set(['CRM_HANDOVER_RECIPIENT_ROLE', 'CRM_HANDOVER_RECIPIENT_INACTIVE', 'CRM_HANDOVER_OUTSIDE_TEAM']);

interface HandoverModalProps {
  open: boolean;
  onClose: () => void;
  /** Customers selected in the list, offered as "only these". */
  selectedCustomers?: readonly { id: string; ownerId?: string | null }[];
  /** Preselected person handing over (e.g. from the users list). */
  fromUserId?: string;
}

/** A colleague's customers (all, or the selected ones) and open work move to another colleague. */
export function HandoverModal({ open, onClose, selectedCustomers = [], fromUserId }: HandoverModalProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const client = useApolloClient();
  // Managers hand over within their own team (the API refuses anything else); admins anywhere.
  const withinTeam = me.role === 'manager';
  const teamId = withinTeam ? (me.teamId ?? undefined) : undefined;
  const [form] = Form.useForm<HandoverValues>();
  const [recipient, setRecipient] = useState<HandoverPerson | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [result, setResult] = useState<{ customers: number; followUps: number; quotations: number; orders: number } | null>(null);
  const from = Form.useWatch('fromUserId', form);
  const scope = Form.useWatch('scope', form);
  const [handOver, { loading }] = useMutation(HandOverCustomersMutation, {
    update(cache) {
      evictCustomerLists(cache);
      evictFollowUps(cache);
      cache.gc();
    },
  });
  // Only the selected customers that the person handing over owns can move.
  const selectedOfFrom = selectedCustomers.filter((customer) => customer.ownerId && customer.ownerId === from);

  const submit = async (values: HandoverValues): Promise<void> => {
    setFailure(null);
    if (values.scope === 'selected' && !selectedOfFrom.length) {
      setFailure(t('handover.noneSelectedOfFrom'));
      return;
    }
    try {
      const { data } = await handOver({
        variables: {
          input: {
            fromUserId: values.fromUserId,
            toUserId: values.toUserId,
            customerIds: values.scope === 'selected' ? selectedOfFrom.map((customer) => customer.id) : undefined,
            includeFollowUps: values.includeFollowUps,
            includeQuotations: values.includeQuotations,
            includeOrders: values.includeOrders,
          },
        },
      });
      if (data) setResult(data.handOverCustomers);
    } catch (error) {
      const problem = serverProblem(error);
      const recipientProblem = recipientProblemText(problem);
      if (problem.reason && REFUSALS_ABOUT_PEOPLE.has(problem.reason)) {
        // The lists were out of date (someone changed team, role or left): offer who is eligible now.
        void client.refetchQueries({ include: [HandoverFromOptionsQuery, HandoverToOptionsQuery] });
      }
      if (recipientProblem) {
        form.setFields([{ name: 'toUserId', errors: [recipientProblem] }]);
      } else if (problem.reason === 'CRM_HANDOVER_OUTSIDE_TEAM') {
        setFailure(t('handover.outsideTeam'));
      } else {
        setFailure(formFailure(form, problem, ['fromUserId', 'toUserId', 'customerIds'], t));
      }
    }
  };

  /** The refusal of a recipient in the reader's language (the server words it in English). */
  function recipientProblemText(problem: ServerProblem): string | null {
    if (!recipient) return null;
    switch (problem.reason) {
      case 'CRM_HANDOVER_RECIPIENT_ROLE':
        return t('handover.recipientCannotOwn', { name: recipient.displayName });
      case 'CRM_HANDOVER_RECIPIENT_INACTIVE':
        return t('handover.recipientInactive', { name: recipient.displayName });
      default:
        return null;
    }
  }

  return (
    <Modal
      open={open}
      title={t('handover.title')}
      onCancel={onClose}
      // A stray click beside the dialog must not throw away the choices of a handover (only Cancel and Esc close it).
      maskClosable={false}
      destroyOnHidden
      afterClose={() => {
        setResult(null);
        setFailure(null);
        setRecipient(undefined);
      }}
      width={580}
      footer={
        result ? (
          <Button type="primary" onClick={onClose}>
            {t('handover.close')}
          </Button>
        ) : (
          <Space>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="primary" loading={loading} onClick={() => form.submit()}>
              {t('handover.submit')}
            </Button>
          </Space>
        )
      }
    >
      {result ? (
        <Result
          status="success"
          title={t('handover.done')}
          subTitle={t('handover.result', { customers: result.customers, followUps: result.followUps, quotations: result.quotations, orders: result.orders })}
          data-testid="handover-result"
        />
      ) : (
        <>
          <Alert type="info" showIcon message={t('handover.intro')} style={{ marginBottom: 16 }} />
          {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
          <Form<HandoverValues>
            form={form}
            layout="vertical"
            name="handover"
            initialValues={{ fromUserId, scope: 'all', includeFollowUps: true, includeQuotations: true, includeOrders: true }}
            onFinish={(values) => void submit(values)}
          >
            <Form.Item
              name="fromUserId"
              label={t('handover.from')}
              extra={withinTeam ? t('handover.fromHintTeam') : undefined}
              rules={[{ required: true, message: t('validation.required') }]}
            >
              <HandoverPersonSelect side="from" teamId={teamId} nobody={withinTeam && !teamId} />
            </Form.Item>
            <Form.Item
              name="toUserId"
              label={t('handover.to')}
              extra={withinTeam ? t('handover.toHintTeam') : t('handover.toHint')}
              dependencies={['fromUserId']}
              rules={[
                { required: true, message: t('validation.required') },
                ({ getFieldValue }) => ({
                  validator: (_, value) =>
                    value && value === getFieldValue('fromUserId') ? Promise.reject(new Error(t('handover.sameUser'))) : Promise.resolve(),
                }),
              ]}
            >
              <HandoverPersonSelect side="to" teamId={teamId} nobody={withinTeam && !teamId} exclude={from} onPick={setRecipient} />
            </Form.Item>
            <Form.Item name="scope" label={t('handover.scope')}>
              <Radio.Group>
                <Space direction="vertical">
                  <Radio value="all">{t('handover.scopeAll')}</Radio>
                  <Radio value="selected" disabled={!selectedCustomers.length}>
                    {t('handover.scopeSelected', { count: selectedOfFrom.length, selected: selectedCustomers.length })}
                  </Radio>
                </Space>
              </Radio.Group>
            </Form.Item>
            {scope === 'selected' && from && selectedOfFrom.length === 0 && (
              <Alert type="warning" showIcon message={t('handover.noneSelectedOfFrom')} style={{ marginBottom: 16 }} />
            )}
            <Form.Item name="includeFollowUps" valuePropName="checked" style={{ marginBottom: 4 }}>
              <Checkbox>{t('handover.includeFollowUps')}</Checkbox>
            </Form.Item>
            <Form.Item name="includeQuotations" valuePropName="checked" style={{ marginBottom: 4 }}>
              <Checkbox>{t('handover.includeQuotations')}</Checkbox>
            </Form.Item>
            <Form.Item name="includeOrders" valuePropName="checked">
              <Checkbox>{t('handover.includeOrders')}</Checkbox>
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
