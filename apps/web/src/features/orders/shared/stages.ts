// The server's list itself (a file without imports): the schema carries stages as plain strings.
import { ORDER_STAGES, type OrderStage } from '../../../../../../libs/orders/src/order-stages/stage-names';

export { ORDER_STAGES, type OrderStage };

/** The fulfilment line the stage bar shows; cancelled and on hold sit beside it. */
export const MAIN_LINE: readonly OrderStage[] = ORDER_STAGES.filter((stage) => stage !== 'cancelled' && stage !== 'on_hold');

export function isOrderStage(value: unknown): value is OrderStage {
  return typeof value === 'string' && (ORDER_STAGES as readonly string[]).includes(value);
}
