import { decimal } from '@tradewind/shared';
import type { CustomerGrade } from '../customer/customer.entity';
import type { GradingThresholds } from '../settings/crm-settings.entity';

/** What grading looks at, for one customer. Dates are ISO (YYYY-MM-DD) or Date. */
export interface GradingFacts {
  stage: string;
  createdAt: Date;
  lastActivityAt: Date | null;
  orderCount: number;
  orders12m: number;
  /** Decimal string in the reporting currency. */
  revenue12m: string;
  firstOrderDate: string | null;
  lastOrderDate: string | null;
}

/**
 * Why a customer has its grade, as a code and the figures behind it, so each reader can say it in
 * its own language (the SPA in Chinese or English; describeGradeBasis in English for integrations).
 */
export type GradeBasis =
  | { code: 'marked_lost' }
  /** Had orders, then went silent: no order and no contact for longer than the lost threshold. */
  | { code: 'silent_after_orders'; monthsSinceOrder: number; monthsSinceContact: number }
  /** Had orders, but the next one is overdue (twice the usual interval, or the dormant threshold). */
  | { code: 'order_overdue'; daysSinceOrder: number; usualIntervalDays: number | null }
  /** Orders and revenue of the last 12 months, which decide VIP, key or regular. */
  | { code: 'order_figures'; orders12m: number; revenue12m: { amount: string; currency: string } }
  | { code: 'recent_contact_no_order'; daysSinceContact: number }
  | { code: 'quiet_no_order'; daysSinceContact: number }
  | { code: 'silent_no_order'; monthsSinceContact: number }
  | { code: 'never_contacted' };

export type GradeBasisCode = GradeBasis['code'];
export const GRADE_BASIS_CODES: readonly GradeBasisCode[] = [
  'marked_lost', 'silent_after_orders', 'order_overdue', 'order_figures', 'recent_contact_no_order', 'quiet_no_order', 'silent_no_order', 'never_contacted',
];

export interface GradeResult {
  grade: CustomerGrade;
  basis: GradeBasis;
  /** describeGradeBasis(basis). */
  reason: string;
}

const DAY_MS = 86_400_000;

function daysBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / DAY_MS);
}

/** Average days between orders, once there are two. */
export function usualOrderIntervalDays(facts: Pick<GradingFacts, 'orderCount' | 'firstOrderDate' | 'lastOrderDate'>): number | null {
  if (facts.orderCount < 2 || !facts.firstOrderDate || !facts.lastOrderDate) return null;
  const span = daysBetween(new Date(facts.firstOrderDate), new Date(facts.lastOrderDate));
  return span > 0 ? Math.round(span / (facts.orderCount - 1)) : null;
}

