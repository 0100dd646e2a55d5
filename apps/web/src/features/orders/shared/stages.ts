// Kept apart from the React labels so a server-side test can compare it with the API's list
// (libs/orders/src/order-stages/spa-stages.spec.ts): the schema has stages as plain strings.
/** The API's order stages (plain strings in the schema), in board order. */
export type OrderStage =
  | 'draft'
  | 'confirmed'
  | 'deposit_received'
  | 'in_production'
  | 'ready'
  | 'booked'
  | 'shipped'
  | 'customs_cleared'
  | 'documents_sent'
  | 'paid'
  | 'closed'
  | 'cancelled'
  | 'on_hold';

export const ORDER_STAGES: readonly OrderStage[] = [
  'draft',
  'confirmed',
  'deposit_received',
  'in_production',
  'ready',
  'booked',
  'shipped',
  'customs_cleared',
  'documents_sent',
  'paid',
  'closed',
  'cancelled',
  'on_hold',
];

/** The fulfilment line the stage bar shows; cancelled and on hold sit beside it. */
export const MAIN_LINE: readonly OrderStage[] = ORDER_STAGES.filter((stage) => stage !== 'cancelled' && stage !== 'on_hold');

export function isOrderStage(value: unknown): value is OrderStage {
  return typeof value === 'string' && (ORDER_STAGES as readonly string[]).includes(value);
}
