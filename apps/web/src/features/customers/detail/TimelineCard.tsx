import { MessageOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Alert, Button, Card, Empty, Select, Space, Tag, Timeline, Tooltip, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityType, CustomerStage, CustomerTimelineQuery } from '../../../gql/graphql';
import { CursorPager } from '../../../shared/CursorPager';
import { problemText, serverProblem } from '../../../shared/serverProblem';
import { useCursorPages } from '../../../shared/useCursorPages';
import { formatInstant } from '../../../shared/userTime';
import { ACTIVITY_TYPES, isOwnerChangeReason, STAGES } from '../shared/labels';
import { CustomerTimelineQuery as TimelineQuery } from './customer360.graphql';

type Activity = CustomerTimelineQuery['customer']['timeline']['nodes'][number];

const COLORS: Partial<Record<ActivityType, string>> = {
  call: 'green',
  email: 'blue',
  meeting: 'purple',
  note: 'gray',
  whatsapp: 'green',
  wechat: 'green',
  order: 'gold',
  owner_change: 'orange',
  status_change: 'cyan',
  follow_up: 'blue',
};

function parse(data: string | null | undefined): Record<string, unknown> {
  if (!data) return {};
  try {
    const value: unknown = JSON.parse(data);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function isStage(value: unknown): value is CustomerStage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}

/** Words for what the system recorded (stage and owner changes, merges). */
function systemText(activity: Activity, t: TFunction, userNames: ReadonlyMap<string, string>): string | null {
  const data = parse(activity.data);
  if (activity.type === 'status_change') {
    const merged = data.merged as { name?: unknown } | undefined;
    if (merged && typeof merged.name === 'string') return t('customers.timeline.merged', { name: merged.name });
    if (isStage(data.from) && isStage(data.to)) {
      const stages = { from: t(`customers.stages.${data.from}`), to: t(`customers.stages.${data.to}`) };
      return data.reason === 'first_order' ? t('customers.timeline.stageChangedByOrder', stages) : t('customers.timeline.stageChanged', stages);
    }
  }
  if (activity.type === 'owner_change') {
    const name = (id: unknown): string =>
      typeof id === 'string' ? (userNames.get(id) ?? t('customers.timeline.someone')) : t('customers.inPool');
    const reason = isOwnerChangeReason(data.reason) ? t(`customers.ownerReasons.${data.reason}`) : '';
    return t('customers.timeline.ownerChanged', { from: name(data.fromUserId), to: name(data.toUserId), reason });
  }
  return null;
}

interface TimelineCardProps {
  customerId: string;
  /** Names of people the timeline may mention (owners past and present). */
  userNames: ReadonlyMap<string, string>;
  onLogActivity: () => void;
}

/** Everything that happened with the customer, newest first, a page at a time. */
export function TimelineCard({ customerId, userNames, onLogActivity }: TimelineCardProps) {
  const { t } = useTranslation();
  const [types, setTypes] = useState<ActivityType[]>([]);
  const pages = useCursorPages(10);
  const { data, previousData, loading, error } = useQuery(TimelineQuery, {
    variables: { id: customerId, first: pages.pageSize, after: pages.after, types: types.length ? types : undefined },
    notifyOnNetworkStatusChange: true,
  });
  const timeline = (data ?? previousData)?.customer.timeline;

  return (
    <Card
      title={t('customers.timeline.title')}
      data-testid="timeline-card"
      extra={
        <Space wrap>
          <Select<ActivityType[]>
            mode="multiple"
            allowClear
            maxTagCount="responsive"
            placeholder={t('customers.timeline.allTypes')}
            aria-label={t('customers.timeline.allTypes')}
            value={types}
            onChange={(next) => {
              setTypes(next);
              pages.reset();
            }}
            options={ACTIVITY_TYPES.map((type) => ({ value: type, label: t(`customers.activityTypes.${type}`) }))}
            style={{ minWidth: 180 }}
          />
          <Button type="primary" icon={<MessageOutlined />} onClick={onLogActivity}>
            {t('customers.activity.logOpen')}
          </Button>
        </Space>
      }
    >
      {error && <Alert type="error" showIcon message={problemText(serverProblem(error), t)} style={{ marginBottom: 16 }} />}
      {timeline && timeline.nodes.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('customers.timeline.empty')} />
      ) : (
        <Timeline
          style={{ marginTop: 8 }}
          items={(timeline?.nodes ?? []).map((activity) => {
            const system = systemText(activity, t, userNames);
            return {
              key: activity.id,
              color: COLORS[activity.type] ?? 'gray',
              children: (
                <div data-testid="timeline-item">
                  <Space size={8} wrap>
                    <Tag color={COLORS[activity.type]}>{t(`customers.activityTypes.${activity.type}`)}</Tag>
                    <Tooltip title={formatInstant(activity.occurredAt, 'YYYY-MM-DD HH:mm:ss')}>
                      <Typography.Text type="secondary">{formatInstant(activity.occurredAt)}</Typography.Text>
                    </Tooltip>
                    {activity.author && <Typography.Text type="secondary">· {activity.author.displayName}</Typography.Text>}
                  </Space>
                  {activity.subject && (
                    <div>
                      <Typography.Text strong>{activity.subject}</Typography.Text>
                    </div>
                  )}
                  {system && <div>{system}</div>}
                  {activity.body && (
                    <Typography.Paragraph
                      style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}
                      ellipsis={{ rows: 4, expandable: true, symbol: t('customers.timeline.more') }}
                    >
                      {activity.body}
                    </Typography.Paragraph>
                  )}
                </div>
              ),
            };
          })}
        />
      )}
      {timeline && timeline.totalCount > 0 && (
        <CursorPager pages={pages} connection={timeline} loading={loading} />
      )}
    </Card>
  );
}
