// No imports: the SPA imports this file too (apps/web/src/features/orders/detail/LinesAndPayments.tsx),
// so a trigger added here must get its label there before the SPA compiles.
/** What makes an installment due. */
export const INSTALLMENT_TRIGGERS = [
  'on_order',
  'before_shipment',
  'against_bl_copy',
  'days_after_bl',
  'days_after_invoice',
  'lc_at_sight',
  'dp_at_sight',
] as const;
export type InstallmentTrigger = (typeof INSTALLMENT_TRIGGERS)[number];
