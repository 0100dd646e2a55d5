const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a calendar date written as YYYY-MM-DD (no time, no zone): 2026-02-30 is not. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  // Date.UTC rolls 2024-02-30 over to March, so compare the round trip.
  return date !== undefined && date.toISOString().slice(0, 10) === value;
}
