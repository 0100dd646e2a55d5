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

export interface GradeResult {
  grade: CustomerGrade;
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

/**
 * The grade of a customer and why, in figures. Order: marked lost; then, with orders, lost / dormant
 * by silence, VIP / key by the last 12 months, else regular; without orders, potential while recently
 * in contact, else dormant or (after long silence) lost.
 */
export function gradeCustomer(facts: GradingFacts, t: GradingThresholds, currency: string, now: Date): GradeResult {
  if (facts.stage === 'lost') return { grade: 'lost', reason: 'marked as lost' };
  const lastTouch = facts.lastActivityAt ?? facts.createdAt;
  const daysSinceTouch = daysBetween(lastTouch, now);
  const lostDays = t.lostMonths * 30;
  if (facts.orderCount > 0 && facts.lastOrderDate) {
    const daysSinceOrder = daysBetween(new Date(facts.lastOrderDate), now);
    const interval = usualOrderIntervalDays(facts);
    if (daysSinceOrder > lostDays && daysSinceTouch > lostDays) {
      return { grade: 'lost', reason: `no order for ${Math.floor(daysSinceOrder / 30)} months and no contact for ${Math.floor(daysSinceTouch / 30)} months` };
    }
    const dormantAfter = Math.min(interval ? interval * 2 : Infinity, t.dormantMonths * 30);
    if (daysSinceOrder > dormantAfter) {
      const usual = interval ? ` (usually every ${interval} days)` : '';
      return { grade: 'dormant', reason: `no order for ${daysSinceOrder} days${usual}` };
    }
    const figures = `${plural(facts.orders12m, 'order')}, ${compactAmount(facts.revenue12m, currency)} in 12 months`;
    const revenue = decimal(facts.revenue12m);
    if (revenue.greaterThanOrEqualTo(t.vipRevenue12m) || facts.orders12m >= t.vipOrders12m) return { grade: 'vip', reason: figures };
    if (revenue.greaterThanOrEqualTo(t.keyRevenue12m) || facts.orders12m >= t.keyOrders12m) return { grade: 'key', reason: figures };
    return { grade: 'regular', reason: figures };
  }
  if (facts.lastActivityAt && daysSinceTouch <= t.potentialActivityDays) {
    return { grade: 'potential', reason: `no order yet; last contact ${daysSinceTouch} days ago` };
  }
  if (daysSinceTouch > lostDays) return { grade: 'lost', reason: `no order and no contact for ${Math.floor(daysSinceTouch / 30)} months` };
  return { grade: 'dormant', reason: facts.lastActivityAt ? `no order yet; no contact for ${daysSinceTouch} days` : 'no order and no contact yet' };
}

/** The day the next order can be expected: the last order plus the usual interval. */
export function nextExpectedOrderDate(facts: Pick<GradingFacts, 'orderCount' | 'firstOrderDate' | 'lastOrderDate'>): string | null {
  const interval = usualOrderIntervalDays(facts);
  if (!interval || !facts.lastOrderDate) return null;
  return new Date(new Date(facts.lastOrderDate).getTime() + interval * DAY_MS).toISOString().slice(0, 10);
}
