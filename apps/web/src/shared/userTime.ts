import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * Times are shown and entered on the signed-in user's clock (the time zone saved on their account),
 * not the browser's: the server counts a follow-up as "due today" in that zone, so a laptop set to
 * another zone (a trip, a borrowed machine) must not move it to another day on screen. Held here like
 * dayjs' locale: set once the session is known, read wherever a time is formatted.
 */
let userZone = dayjs.tz.guess();

type Instant = string | Date | Dayjs;

export function applyTimeZone(zone: string): void {
  userZone = zone;
}

export function userTimeZone(): string {
  return userZone;
}

/** Every time zone the browser knows, for pickers. */
export function knownTimeZones(): string[] {
  return Intl.supportedValuesOf('timeZone');
}

/** An instant as it reads on the user's clock (or on another zone's). */
export function userClock(at: Instant = new Date(), zone = userZone): Dayjs {
  return dayjs(at).tz(zone);
}

export function formatInstant(at: Instant, pattern = 'YYYY-MM-DD HH:mm', zone = userZone): string {
  return userClock(at, zone).format(pattern);
}

/** Today's date on the user's clock, as the API writes dates (YYYY-MM-DD). */
export function userToday(): string {
  return formatInstant(new Date(), 'YYYY-MM-DD');
}

const WALL_TIME = 'YYYY-MM-DDTHH:mm:ss';

/**
 * antd's pickers and calendar read and build their values on the browser's clock. An instant becomes
 * a value whose fields (date, hour, minute) are the user's wall time…
 */
export function toPickerValue(at: Instant = new Date()): Dayjs {
  return dayjs(userClock(at).format(WALL_TIME));
}

/** …and a picked wall time is read on the user's clock to give the instant (ISO 8601) it means. */
export function fromPickerValue(value: Dayjs): string {
  return dayjs.tz(value.format(WALL_TIME), userZone).toISOString();
}
