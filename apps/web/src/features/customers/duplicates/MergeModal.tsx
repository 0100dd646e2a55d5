import { useMutation } from '@apollo/client';
import { Alert, Card, Col, Descriptions, Modal, Radio, Row, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuplicateCustomerFieldsFragment } from '../../../gql/graphql';
import { problemText, serverProblem } from '../../../shared/serverProblem';
import { formatInstant } from '../../../shared/userTime';
import { evictCustomerLists, evictFollowUps } from '../shared/cache';
import { countryName } from '../shared/countries';
import { CustomerTagChip, GradeTag, MatchRuleTag, StageTag } from '../shared/labels';
import { MergeCustomersMutation } from './duplicates.graphql';
import { useImportText } from '../shared/importTexts';
import { suggestedSurvivor } from './suggestedSurvivor';

export interface DuplicatePairToMerge {
  a: DuplicateCustomerFieldsFragment;
  b: DuplicateCustomerFieldsFragment;
  matchedOn: string;
  reason: string;
}

interface MergeModalProps {
  pair: DuplicatePairToMerge | null;
  onClose: () => void;
  onMerged: (survivor: { id: string; name: string }, merged: DuplicateCustomerFieldsFragment) => void;
}

function CustomerSide({ customer }: { customer: DuplicateCustomerFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <Descriptions size="small" column={1} labelStyle={{ width: 96 }}>
      <Descriptions.Item label={t('customers.fields.name')}>
        <Space direction="vertical" size={0}>
          <Typography.Text strong>{customer.name}</Typography.Text>
          {customer.localName && <Typography.Text type="secondary">{customer.localName}</Typography.Text>}
        </Space>
      </Descriptions.Item>
      <Descriptions.Item label={t('customers.fields.country')}>{customer.country ? countryName(customer.country) : '—'}</Descriptions.Item>
      <Descriptions.Item label={t('customers.fields.city')}>{customer.city ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('customers.fields.website')}>{customer.website ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('customers.fields.stage')}>
        <Space size={4}>
          <StageTag stage={customer.stage} />
          <GradeTag grade={customer.grade} />
        </Space>
      </Descriptions.Item>
      <Descriptions.Item label={t('customers.fields.owner')}>{customer.owner?.displayName ?? t('customers.inPool')}</Descriptions.Item>
      <Descriptions.Item label={t('customers.orders.orders')}>{customer.keyFigures.orderCount}</Descriptions.Item>
      <Descriptions.Item label={t('customers.contacts.title')}>
        {customer.contacts.length ? (
          <Space direction="vertical" size={0}>
            {customer.contacts.map((contact) => (
              <Typography.Text key={contact.id}>
                {contact.name}
                {contact.emails[0] && <Typography.Text type="secondary"> · {contact.emails[0]}</Typography.Text>}
              </Typography.Text>
            ))}
            {customer.contactCount > customer.contacts.length && (
              <Typography.Text type="secondary">{t('duplicates.merge.moreContacts', { count: customer.contactCount - customer.contacts.length })}</Typography.Text>
            )}
          </Space>
        ) : (
          '—'
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('customers.fields.tags')}>
        {customer.tags.length ? customer.tags.map((tag) => <CustomerTagChip key={tag.id} tag={tag} />) : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('customers.fields.createdAt')}>{formatInstant(customer.createdAt, 'YYYY-MM-DD')}</Descriptions.Item>
      <Descriptions.Item label={t('customers.fields.lastActivityAt')}>
        {customer.lastActivityAt ? formatInstant(customer.lastActivityAt, 'YYYY-MM-DD') : t('customers.noActivity')}
      </Descriptions.Item>
    </Descriptions>
  );
}

/** Both records side by side; the user picks the one that stays, the other's contacts, history and tags move into it. */
export function MergeModal({ pair, onClose, onMerged }: MergeModalProps) {
  const { t } = useTranslation();
  const importText = useImportText();
  const [survivorId, setSurvivorId] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [merge, { loading }] = useMutation(MergeCustomersMutation);

  useEffect(() => {
    if (pair) setSurvivorId(suggestedSurvivor(pair.a, pair.b).id);
    setFailure(null);
  }, [pair]);

  if (!pair) return <Modal open={false} />;
  const survivor = survivorId === pair.b.id ? pair.b : pair.a;
  const merged = survivor === pair.a ? pair.b : pair.a;

  const submit = async (): Promise<void> => {
    setFailure(null);
    try {
      const { data } = await merge({
        variables: { survivorId: survivor.id, mergedId: merged.id },
        update(cache) {
          cache.evict({ id: cache.identify({ __typename: 'Customer', id: merged.id }) });
          cache.evict({ id: cache.identify({ __typename: 'Customer', id: survivor.id }) });
          evictCustomerLists(cache);
          evictFollowUps(cache);
          cache.gc();
        },
      });
      if (data) onMerged(data.mergeCustomers, merged);
    } catch (error) {
      setFailure(problemText(serverProblem(error), t));
    }
  };

  return (
    <Modal
      open
      title={t('duplicates.merge.title')}
      okText={t('duplicates.merge.submit', { name: survivor.name })}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true }}
      confirmLoading={loading}
      onOk={() => void submit()}
      onCancel={onClose}
      width={920}
    >
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        <Alert
          type="info"
          showIcon
          message={
            <Space size={6} wrap>
              <MatchRuleTag rule={pair.matchedOn} />
              {importText(pair.reason)}
            </Space>
          }
          description={t('duplicates.merge.intro')}
        />
        {failure && <Alert type="error" showIcon message={failure} />}
        <Radio.Group value={survivor.id} onChange={(event) => setSurvivorId(String(event.target.value))} style={{ width: '100%' }}>
          <Row gutter={16}>
            {[pair.a, pair.b].map((customer) => (
              <Col span={12} key={customer.id}>
                <Card
                  size="small"
                  data-testid={`merge-side-${customer.id}`}
                  title={
                    <Radio value={customer.id}>
                      {customer.id === survivor.id ? t('duplicates.merge.keeps') : t('duplicates.merge.keepThis')}
                    </Radio>
                  }
                  style={{ borderColor: customer.id === survivor.id ? '#0b6bcb' : undefined, height: '100%' }}
                >
                  <CustomerSide customer={customer} />
                </Card>
              </Col>
            ))}
          </Row>
        </Radio.Group>
        <Alert type="warning" showIcon message={t('duplicates.merge.warning', { merged: merged.name, survivor: survivor.name })} />
      </Space>
    </Modal>
  );
}
