import { CheckOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Alert, Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { FollowUpFieldsFragment } from '../../../gql/graphql';
import { problemText, serverProblem } from '../../../shared/serverProblem';
import { formatInstant } from '../../../shared/userTime';
import { isFollowUpType } from '../shared/labels';
import { CustomerFollowUpsQuery } from './customer360.graphql';

interface FollowUpsCardProps {
  customerId: string;
  onComplete: (followUp: FollowUpFieldsFragment) => void;
  onCreate: () => void;
  mayCreate: boolean;
}

/** Open follow-ups, soonest first; completing one logs what was done. */
export function FollowUpsCard({ customerId, onComplete, onCreate, mayCreate }: FollowUpsCardProps) {
  const { t } = useTranslation();
  const { data, previousData, error } = useQuery(CustomerFollowUpsQuery, { variables: { customerId } });
  const followUps = (data ?? previousData)?.followUps;

  return (
    <Card
      title={t('customers.followUps.openTitle', { count: followUps?.totalCount ?? 0 })}
      data-testid="follow-ups-card"
      extra={
        mayCreate && (
          <Button size="small" onClick={onCreate}>
            {t('customers.followUps.create')}
          </Button>
        )
      }
    >
      {error && <Alert type="error" showIcon message={problemText(serverProblem(error), t)} />}
      {followUps && followUps.nodes.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('customers.followUps.none')} />
      ) : (
        <List
          size="small"
          loading={!followUps && !error}
          dataSource={followUps?.nodes ?? []}
          renderItem={(followUp) => {
            const overdue = dayjs(followUp.dueAt).isBefore(dayjs());
            return (
              <List.Item
                data-testid="open-follow-up"
                actions={[
                  <Button key="complete" size="small" type="link" icon={<CheckOutlined />} onClick={() => onComplete(followUp)}>
                    {t('customers.followUps.complete')}
                  </Button>,
                ]}
              >
                <List.Item.Meta
                  title={
                    <Space size={6} wrap>
                      <Typography.Text type={overdue ? 'danger' : undefined} strong>
                        {formatInstant(followUp.dueAt)}
                      </Typography.Text>
                      <Tag>{isFollowUpType(followUp.type) ? t(`customers.followUpTypes.${followUp.type}`) : followUp.type}</Tag>
                      {overdue && <Tag color="error">{t('customers.followUps.overdue')}</Tag>}
                      {followUp.origin === 'policy' && <Tag color="blue">{t('customers.followUps.byPolicy')}</Tag>}
                    </Space>
                  }
                  description={
                    <Space direction="vertical" size={0}>
                      {followUp.note && <Typography.Text>{followUp.note}</Typography.Text>}
                      {followUp.assignee && (
                        <Typography.Text type="secondary">
                          {t('customers.followUps.assignedTo', { name: followUp.assignee.displayName })}
                        </Typography.Text>
                      )}
                    </Space>
                  }
                />
              </List.Item>
            );
          }}
        />
      )}
    </Card>
  );
}
