import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Alert, Badge, Button, Card, Col, Empty, Flex, List, Row, Segmented, Space, Switch, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../app/session/CurrentUser';
import type { CalendarFollowUpFieldsFragment } from '../../../gql/graphql';
import { problemText, serverProblem } from '../../../shared/serverProblem';
import { UserClockCalendar } from '../../../shared/UserClockCalendar';
import { formatInstant, fromPickerValue, toPickerValue, userToday } from '../../../shared/userTime';
import { LogActivityModal } from '../../customers/shared/LogActivityModal';
import { FollowUpItem } from './FollowUpItem';
import { DueFollowUpsQuery, FollowUpsInRangeQuery } from './followUps.graphql';

type View = 'month' | 'week' | 'day';

function rangeOf(view: View, date: Dayjs): { from: Dayjs; to: Dayjs } {
  switch (view) {
    case 'month': {
      // The month grid shows the days of the neighbouring months that complete its weeks.
      const from = date.startOf('month').startOf('week');
      return { from, to: date.endOf('month').endOf('week').add(1, 'millisecond') };
    }
    case 'week':
      return { from: date.startOf('week'), to: date.startOf('week').add(1, 'week') };
    case 'day':
      return { from: date.startOf('day'), to: date.startOf('day').add(1, 'day') };
  }
}

/**
 * Follow-ups by month (calendar), week or day, beside what is due today or overdue; complete one by
 * logging what was done. Days are the user's (their saved time zone), as the server's "due today" is:
 * the calendar's dates are wall dates on that clock (see userTime).
 */
