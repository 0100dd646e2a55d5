import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { actorUserId, BindValue, currentActor, dataScopeOf, EventPublisher, positionalBinder, TransactionHost, Transactional, UsersService } from '@tradewind/platform';
import { companyToday } from '@tradewind/shared';
import { customerScopeCondition } from '../customer/customer-scope';

export const KEY_DATE_KINDS = ['birthday', 'company_anniversary'] as const;
export type KeyDateKind = (typeof KEY_DATE_KINDS)[number];

/** How far ahead a list of key dates may look: a year. */
export const MAX_KEY_DATE_DAYS = 366;
/** Days ahead of a key date that its customer's owner is reminded (today included). */
export const KEY_DATE_NOTICE_DAYS = 3;

/** A contact's birthday or a customer's company anniversary, as it next comes round. */
export interface KeyDate {
  kind: KeyDateKind;
  /** YYYY-MM-DD: the next time it comes round, today or later (a 29 February falls on the 28th in other years). */
  occursOn: string;
  /** Years since the recorded date on that day: the age turned, or the years the company has existed. */
  years: number;
  customerId: string;
  customerName: string;
  ownerId: string | null;
  /** The contact whose birthday it is; null for a company anniversary. */
  contactId: string | null;
  contactName: string | null;
}

interface KeyDateRow {
  kind: KeyDateKind;
  occurs_on: string;
  years: number;
  customer_id: string;
  customer_name: string;
  owner_id: string | null;
  contact_id: string | null;
  contact_name: string | null;
  total: number;
}

function keyDate(row: KeyDateRow): KeyDate {
  return {
    kind: row.kind,
    occursOn: row.occurs_on,
    years: row.years,
    customerId: row.customer_id,
    customerName: row.customer_name,
    ownerId: row.owner_id,
    contactId: row.contact_id,
    contactName: row.contact_name,
  };
}

/** A date's month and day as one number (MMDD), as the month-day indexes of migration 1795769600000 hold it. */
function monthDay(column: string): string {
  return `(extract(month from ${column}) * 100 + extract(day from ${column}))::int`;
}

/**
 * The month-days (MMDD) of the `days` days from `today` on, and 29 February where they hold the 28th
 * of a year without a 29th (such a date comes round on the 28th); null when they cover the whole year.
 */
export function monthDaysInWindow(today: string, days: number): number[] | null {
  if (days >= 365) return null;
  const first = DateTime.fromISO(today);
  const monthDays: number[] = [];
  for (let day = 0; day <= days; day++) {
    const date = first.plus({ days: day });
    monthDays.push(date.month * 100 + date.day);
    if (date.month === 2 && date.day === 28 && !date.isInLeapYear) monthDays.push(229);
  }
  return monthDays;
}

/**
 * A test on `column` that keeps the dates whose month and day come in the window, so PostgreSQL reads
 * only those through the month-day index: a list of MMDD values, which it looks up one by one (ranges
 * joined by OR made it read the whole index). The exact test on the next occurrence follows.
 */
function monthDayWindow(column: string, today: string, days: number, bind: BindValue): string {
  const monthDays = monthDaysInWindow(today, days);
  return monthDays ? `${monthDay(column)} = ANY(${bind('monthDays', monthDays)}::int[])` : 'true';
}

/**
 * Key dates of the customers `customerCondition` (on alias c) selects, coming round from `today` to
 * `today + days` inclusive, soonest first. A date's occurrence in a year is the recorded date moved by
 * whole years (PostgreSQL's interval arithmetic puts 29 February on the 28th in other years).
 */
function keyDatesSql(customerCondition: string, today: string, days: number, bind: BindValue): string {
  const from = bind('today', today);
  const until = bind('days', days);
  const customers = `c.merged_into_id IS NULL AND ${customerCondition}`;
  const monthDays = (column: string) => monthDayWindow(column, today, days, bind);
  return `
    WITH recorded AS (
      SELECT 'birthday' AS kind, ct.birthday AS since, c.id AS customer_id, c.name AS customer_name, c.owner_id, ct.id AS contact_id, ct.name AS contact_name
      FROM contact ct JOIN customer c ON c.id = ct.customer_id
      WHERE ct.birthday IS NOT NULL AND ${monthDays('ct.birthday')} AND ${customers}
      UNION ALL
      SELECT 'company_anniversary', c.company_anniversary, c.id, c.name, c.owner_id, NULL, NULL
      FROM customer c
      WHERE c.company_anniversary IS NOT NULL AND ${monthDays('c.company_anniversary')} AND ${customers}
    ),
    coming AS (
      -- This year's occurrence, or next year's once it has passed.
      SELECT r.*, CASE WHEN t.this_year >= ${from}::date THEN t.this_year ELSE (r.since + make_interval(years => a.age + 1))::date END AS occurs_on
      FROM recorded r
      CROSS JOIN LATERAL (SELECT extract(year from ${from}::date)::int - extract(year from r.since)::int AS age) a
      CROSS JOIN LATERAL (SELECT (r.since + make_interval(years => a.age))::date AS this_year) t
    )
    SELECT kind, to_char(occurs_on, 'YYYY-MM-DD') AS occurs_on, extract(year from occurs_on)::int - extract(year from since)::int AS years,
      customer_id, customer_name, owner_id, contact_id, contact_name, count(*) OVER ()::int AS total
    FROM coming
    -- A date recorded in the future (a typing slip) comes round only after it.
    WHERE occurs_on <= ${from}::date + ${until}::int AND occurs_on > since
    ORDER BY occurs_on, kind, customer_name, customer_id, contact_name, contact_id`;
}

