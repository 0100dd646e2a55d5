/**
 * The time zone the company's calendar runs in: the date an order or invoice is dated, the day a
 * quotation expires, the hour nightly jobs run. Most users are exporters in China, whose morning is
 * still the previous day in UTC (an order entered at 07:00 on 1 January would be dated the year
 * before), hence the default; an installation elsewhere sets COMPANY_TIME_ZONE (see the platform's
 * config), and every process (API, worker, CLI) applies it when it starts.
 */
export const DEFAULT_COMPANY_TIME_ZONE = 'Asia/Shanghai';

// en-CA formats dates as YYYY-MM-DD.
function dateFormat(zone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
}

let zone = DEFAULT_COMPANY_TIME_ZONE;
let companyDate = dateFormat(zone);

/** Whether `name` is an IANA time zone this runtime knows (Europe/Berlin, Asia/Ho_Chi_Minh, UTC …). */
export function isKnownTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Sets the company's time zone for this process; refuses a zone the runtime does not know. */
export function setCompanyTimeZone(name: string): void {
  if (!isKnownTimeZone(name)) throw new RangeError(`unknown time zone "${name}"`);
  zone = name;
  companyDate = dateFormat(name);
}

export function companyTimeZone(): string {
  return zone;
}

/** The company's calendar date at `now`, as YYYY-MM-DD. */
export function companyToday(now: Date = new Date()): string {
  return companyDate.format(now);
}
