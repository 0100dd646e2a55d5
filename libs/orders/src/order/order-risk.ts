import { companyTimeZone, companyToday } from '@tradewind/shared';
import type { OrderStage } from '../order-stages';
import { daysBetween } from '../payment-terms';
import type { SalesOrder } from './sales-order.entity';

/**
 * Confirmed orders that have not shipped yet. Once one of them is past its agreed delivery date it is
 * late whatever production says (drafts promise nothing yet; an order on hold is paused on purpose).
 */
export const UNSHIPPED_STAGES: readonly OrderStage[] = ['confirmed', 'deposit_received', 'in_production', 'ready', 'booked'];
const UNSHIPPED_SQL = UNSHIPPED_STAGES.map((stage) => `'${stage}'`).join(', ');

/** Production's risk, stored with the order: at risk when the expected ship date passes the agreed delivery date. */
export function shipDateRisk(deliveryDate: string | null, expectedShipDate: string | null): Pick<SalesOrder, 'atRisk' | 'riskReason'> {
  const late = deliveryDate && expectedShipDate ? daysBetween(deliveryDate, expectedShipDate) : 0;
  return { atRisk: late > 0, riskReason: late > 0 ? `expected to ship ${late} day${late === 1 ? '' : 's'} after the agreed delivery date (${deliveryDate})` : null };
}

export interface OrderRisk {
  atRisk: boolean;
  /** In English, like the stored reason of a production delay; null when not at risk. */
  reason: string | null;
}

type RiskFacts = Pick<SalesOrder, 'atRisk' | 'riskReason' | 'stage' | 'deliveryDate'>;

/**
 * An order is at risk when production has pushed its expected ship date past the delivery date (the
 * stored flag, see ProductionService) or when that date has passed before it shipped: a date that
 * moves with the calendar alone, so it is worked out when read rather than stored by a job.
 */
export function orderRisk(order: RiskFacts, today: string = companyTodayNow()): OrderRisk {
  if (isDeliveryOverdue(order, today)) {
    const days = daysBetween(order.deliveryDate!, today);
    return { atRisk: true, reason: `not shipped ${days} day${days === 1 ? '' : 's'} after the agreed delivery date (${order.deliveryDate})` };
  }
  return { atRisk: order.atRisk, reason: order.atRisk ? order.riskReason : null };
}

export function isDeliveryOverdue(order: Pick<SalesOrder, 'stage' | 'deliveryDate'>, today: string): boolean {
  return order.deliveryDate !== null && order.deliveryDate < today && UNSHIPPED_STAGES.includes(order.stage);
}

/** isDeliveryOverdue as an SQL condition on the order `alias` (never null), `today` being a bound date. */
export function deliveryOverdueCondition(alias: string, today: string): string {
  return `(${alias}.stage IN (${UNSHIPPED_SQL}) AND ${alias}.delivery_date < ${today}::date) IS TRUE`;
}

/** The same test as orderRisk, as an SQL condition on the order `alias`, `today` being a bound date. */
export function atRiskCondition(alias: string, today: string): string {
  return `(${alias}.at_risk OR ${deliveryOverdueCondition(alias, today)})`;
}

let memo = { zone: '', until: 0, today: '' };

/** The company's date, worked out at most once a second: a board reads it for each of its 220 cards. */
export function companyTodayNow(): string {
  const now = Date.now();
  if (now >= memo.until || memo.zone !== companyTimeZone()) memo = { zone: companyTimeZone(), until: now + 1000, today: companyToday(new Date(now)) };
  return memo.today;
}
