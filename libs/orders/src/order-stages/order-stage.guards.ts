import { Money, decimal } from '@tradewind/shared';
import { InstallmentTrigger } from '../payment-terms';
import { formatAmount } from './amount.formatter';
import { MoveRefusal, MoveRefusalCode, OrderSnapshot, OrderStage } from './order-stages';

// How each refusal begins, so every message says which move was refused.
const CANNOT: Readonly<Record<OrderStage, { en: string; zh: string }>> = {
  draft: { en: 'cannot move back to draft', zh: '无法退回草稿' },
  confirmed: { en: 'cannot confirm', zh: '无法确认订单' },
  deposit_received: { en: 'cannot mark the deposit received', zh: '无法标记已收定金' },
  in_production: { en: 'cannot start production', zh: '无法开始生产' },
  ready: { en: 'cannot mark ready', zh: '无法标记待出货' },
  booked: { en: 'cannot move to booked', zh: '无法标记已订舱' },
  shipped: { en: 'cannot ship', zh: '无法出运' },
  customs_cleared: { en: 'cannot mark customs cleared', zh: '无法标记已清关' },
  documents_sent: { en: 'cannot mark documents sent', zh: '无法标记单据已寄' },
  paid: { en: 'cannot mark paid', zh: '无法标记已收款' },
  closed: { en: 'cannot close', zh: '无法关闭订单' },
  cancelled: { en: 'cannot cancel', zh: '无法取消订单' },
  on_hold: { en: 'cannot put on hold', zh: '无法暂停订单' },
};

export function refusal(to: OrderStage, code: MoveRefusalCode, reason: { en: string; zh: string }): MoveRefusal {
  return { code, message: `${CANNOT[to].en}: ${reason.en}`, messageZh: `${CANNOT[to].zh}：${reason.zh}` };
}

/** What entering `to` requires of the order, as refusals; empty when the order meets it. */
export function entryRefusals(snapshot: OrderSnapshot, to: OrderStage): MoveRefusal[] {
  const refusals: MoveRefusal[] = [];
  const refuse = (code: MoveRefusalCode, en: string, zh: string): void => {
    refusals.push(refusal(to, code, { en, zh }));
  };

  switch (to) {
    case 'confirmed':
      if (!snapshot.hasLines) refuse('NO_LINES', 'the order has no lines', '订单没有明细行');
      if (snapshot.installments.length === 0)
        refuse('NO_PAYMENT_TERMS', 'the order has no payment terms', '订单没有付款条件');
      break;
    case 'deposit_received':
      if (!hasTrigger(snapshot, 'on_order')) {
        refuse(
          'NO_DEPOSIT_IN_TERMS',
          'the payment terms ask for no deposit; start production directly',
          '付款条件中没有定金，请直接开始生产',
        );
      }
      refusals.push(...unpaid(snapshot, to, 'on_order'));
      break;
    case 'in_production':
      refusals.push(...unpaid(snapshot, to, 'on_order'));
      break;
    case 'ready':
      if (!snapshot.inspected) refuse('NOT_INSPECTED', 'the goods have not passed inspection', '货物尚未验货');
      if (!snapshot.packed) refuse('NOT_PACKED', 'the goods are not packed', '货物尚未包装');
      break;
    case 'booked':
      if (!hasText(snapshot.bookingNumber)) refuse('NO_BOOKING_NUMBER', 'no booking number', '没有订舱号');
      break;
    case 'shipped':
      if (!hasText(snapshot.blNumber)) refuse('NO_BL_NUMBER', 'no B/L number', '没有提单号');
      // Goods that leave without the money the terms demand first cannot be called back.
      refusals.push(...unpaid(snapshot, to, 'on_order'), ...unpaid(snapshot, to, 'before_shipment'));
      break;
    case 'customs_cleared':
      if (!snapshot.customsCleared) refuse('CUSTOMS_NOT_CLEARED', 'customs clearance is not recorded', '尚未记录清关');
      break;
    case 'documents_sent':
      // Originals give the buyer title to the goods; under "against B/L copy" they go out only once paid.
      // The move is the record that they went out (moveStage stamps documentsSentAt): nothing else records it.
      refusals.push(...unpaid(snapshot, to, 'against_bl_copy'));
      break;
    case 'paid':
    case 'closed':
      if (snapshot.totalOpen.isPositive()) {
        const open = formatAmount(snapshot.totalOpen);
        refuse('AMOUNT_OPEN', `${open} still open`, `尚有 ${open} 未收`);
      }
      break;
    case 'draft':
    case 'cancelled':
    case 'on_hold':
      break;
  }
  return refusals;
}

const DUE_NAMES: Readonly<Partial<Record<InstallmentTrigger, { en: string; zh: string }>>> = {
  on_order: { en: 'deposit', zh: '定金' },
  before_shipment: { en: 'payment due before shipment', zh: '发货前应付款' },
  against_bl_copy: { en: 'payment against B/L copy', zh: '见提单复印件应付款' },
};
const REFUSAL_FOR: Readonly<Partial<Record<InstallmentTrigger, MoveRefusalCode>>> = {
  on_order: 'DEPOSIT_NOT_RECEIVED',
  before_shipment: 'PAYMENT_BEFORE_SHIPMENT_NOT_RECEIVED',
  against_bl_copy: 'PAYMENT_AGAINST_BL_COPY_NOT_RECEIVED',
};

/** "30% deposit not received (USD 3,000.00 open)" when installments with this trigger are still open. */
function unpaid(snapshot: OrderSnapshot, to: OrderStage, trigger: InstallmentTrigger): MoveRefusal[] {
  const matching = snapshot.installments.filter((i) => i.trigger === trigger);
  const currency = snapshot.totalOpen.currency;
  const open = Money.sum(
    matching.map((i) => i.open),
    currency,
  );
  const name = DUE_NAMES[trigger];
  const code = REFUSAL_FOR[trigger];
  if (!open.isPositive() || !name || !code) return [];
  const percentage = matching.reduce((sum, i) => sum.plus(i.percentage), decimal(0)).toFixed();
  const amount = formatAmount(open);
  return [
    refusal(to, code, {
      en: `${percentage}% ${name.en} not received (${amount} open)`,
      zh: `${percentage}%${name.zh}未收到（尚欠 ${amount}）`,
    }),
  ];
}

function hasTrigger(snapshot: OrderSnapshot, trigger: InstallmentTrigger): boolean {
  return snapshot.installments.some((i) => i.trigger === trigger);
}

function hasText(value: string | null): boolean {
  return value !== null && value.trim() !== '';
}

/** Moves that change what was agreed with the buyer: agreeing the order, reopening it as a draft, cancelling it. */
const COMMERCIAL_MOVES: readonly OrderStage[] = ['draft', 'confirmed', 'cancelled'];
const COMMERCIAL_ROLES: readonly string[] = ['admin', 'manager', 'sales'];

/**
 * Why a user of this role may not make the move, or null when they may: merchandisers, logistics and
 * finance carry an order out, but what was agreed with the buyer is the salesperson's or a manager's
 * to change. `role` is null for integrations and jobs, which their own scopes govern.
 */
export function moverRefusal(to: OrderStage, role: string | null): MoveRefusal | null {
  if (role === null || !COMMERCIAL_MOVES.includes(to) || COMMERCIAL_ROLES.includes(role)) return null;
  return refusal(to, 'NOT_YOUR_MOVE', { en: 'agreeing, reopening or cancelling an order is for its salesperson or a manager', zh: '确认、退回草稿或取消订单须由销售或经理操作' });
}
