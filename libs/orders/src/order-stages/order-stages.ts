import { decimal, Money } from '@tradewind/shared';
import { InstallmentTrigger } from '../payment-terms';
import { ORDER_STAGES, type OrderStage } from './stage-names';

export { ORDER_STAGES, type OrderStage };

export type FinalStage = 'closed' | 'cancelled';
/** Stages an order works through; on hold remembers one of these to resume to. */
export type ActiveStage = Exclude<OrderStage, FinalStage | 'on_hold'>;

/** The fulfilment line up to paid, in order (closed, cancelled and on hold left out). */
export const ACTIVE_STAGES: readonly ActiveStage[] = ORDER_STAGES.filter(
  (stage): stage is ActiveStage => stage !== 'closed' && stage !== 'cancelled' && stage !== 'on_hold',
);

/**
 * Orders nobody is bound by: a draft is not agreed yet and a cancelled order no longer is. They owe
 * nothing (no receivable, no overdue installment) and count in no customer figure or last price.
 */
export const NON_BINDING_STAGES: readonly OrderStage[] = ['draft', 'cancelled'];

/** `alias.stage` is a binding stage, as an SQL condition. */
export function bindingStageCondition(alias: string): string {
  return `${alias}.stage NOT IN (${NON_BINDING_STAGES.map((stage) => `'${stage}'`).join(', ')})`;
}

/** Still owed after its due date (the company's `today`), and owed at all: the order binds someone. */
export function isInstallmentOverdue(stage: OrderStage, installment: { dueDate: string | null; amount: string; paidAmount: string }, today: string): boolean {
  return !NON_BINDING_STAGES.includes(stage) && installment.dueDate !== null && installment.dueDate < today && decimal(installment.amount).greaterThan(installment.paidAmount);
}

export interface SnapshotInstallment {
  sequence: number;
  trigger: InstallmentTrigger;
  percentage: string;
  /** Still to be received on this installment. */
  open: Money;
}

/** What the stage rules need to know about an order; built by the service from entities. */
export interface OrderSnapshot {
  stage: OrderStage;
  /** Set while on hold: the stage to go back to. */
  resumeStage: ActiveStage | null;
  hasLines: boolean;
  installments: readonly SnapshotInstallment[];
  inspected: boolean;
  packed: boolean;
  bookingNumber: string | null;
  blNumber: string | null;
  customsCleared: boolean;
  totalOpen: Money;
}

export type MoveRefusalCode =
  | 'ALREADY_IN_STAGE'
  | 'STAGE_FINAL'
  | 'NOT_A_NEXT_STAGE'
  | 'ON_HOLD'
  | 'NO_RESUME_STAGE'
  | 'ALREADY_SHIPPED'
  | 'NO_LINES'
  | 'NO_PAYMENT_TERMS'
  | 'NO_DEPOSIT_IN_TERMS'
  | 'DEPOSIT_NOT_RECEIVED'
  | 'NOT_INSPECTED'
  | 'NOT_PACKED'
  | 'NO_BOOKING_NUMBER'
  | 'NO_BL_NUMBER'
  | 'PAYMENT_BEFORE_SHIPMENT_NOT_RECEIVED'
  | 'CUSTOMS_NOT_CLEARED'
  | 'PAYMENT_AGAINST_BL_COPY_NOT_RECEIVED'
  | 'AMOUNT_OPEN'
  | 'NOT_YOUR_MOVE';

export interface MoveRefusal {
  code: MoveRefusalCode;
  /** Says why, e.g. "cannot ship: 30% deposit not received (USD 3,000.00 open)". */
  message: string;
  messageZh: string;
}

/** How a move relates to the current stage; the UI offers every move whose kind is not 'none'. */
export type MoveKind = 'forward' | 'skip' | 'hold' | 'resume' | 'cancel' | 'none';

export interface StageMove {
  to: OrderStage;
  kind: MoveKind;
  allowed: boolean;
  refusals: MoveRefusal[];
}

export const STAGE_LABELS: Readonly<Record<OrderStage, { en: string; zh: string }>> = {
  draft: { en: 'draft', zh: '草稿' },
  confirmed: { en: 'confirmed', zh: '已确认' },
  deposit_received: { en: 'deposit received', zh: '已收定金' },
  in_production: { en: 'in production', zh: '生产中' },
  ready: { en: 'ready', zh: '待出货' },
  booked: { en: 'booked', zh: '已订舱' },
  shipped: { en: 'shipped', zh: '已出运' },
  customs_cleared: { en: 'customs cleared', zh: '已清关' },
  documents_sent: { en: 'documents sent', zh: '单据已寄' },
  paid: { en: 'paid', zh: '已收款' },
  closed: { en: 'closed', zh: '已关闭' },
  cancelled: { en: 'cancelled', zh: '已取消' },
  on_hold: { en: 'on hold', zh: '暂停' },
};

/**
 * Why goods of an order at this stage may not go on a shipment, or null when they may: a draft is not
 * agreed yet, an order on hold waits, a cancelled or closed one has nothing left to ship.
 */
export function shippingRefusal(stage: OrderStage): { en: string; zh: string } | null {
  switch (stage) {
    case 'draft': return { en: 'is a draft: confirm it before booking its goods', zh: '是草稿，请先确认订单再安排出运' };
    case 'on_hold': return { en: 'is on hold: resume it before booking its goods', zh: '已暂停，请先恢复订单再安排出运' };
    case 'cancelled': return { en: 'is cancelled', zh: '已取消' };
    case 'closed': return { en: 'is closed', zh: '已关闭' };
    default: return null;
  }
}