/**
 * Contacts' birthdays and customers' company anniversaries: the ones coming up, for a salesperson to
 * send greetings in time, and a reminder to each customer's owner a few days before.
 */
@Injectable()
export class KeyDatesService {
  constructor(
    readonly tx: TransactionHost,
    private readonly events: EventPublisher,
    private readonly users: UsersService,
  ) {}

  /**
   * Key dates of the customers the caller may see (only those `ownerId` owns, when given) coming round
   * within `days` from today in the caller's time zone, soonest first.
   */
  async upcoming(filter: { days: number; ownerId?: string }, offset: number, limit: number): Promise<{ items: KeyDate[]; total: number }> {
    const actor = currentActor();
    const parameters: unknown[] = [];
    const bind = positionalBinder(parameters);
    const conditions = [customerScopeCondition(dataScopeOf(actor), 'c', bind) ?? 'true'];
    if (filter.ownerId) conditions.push(`c.owner_id = ${bind('ownerId', filter.ownerId)}`);
    const today = await this.todayOf(actorUserId(actor));
    const sql = `${keyDatesSql(conditions.join(' AND '), today, filter.days, bind)} OFFSET ${bind('offset', offset)} LIMIT ${bind('limit', limit)}`;
    const rows: KeyDateRow[] = await this.tx.manager.query(sql, parameters);
    // An offset past the end returns no row to read the total from: count again without one.
    const total = rows[0]?.total ?? (offset > 0 ? (await this.upcoming(filter, 0, 1)).total : 0);
    return { items: rows.map(keyDate), total };
  }

  /**
   * Daily: tells each owner of the key dates of their customers coming round within
   * KEY_DATE_NOTICE_DAYS (company calendar), each occurrence once however often this runs.
   * Returns how many reminders it published.
   */
  @Transactional()
  async remindOwners(now = new Date()): Promise<number> {
    const parameters: unknown[] = [];
    const bind = positionalBinder(parameters);
    const owned = 'c.owner_id IS NOT NULL AND c.owner_id IN (SELECT u.id FROM app_user u WHERE u.active)';
    const rows: KeyDateRow[] = await this.tx.manager.query(keyDatesSql(owned, companyToday(now), KEY_DATE_NOTICE_DAYS - 1, bind), parameters);
    if (rows.length === 0) return 0;
    // key_date_reminder remembers what was told: a second run the same day (or a retry) tells nothing again.
    const told: { kind: KeyDateKind; subject_id: string; occurs_on: string }[] = await this.tx.manager.query(
      `INSERT INTO key_date_reminder (kind, subject_id, occurs_on)
       SELECT kind, subject_id, occurs_on FROM jsonb_to_recordset($1::jsonb) AS x(kind text, subject_id uuid, occurs_on date)
       ON CONFLICT DO NOTHING
       RETURNING kind, subject_id, to_char(occurs_on, 'YYYY-MM-DD') AS occurs_on`,
      [JSON.stringify(rows.map((r) => ({ kind: r.kind, subject_id: r.contact_id ?? r.customer_id, occurs_on: r.occurs_on })))],
    );
    const isNew = new Set(told.map((t) => `${t.kind} ${t.subject_id} ${t.occurs_on}`));
    const fresh = rows.filter((r) => isNew.has(`${r.kind} ${r.contact_id ?? r.customer_id} ${r.occurs_on}`));
    await this.events.publishMany(
      fresh.map((r) => ({
        name: 'crm.keyDate.approaching' as const,
        payload: { kind: r.kind, occursOn: r.occurs_on, years: r.years, customerId: r.customer_id, ownerId: r.owner_id!, contactId: r.contact_id, contactName: r.contact_name },
      })),
    );
    return fresh.length;
  }

  private async todayOf(userId: string | null): Promise<string> {
    return DateTime.now().setZone(await this.users.timeZoneOf(userId)).toISODate()!;
  }
}
