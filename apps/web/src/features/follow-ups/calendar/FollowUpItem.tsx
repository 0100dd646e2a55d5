import { CheckOutlined } from '@ant-design/icons';
import { Button, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CalendarFollowUpFieldsFragment } from '../../../gql/graphql';
import { formatInstant } from '../../../shared/userTime';
import { isFollowUpType } from '../../customers/shared/labels';

interface FollowUpItemProps {
  followUp: CalendarFollowUpFieldsFragment;
  /** Show the date as well as the time (lists spanning days). */
  withDate?: boolean;
  onComplete: (followUp: CalendarFollowUpFieldsFragment) => void;
}

/** One follow-up: when, with whom, how, what about; open ones can be completed. */
export function FollowUpItem({ followUp, withDate = false, onComplete }: FollowUpItemProps) {
  const { t } = useTranslation();
    const done = Boolean(followUp.doneAt);
  const overdue = !done && dayjs(followUp.dueAt).isBefore(dayjs());
  return (
    <Space align="start" style={{ width: '100%', justifyContent: 'space-between' }} data-testid="follow-up-item">
      <Space direction="vertical" size={0}>
        <Space size={6} wrap>
          <Typography.Text type={overdue ? 'danger' : done ? 'secondary' : undefined} strong delete={done}>
            {formatInstant(followUp.dueAt, withDate ? 'MM-DD HH:mm' : 'HH:mm')}
          </Typography.Text>
          {followUp.customer ? <Link to={`/customers/${followUp.customer.id}`}>{followUp.customer.name}</Link> : null}
          <Tag>{isFollowUpType(followUp.type) ? t(`customers.followUpTypes.${followUp.type}`) : followUp.type}</Tag>
          {overdue && <Tag color="error">{t('customers.followUps.overdue')}</Tag>}
          {done && <Tag color="success">{t('followUps.done')}</Tag>}
        </Space>
        {followUp.note && <Typography.Text type="secondary">{followUp.note}</Typography.Text>}
        {followUp.assignee && (
          <Typography.Text type="secondary">{t('customers.followUps.assignedTo', { name: followUp.assignee.displayName })}</Typography.Text>
        )}
      </Space>
      {!done && (
        <Button size="small" icon={<CheckOutlined />} onClick={() => onComplete(followUp)}>
          {t('customers.followUps.complete')}
        </Button>
      )}
    </Space>
  );
}
