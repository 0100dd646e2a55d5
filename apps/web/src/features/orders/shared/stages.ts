// The server's list itself (a file without imports): the schema carries stages as plain strings.
import { ORDER_STAGES, type OrderStage } from '../../../../../../libs/orders/src/order-stages/stage-names';

export { ORDER_STAGES, type OrderStage };

/** The fulfilment line the stage bar shows; cancelled and on hold sit beside it. */
export const MAIN_LINE: readonly OrderStage[] = ORDER_STAGES.filter((stage) => stage !== 'cancelled' && stage !== 'on_hold');

export function isOrderStage(value: unknown): value is OrderStage {
  return typeof value === 'string' && (ORDER_STAGES as readonly string[]).includes(value);
}

/**
 * Stages of the line an order jumped over (shipped straight to documents sent, say), from its stage
 * history: the stage bar must not show them as done. Imported orders start where the file put them
 * (a change from no stage), which skips nothing that happened in Tradewind.
 */
export function skippedStages(history: readonly { fromStage?: string | null; toStage: string }[]): Set<OrderStage> {
  const skipped = new Set<OrderStage>();
  for (const change of history) {
    const from = isOrderStage(change.fromStage) ? MAIN_LINE.indexOf(change.fromStage) : -1;
    const to = isOrderStage(change.toStage) ? MAIN_LINE.indexOf(change.toStage) : -1;
    if (from >= 0 && to > from + 1) for (let i = from + 1; i < to; i++) skipped.add(MAIN_LINE[i]);
  }
  return skipped;
}