export function FollowUpsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [view, setView] = useState<View>('month');
  const [date, setDate] = useState<Dayjs>(() => toPickerValue());
  const [onlyMine, setOnlyMine] = useState(true);
  const [completing, setCompleting] = useState<CalendarFollowUpFieldsFragment | null>(null);
  const range = rangeOf(view, date);
  const assigneeId = onlyMine ? me.id : undefined;
  const inRange = useQuery(FollowUpsInRangeQuery, {
    variables: { from: fromPickerValue(range.from), to: fromPickerValue(range.to), assigneeId },
  });
  const due = useQuery(DueFollowUpsQuery, { variables: { assigneeId } });
  const followUps = (inRange.data ?? inRange.previousData)?.followUps;
  const dueList = (due.data ?? due.previousData)?.followUps;

  const byDay = useMemo(() => {
    const days = new Map<string, CalendarFollowUpFieldsFragment[]>();
    for (const followUp of followUps?.nodes ?? []) {
      const key = formatInstant(followUp.dueAt, 'YYYY-MM-DD');
      days.set(key, [...(days.get(key) ?? []), followUp]);
    }
    return days;
    // The days depend on the user's time zone too, which the user menu can change.
  }, [followUps, me.timeZone]);

  const step = (direction: 1 | -1): void => setDate(date.add(direction, view));
  const title =
    view === 'month'
      ? date.format(t('followUps.monthFormat'))
      : view === 'week'
        ? `${range.from.format('YYYY-MM-DD')} – ${range.to.subtract(1, 'day').format('YYYY-MM-DD')}`
        : date.format(t('followUps.dayFormat'));

  const days: Dayjs[] = [];
  if (view !== 'month') for (let day = range.from; day.isBefore(range.to); day = day.add(1, 'day')) days.push(day);

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={16}>
        <Card>
          <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
            <Space wrap>
              <Button icon={<LeftOutlined />} aria-label={t('followUps.previous')} onClick={() => step(-1)} />
              <Button onClick={() => setDate(toPickerValue())}>{t('followUps.today')}</Button>
              <Button icon={<RightOutlined />} aria-label={t('followUps.next')} onClick={() => step(1)} />
              <Typography.Title level={5} style={{ margin: 0 }} data-testid="calendar-title">
                {title}
              </Typography.Title>
            </Space>
            <Space wrap>
              <Space size={6}>
                <Switch checked={onlyMine} onChange={setOnlyMine} aria-label={t('followUps.onlyMine')} />
                <Typography.Text>{t('followUps.onlyMine')}</Typography.Text>
              </Space>
              <Segmented<View>
                value={view}
                onChange={setView}
                options={[
                  { value: 'month', label: t('followUps.views.month') },
                  { value: 'week', label: t('followUps.views.week') },
                  { value: 'day', label: t('followUps.views.day') },
                ]}
              />
            </Space>
          </Flex>
          {inRange.error && (
            <Alert type="error" showIcon message={problemText(serverProblem(inRange.error), t)} style={{ marginBottom: 12 }} />
          )}
          {followUps?.pageInfo.hasNextPage && (
            <Alert
              type="warning"
              showIcon
              message={t('followUps.tooMany', { shown: followUps.nodes.length, total: followUps.totalCount })}
              style={{ marginBottom: 12 }}
            />
          )}
          {view === 'month' ? (
            <UserClockCalendar
              value={date}
              headerRender={() => null}
              onSelect={(day, info) => {
                setDate(day);
                if (info.source === 'date') setView('day');
              }}
              cellRender={(current, info) => {
                if (info.type !== 'date') return info.originNode;
                const items = byDay.get(current.format('YYYY-MM-DD')) ?? [];
                return (
                  <div style={{ textAlign: 'start' }}>
                    {items.slice(0, 3).map((followUp) => (
                      <div
                        key={followUp.id}
                        // A month cell cuts the name to a few letters at laptop widths; hovering shows it whole.
                        title={`${formatInstant(followUp.dueAt, 'HH:mm')} ${followUp.customer?.name ?? ''}${followUp.note ? ` · ${followUp.note}` : ''}`}
                        style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', fontSize: 12, lineHeight: '20px' }}
                      >
                        <Badge status={followUp.doneAt ? 'default' : dayjs(followUp.dueAt).isBefore(dayjs()) ? 'error' : 'processing'} />{' '}
                        <Typography.Text
                          delete={Boolean(followUp.doneAt)}
                          type={followUp.doneAt ? 'secondary' : undefined}
                          style={{ fontSize: 12 }}
                        >
                          {formatInstant(followUp.dueAt, 'HH:mm')} {followUp.customer?.name}
                        </Typography.Text>
                      </div>
                    ))}
                    {items.length > 3 && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('followUps.more', { count: items.length - 3 })}
                      </Typography.Text>
                    )}
                  </div>
                );
              }}
            />
          ) : (
            <Space direction="vertical" size={12} style={{ width: '100%' }}>
              {days.map((day) => {
                const items = byDay.get(day.format('YYYY-MM-DD')) ?? [];
                return (
                  <Card
                    key={day.toISOString()}
                    size="small"
                    title={
                      <Space>
                        <Typography.Text strong>{day.format(t('followUps.dayFormat'))}</Typography.Text>
                        {day.format('YYYY-MM-DD') === userToday() && <Badge status="processing" text={t('followUps.today')} />}
                      </Space>
                    }
                    extra={<Typography.Text type="secondary">{t('followUps.count', { count: items.length })}</Typography.Text>}
                  >
                    {items.length ? (
                      <List
                        size="small"
                        dataSource={items}
                        renderItem={(followUp) => (
                          <List.Item>
                            <FollowUpItem followUp={followUp} onComplete={setCompleting} />
                          </List.Item>
                        )}
                      />
                    ) : (
                      <Typography.Text type="secondary">{t('followUps.nothing')}</Typography.Text>
                    )}
                  </Card>
                );
              })}
            </Space>
          )}
        </Card>
      </Col>
      <Col xs={24} xl={8}>
        <Card title={t('followUps.dueTitle', { count: dueList?.totalCount ?? 0 })} data-testid="due-follow-ups">
          {due.error && <Alert type="error" showIcon message={problemText(serverProblem(due.error), t)} />}
          {dueList && dueList.nodes.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('followUps.noneDue')} />
          ) : (
            <List
              size="small"
              loading={!dueList && !due.error}
              dataSource={dueList?.nodes ?? []}
              renderItem={(followUp) => (
                <List.Item>
                  <FollowUpItem followUp={followUp} withDate onComplete={setCompleting} />
                </List.Item>
              )}
            />
          )}
        </Card>
      </Col>
      {completing && (
        <LogActivityModal
          open
          customerId={completing.customerId}
          customerName={completing.customer?.name}
          followUp={completing}
          onClose={() => setCompleting(null)}
        />
      )}
    </Row>
  );
}
