import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { userToday } from '../../../shared/userTime';
import { daysUntilNext } from './keyDates';

/** Days ahead within which a yearly date is flagged; the dashboard's key dates look as far ahead. */
export const KEY_DATE_SOON_DAYS = 30;

/** "Today", "Tomorrow" or "In N days" beside a birthday or anniversary coming round soon; nothing otherwise. */
export function KeyDateSoon({ date }: { date: string }) {
  const { t } = useTranslation();
  const days = daysUntilNext(date, userToday());
  if (days > KEY_DATE_SOON_DAYS) return null;
  return (
    <Tag color={days === 0 ? 'magenta' : undefined} style={{ marginInlineStart: 8 }} data-testid="key-date-soon">
      {days === 0 ? t('dashboard.keyDates.today') : days === 1 ? t('dashboard.keyDates.tomorrow') : t('dashboard.keyDates.inDays', { count: days })}
    </Tag>
  );
}
