import { isIsoDate } from '@tradewind/shared';
import { PaymentTermsError } from './payment-terms';

const DAY_MS = 86_400_000;

export { isIsoDate };

/** Checks a calendar date written as YYYY-MM-DD (no time, no zone). */
export function assertIsoDate(value: string, name: string, nameZh = '日期'): void {
  if (!isIsoDate(value)) {
    throw new PaymentTermsError(
      'INVALID_DATE',
      `${name} "${value}" is not a calendar date written as YYYY-MM-DD`,
      `${nameZh}“${value}”不是 YYYY-MM-DD 格式的有效日期`,
    );
  }
}

/** Adds whole days to a calendar date; UTC arithmetic so no daylight-saving shift can move the day. */
export function addDays(isoDate: string, days: number): string {
  assertIsoDate(isoDate, 'date');
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from one calendar date to another (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
