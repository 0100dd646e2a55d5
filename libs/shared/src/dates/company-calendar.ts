/**
 * The time zone the company's calendar runs in: the date an order or invoice is dated, the day a
 * quotation expires, the hour nightly jobs run. The users are exporters in China, whose morning is
 * still the previous day in UTC (an order entered at 07:00 on 1 January would be dated the year before).
 */
export const COMPANY_TIME_ZONE = 'Asia/Shanghai';

// en-CA formats dates as YYYY-MM-DD.
const companyDate = new Intl.DateTimeFormat('en-CA', { timeZone: COMPANY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The company's calendar date at `now`, as YYYY-MM-DD. */
export function companyToday(now: Date = new Date()): string {
  return companyDate.format(now);
}
