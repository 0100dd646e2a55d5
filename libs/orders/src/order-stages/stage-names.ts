// No imports: the SPA imports this file too (apps/web/src/features/orders/shared/stages.ts), since the
// schema carries stages as plain strings and nothing else would tell it of a stage added or renamed.
/** The fulfilment line in order, then the two side stages. */
export const ORDER_STAGES = [
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
] as const;
export type OrderStage = (typeof ORDER_STAGES)[number];
