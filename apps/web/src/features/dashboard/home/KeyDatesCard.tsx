import { GiftOutlined, TrophyOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Alert, Button, Card, List, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCurrentUser } from '../../../app/session/CurrentUser';
import { problemText, serverProblem } from '../../../shared/serverProblem';
import { KEY_DATE_SOON_DAYS, KeyDateSoon } from '../../customers/shared/KeyDateSoon';
import { DashboardKeyDatesQuery } from './dashboard.graphql';

/** How far ahead the card looks: as far as dates are flagged as coming soon. */
const DAYS_AHEAD = KEY_DATE_SOON_DAYS;
/** Dates shown at first and added by each "show more" (a page holds at most 100). */
const STEP = 8;
const MOST = 100;

/**
 * Birthdays of the contacts and founding anniversaries of the customers the user owns, coming round
 * in the next weeks: a reason to write before the day, not after.
 */
export function KeyDatesCard() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [first, setFirst] = useState(STEP);
  const { data, loading, error } = useQuery(DashboardKeyDatesQuery, { variables: { me: user.id, days: DAYS_AHEAD, first }, fetchPolicy: 'cache-and-network' });
  const dates = data?.upcomingKeyDates;
  return (
    <Card data-testid="key-dates" title={t('dashboard.keyDates.title', { days: DAYS_AHEAD })} extra={dates ? <Typography.Text type="secondary">{dates.totalCount}</Typography.Text> : null}>
      {error && !data ? (
        <Alert type="error" showIcon message={problemText(serverProblem(error), t)} />
      ) : (
        <List
          loading={loading && !data}
          dataSource={dates?.nodes ?? []}
          locale={{ emptyText: t('dashboard.keyDates.empty', { days: DAYS_AHEAD }) }}
          renderItem={(date) => (
            <List.Item extra={<KeyDateSoon date={date.occursOn} />}>
              <List.Item.Meta
                avatar={date.kind === 'birthday' ? <GiftOutlined /> : <TrophyOutlined />}
                title={
                  date.kind === 'birthday'
                    ? t('dashboard.keyDates.birthday', { contact: date.contactName, years: date.years })
                    : t('dashboard.keyDates.anniversary', { customer: date.customerName, years: date.years })
                }
                description={
                  <>
                    {dayjs(date.occursOn).format(t('dashboard.keyDates.dateFormat'))} · <Link to={`/customers/${date.customerId}`}>{date.customerName}</Link>
                  </>
                }
              />
            </List.Item>
          )}
          loadMore={
            dates?.pageInfo.hasNextPage && first < MOST ? (
              <Button type="link" block loading={loading} onClick={() => setFirst(Math.min(first + STEP, MOST))}>
                {t('dashboard.keyDates.more')}
              </Button>
            ) : null
          }
        />
      )}
    </Card>
  );
}
