import type { OrderStage } from '../order-stages/stage-names';
import type { ParsedOrder } from './order-import.types';

export interface ImportedStage {
  readonly stage: OrderStage;
  /** Why the import put the order there, for the stage history; null when it is simply still open. */
  readonly reason: string | null;
}

/**
 * Where a past order starts on the board. A spreadsheet of past orders says what was received and when
 * delivery was due, not how far each order got, so the import reads that much from it: an order whose
 * delivery date had passed (`shippedOn`) went out then, and is closed when paid in full or shipped and
 * waiting for its balance (its receivables open for dunning, and not flagged "not shipped N days after
 * the delivery date" on the board); an order still to be delivered is confirmed, or deposit received
 * when money came in for it and its terms ask for a deposit.
 */
export function importedOrderStage(order: Pick<ParsedOrder, 'shippedOn' | 'installments'>): ImportedStage {
  const paidInFull = order.installments.every((installment) => installment.open.isZero());
  const received = order.installments.some((installment) => !installment.paid.isZero());
  if (order.shippedOn !== undefined) {
    const shipped = `delivery date ${order.shippedOn} had passed, taken as shipped`;
    return paidInFull ? { stage: 'closed', reason: `${shipped} and paid in full` } : { stage: 'shipped', reason: shipped };
  }
  if (!received) return { stage: 'confirmed', reason: null };
  const reason = paidInFull ? 'paid in full before delivery' : 'part paid before delivery';
  // "Deposit received" is a stage of terms with a deposit (the stage rules refuse it otherwise): money
  // paid early on Net 30 or L/C terms leaves the order confirmed, the money on its installments.
  const hasDeposit = order.installments.some((installment) => installment.trigger === 'on_order');
  return { stage: hasDeposit ? 'deposit_received' : 'confirmed', reason };
}