/** "USD 182k", "USD 1.2M", "USD 950". */
export function compactAmount(amount: string, currency: string): string {
  const value = decimal(amount);
  if (value.greaterThanOrEqualTo(1_000_000)) return `${currency} ${value.dividedBy(1_000_000).toDecimalPlaces(1).toString()}M`;
  if (value.greaterThanOrEqualTo(1_000)) return `${currency} ${value.dividedBy(1_000).toDecimalPlaces(0).toString()}k`;
  return `${currency} ${value.toDecimalPlaces(0).toString()}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The basis in English figures: "3 orders, USD 182k in 12 months". */
export function describeGradeBasis(basis: GradeBasis): string {
  switch (basis.code) {
    case 'marked_lost':
      return 'marked as lost';
    case 'silent_after_orders':
      return `no order for ${plural(basis.monthsSinceOrder, 'month')} and no contact for ${plural(basis.monthsSinceContact, 'month')}`;
    case 'order_overdue':
      return `no order for ${plural(basis.daysSinceOrder, 'day')}${basis.usualIntervalDays ? ` (usually every ${plural(basis.usualIntervalDays, 'day')})` : ''}`;
    case 'order_figures':
      return `${plural(basis.orders12m, 'order')}, ${compactAmount(basis.revenue12m.amount, basis.revenue12m.currency)} in 12 months`;
    case 'recent_contact_no_order':
      return `no order yet; last contact ${plural(basis.daysSinceContact, 'day')} ago`;
    case 'quiet_no_order':
      return `no order yet; no contact for ${plural(basis.daysSinceContact, 'day')}`;
    case 'silent_no_order':
      return `no order and no contact for ${plural(basis.monthsSinceContact, 'month')}`;
    case 'never_contacted':
      return 'no order and no contact yet';
  }
}

/** Whether two bases say the same (a jsonb column hands keys back in its own order). */
export function sameGradeBasis(a: GradeBasis | null, b: GradeBasis | null): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  const record = value as Record<string, unknown>;
  return `{${Object.keys(record).sort().map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`).join(',')}}`;
}

/**
 * The grade of a customer and why, in figures. Order: marked lost; then, with orders, lost / dormant
 * by silence, VIP / key by the last 12 months, else regular; without orders, potential while recently
 * in contact, else dormant or (after long silence) lost.
 */
export function gradeCustomer(facts: GradingFacts, t: GradingThresholds, currency: string, now: Date): GradeResult {
  const [grade, basis] = gradeAndBasis(facts, t, currency, now);
  return { grade, basis, reason: describeGradeBasis(basis) };
}

function gradeAndBasis(facts: GradingFacts, t: GradingThresholds, currency: string, now: Date): [CustomerGrade, GradeBasis] {
  if (facts.stage === 'lost') return ['lost', { code: 'marked_lost' }];
  const lastTouch = facts.lastActivityAt ?? facts.createdAt;
  const daysSinceTouch = daysBetween(lastTouch, now);
  const lostDays = t.lostMonths * 30;
  if (facts.orderCount > 0 && facts.lastOrderDate) {
    const daysSinceOrder = daysBetween(new Date(facts.lastOrderDate), now);
    const interval = usualOrderIntervalDays(facts);
    if (daysSinceOrder > lostDays && daysSinceTouch > lostDays) {
      return ['lost', { code: 'silent_after_orders', monthsSinceOrder: Math.floor(daysSinceOrder / 30), monthsSinceContact: Math.floor(daysSinceTouch / 30) }];
    }
    const dormantAfter = Math.min(interval ? interval * 2 : Infinity, t.dormantMonths * 30);
    if (daysSinceOrder > dormantAfter) return ['dormant', { code: 'order_overdue', daysSinceOrder, usualIntervalDays: interval }];
    const basis: GradeBasis = { code: 'order_figures', orders12m: facts.orders12m, revenue12m: { amount: decimal(facts.revenue12m).toFixed(), currency } };
    const revenue = decimal(facts.revenue12m);
    if (revenue.greaterThanOrEqualTo(t.vipRevenue12m) || facts.orders12m >= t.vipOrders12m) return ['vip', basis];
    if (revenue.greaterThanOrEqualTo(t.keyRevenue12m) || facts.orders12m >= t.keyOrders12m) return ['key', basis];
    return ['regular', basis];
  }
  if (facts.lastActivityAt && daysSinceTouch <= t.potentialActivityDays) return ['potential', { code: 'recent_contact_no_order', daysSinceContact: daysSinceTouch }];
  if (daysSinceTouch > lostDays) return ['lost', { code: 'silent_no_order', monthsSinceContact: Math.floor(daysSinceTouch / 30) }];
  return ['dormant', facts.lastActivityAt ? { code: 'quiet_no_order', daysSinceContact: daysSinceTouch } : { code: 'never_contacted' }];
}

/** The day the next order can be expected: the last order plus the usual interval. */
export function nextExpectedOrderDate(facts: Pick<GradingFacts, 'orderCount' | 'firstOrderDate' | 'lastOrderDate'>): string | null {
  const interval = usualOrderIntervalDays(facts);
  if (!interval || !facts.lastOrderDate) return null;
  return new Date(new Date(facts.lastOrderDate).getTime() + interval * DAY_MS).toISOString().slice(0, 10);
}
