import { entryRefusals, moverRefusal, refusal } from './order-stage.guards';
import {
  ACTIVE_STAGES,
  ActiveStage,
  MoveKind,
  ORDER_STAGES,
  OrderSnapshot,
  OrderStage,
  STAGE_LABELS,
  StageMove,
} from './order-stages';

/**
 * Forward moves out of each active stage: the next stage, plus two skips —
 * confirmed → in production for terms without a deposit (or with it already received), and
 * shipped → documents sent when the seller has no customs clearance to record after loading.
 * Payment progress lives in the installments, not the stage line: "paid" means fulfilled and fully
 * paid, so it is reached only after documents are sent, even for 100% in advance.
 */
const FORWARD: Readonly<Record<ActiveStage, readonly OrderStage[]>> = {
  draft: ['confirmed'],
  confirmed: ['deposit_received', 'in_production'],
  deposit_received: ['in_production'],
  in_production: ['ready'],
  ready: ['booked'],
  booked: ['shipped'],
  shipped: ['customs_cleared', 'documents_sent'],
  customs_cleared: ['documents_sent'],
  documents_sent: ['paid'],
  paid: ['closed'],
};

// Until the goods leave, an order can be called off; afterwards it has to run its course.
const CANCELLABLE: readonly ActiveStage[] = [
  'draft',
  'confirmed',
  'deposit_received',
  'in_production',
  'ready',
  'booked',
];

export function isActiveStage(stage: OrderStage): stage is ActiveStage {
  return (ACTIVE_STAGES as readonly OrderStage[]).includes(stage);
}

/**
 * Whether the order may move to `to` now, with every reason it may not. `moverRole` is the role of the
 * user moving it (null for integrations and jobs; undefined to check the order alone).
 */
export function checkMove(snapshot: OrderSnapshot, to: OrderStage, moverRole?: string | null): StageMove {
  const kind = moveKind(snapshot, to);
  const refusals =
    kind === 'none'
      ? [structuralRefusal(snapshot, to)]
      : kind === 'forward' || kind === 'skip'
        ? entryRefusals(snapshot, to)
        : [];
  // Putting an order on hold and resuming it are everyone's; agreeing, reopening and cancelling are not.
  const notYours = kind !== 'none' && kind !== 'hold' && kind !== 'resume' && moverRole !== undefined ? moverRefusal(to, moverRole) : null;
  if (notYours) refusals.unshift(notYours);
  return { to, kind, allowed: refusals.length === 0, refusals };
}

/** Every stage with whether the order may move there; the UI offers those whose kind is not 'none'. */
export function allowedMoves(snapshot: OrderSnapshot, moverRole?: string | null): StageMove[] {
  return ORDER_STAGES.map((to) => checkMove(snapshot, to, moverRole));
}

/** The stage on_hold should remember when the order is put on hold now. */
export function resumeStageFor(snapshot: OrderSnapshot): ActiveStage | null {
  return isActiveStage(snapshot.stage) ? snapshot.stage : null;
}

function moveKind(snapshot: OrderSnapshot, to: OrderStage): MoveKind {
  const from = snapshot.stage;
  if (from === to || from === 'closed' || from === 'cancelled') return 'none';
  if (from === 'on_hold') {
    if (snapshot.resumeStage === null) return 'none';
    if (to === snapshot.resumeStage) return 'resume';
    return to === 'cancelled' && CANCELLABLE.includes(snapshot.resumeStage) ? 'cancel' : 'none';
  }
  if (to === 'on_hold') return 'hold';
  if (to === 'cancelled') return CANCELLABLE.includes(from) ? 'cancel' : 'none';
  const next = FORWARD[from];
  if (next[0] === to) return 'forward';
  return next.includes(to) ? 'skip' : 'none';
}

function structuralRefusal(snapshot: OrderSnapshot, to: OrderStage): ReturnType<typeof refusal> {
  const from = snapshot.stage;
  const label = (stage: OrderStage): { en: string; zh: string } => STAGE_LABELS[stage];
  if (from === to) {
    return refusal(to, 'ALREADY_IN_STAGE', {
      en: `the order is already ${label(to).en}`,
      zh: `订单已处于「${label(to).zh}」阶段`,
    });
  }
  if (from === 'closed' || from === 'cancelled') {
    return refusal(to, 'STAGE_FINAL', {
      en: `the order is ${label(from).en}, which is final`,
      zh: `订单${label(from).zh}，不能再变更`,
    });
  }
  if (from === 'on_hold') {
    const resume = snapshot.resumeStage;
    if (resume === null) {
      return refusal(to, 'NO_RESUME_STAGE', {
        en: 'the order is on hold and the stage to resume to is unknown',
        zh: '订单已暂停，且无法确定恢复到哪个阶段',
      });
    }
    if (to === 'cancelled') {
      return refusal(to, 'ALREADY_SHIPPED', { en: 'the goods have shipped', zh: '货物已出运' });
    }
    return refusal(to, 'ON_HOLD', {
      en: `the order is on hold; resume it to ${label(resume).en} first`,
      zh: `订单已暂停，请先恢复到${label(resume).zh}`,
    });
  }
  if (to === 'cancelled') {
    return refusal(to, 'ALREADY_SHIPPED', { en: 'the goods have shipped', zh: '货物已出运' });
  }
  const next = isActiveStage(from) ? FORWARD[from] : [];
  return refusal(to, 'NOT_A_NEXT_STAGE', {
    en: `an order that is ${label(from).en} moves on to ${next.map((s) => label(s).en).join(' or ')}`,
    zh: `${label(from).zh}的订单只能进入${next.map((s) => label(s).zh).join('或')}`,
  });
}
