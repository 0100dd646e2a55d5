import dayjs from 'dayjs';

/**
 * Days from `today` (YYYY-MM-DD) until a yearly date recorded as `recorded` (YYYY-MM-DD) next comes
 * round, 0 when it is today. A 29 February comes round on the 28th in other years, as the API counts it
 * (upcomingKeyDates).
 */
export function daysUntilNext(recorded: string, today: string): number {
  const day = dayjs(today);
  const [, month, date] = recorded.split('-').map(Number);
  const occurrence = (year: number) => {
    const leapYear = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const leapDayInCommonYear = month === 2 && date === 29 && !leapYear;
    return dayjs(`${year}-${String(month).padStart(2, '0')}-${leapDayInCommonYear ? '28' : String(date).padStart(2, '0')}`);
  };
  const thisYear = occurrence(day.year());
  const next = thisYear.isBefore(day, 'day') ? occurrence(day.year() + 1) : thisYear;
  return next.diff(day, 'day');
}
