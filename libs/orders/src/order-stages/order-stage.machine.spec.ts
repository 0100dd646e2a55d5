import { Money } from '@tradewind/shared';
import { InstallmentTrigger } from '../payment-terms';
import { allowedMoves, checkMove, resumeStageFor } from './order-stage.machine';
import {
  ActiveStage,
  MoveRefusalCode,
  ORDER_STAGES,
  OrderSnapshot,
  OrderStage,
  SnapshotInstallment,
} from './order-stages';

const usd = (amount: string): Money => Money.of(amount, 'USD');

function installment(
  sequence: number,
  trigger: InstallmentTrigger,
  percentage: string,
  open = '0',
): SnapshotInstallment {
  return { sequence, trigger, percentage, open: usd(open) };
}

/** An order that meets every requirement (30% deposit, 70% before shipment, all received); tests take things away. */
function snapshot(overrides: Partial<OrderSnapshot> = {}): OrderSnapshot {
  return {
    stage: 'draft',
    resumeStage: null,
    hasLines: true,
    installments: [installment(1, 'on_order', '30'), installment(2, 'before_shipment', '70')],
    inspected: true,
    packed: true,
    bookingNumber: 'COSU6123456780',
    blNumber: 'COSU6123456789',
    customsCleared: true,
    totalOpen: usd('0'),
    ...overrides,
  };
}

// Where an order that meets every requirement may go from each stage.
const ALLOWED: readonly [string, Partial<OrderSnapshot>, readonly OrderStage[]][] = [
  ['draft', { stage: 'draft' }, ['confirmed', 'cancelled', 'on_hold']],
  ['confirmed', { stage: 'confirmed' }, ['deposit_received', 'in_production', 'cancelled', 'on_hold']],
  ['deposit_received', { stage: 'deposit_received' }, ['in_production', 'cancelled', 'on_hold']],
  ['in_production', { stage: 'in_production' }, ['ready', 'cancelled', 'on_hold']],
  ['ready', { stage: 'ready' }, ['booked', 'cancelled', 'on_hold']],
  ['booked', { stage: 'booked' }, ['shipped', 'cancelled', 'on_hold']],
  ['shipped', { stage: 'shipped' }, ['customs_cleared', 'documents_sent', 'on_hold']],
  ['customs_cleared', { stage: 'customs_cleared' }, ['documents_sent', 'on_hold']],
  ['documents_sent', { stage: 'documents_sent' }, ['paid', 'on_hold']],
  ['paid', { stage: 'paid' }, ['closed', 'on_hold']],
  ['closed', { stage: 'closed' }, []],
  ['cancelled', { stage: 'cancelled' }, []],
  ['on_hold from booked', { stage: 'on_hold', resumeStage: 'booked' }, ['booked', 'cancelled']],
  ['on_hold from shipped', { stage: 'on_hold', resumeStage: 'shipped' }, ['shipped']],
  ['on_hold without a resume stage', { stage: 'on_hold', resumeStage: null }, []],
];

/** Why a move outside the stage line is refused, given where the order is. */
function structuralCode(from: Partial<OrderSnapshot>, to: OrderStage): MoveRefusalCode {
  if (from.stage === to) return 'ALREADY_IN_STAGE';
  if (from.stage === 'closed' || from.stage === 'cancelled') return 'STAGE_FINAL';
  if (from.stage === 'on_hold') {
    if (!from.resumeStage) return 'NO_RESUME_STAGE';
    return to === 'cancelled' ? 'ALREADY_SHIPPED' : 'ON_HOLD';
  }
  return to === 'cancelled' ? 'ALREADY_SHIPPED' : 'NOT_A_NEXT_STAGE';
}

describe('order stage moves for an order that meets every requirement', () => {
  const pairs = ALLOWED.flatMap(([name, from, allowed]) =>
    ORDER_STAGES.map((to): [string, OrderStage, boolean, Partial<OrderSnapshot>] => [
      name,
      to,
      allowed.includes(to),
      from,
    ]),
  );

  it.each(pairs.filter(([, , allowed]) => allowed))('%s → %s is allowed', (_name, to, _allowed, from) => {
    const move = checkMove(snapshot(from), to);
    expect(move).toMatchObject({ to, allowed: true, refusals: [] });
    expect(move.kind).not.toBe('none');
  });

  it.each(pairs.filter(([, , allowed]) => !allowed))('%s → %s is refused', (_name, to, _allowed, from) => {
    const move = checkMove(snapshot(from), to);
    expect(move.allowed).toBe(false);
    expect(move.kind).toBe('none');
    expect(move.refusals.map((r) => r.code)).toEqual([structuralCode(from, to)]);
  });
});

describe('structural refusals say why', () => {
  const message = (from: Partial<OrderSnapshot>, to: OrderStage): string =>
    checkMove(snapshot(from), to).refusals[0].message;

  it('names the next stages when skipping ahead or going back', () => {
    expect(message({ stage: 'in_production' }, 'shipped')).toBe(
      'cannot ship: an order that is in production moves on to ready',
    );
    expect(message({ stage: 'confirmed' }, 'draft')).toBe(
      'cannot move back to draft: an order that is confirmed moves on to deposit received or in production',
    );
  });

  it('refuses to cancel once shipped', () => {
    expect(message({ stage: 'shipped' }, 'cancelled')).toBe('cannot cancel: the goods have shipped');
    expect(message({ stage: 'on_hold', resumeStage: 'documents_sent' }, 'cancelled')).toBe(
      'cannot cancel: the goods have shipped',
    );
  });

  it('sends an order on hold back to its remembered stage first', () => {
    expect(message({ stage: 'on_hold', resumeStage: 'in_production' }, 'ready')).toBe(
      'cannot mark ready: the order is on hold; resume it to in production first',
    );
  });

  it('treats closed and cancelled as final', () => {
    expect(message({ stage: 'closed' }, 'on_hold')).toBe('cannot put on hold: the order is closed, which is final');
    expect(checkMove(snapshot({ stage: 'cancelled' }), 'draft').refusals[0].messageZh).toBe(
      '无法退回草稿：订单已取消，不能再变更',
    );
  });

  it('reports staying put as already there', () => {
    expect(message({ stage: 'booked' }, 'booked')).toBe('cannot move to booked: the order is already booked');
  });
});

describe('guards on entering a stage', () => {
  type Case = [string, Partial<OrderSnapshot>, OrderStage, [MoveRefusalCode, string][]];
  const openDeposit = [installment(1, 'on_order', '30', '3000'), installment(2, 'before_shipment', '70', '7000')];
  const cases: Case[] = [
    [
      'confirm without lines',
      { stage: 'draft', hasLines: false },
      'confirmed',
      [['NO_LINES', 'cannot confirm: the order has no lines']],
    ],
    [
      'confirm without payment terms',
      { stage: 'draft', installments: [] },
      'confirmed',
      [['NO_PAYMENT_TERMS', 'cannot confirm: the order has no payment terms']],
    ],
    [
      'confirm without lines or terms',
      { stage: 'draft', hasLines: false, installments: [] },
      'confirmed',
      [
        ['NO_LINES', 'cannot confirm: the order has no lines'],
        ['NO_PAYMENT_TERMS', 'cannot confirm: the order has no payment terms'],
      ],
    ],
    [
      'mark the deposit received while it is open',
      { stage: 'confirmed', installments: openDeposit, totalOpen: usd('10000') },
      'deposit_received',
      [['DEPOSIT_NOT_RECEIVED', 'cannot mark the deposit received: 30% deposit not received (USD 3,000.00 open)']],
    ],
    [
      'mark a deposit received that the terms do not ask for',
      { stage: 'confirmed', installments: [installment(1, 'lc_at_sight', '100', '10000')], totalOpen: usd('10000') },
      'deposit_received',
      [
        [
          'NO_DEPOSIT_IN_TERMS',
          'cannot mark the deposit received: the payment terms ask for no deposit; start production directly',
        ],
      ],
    ],
    [
      'skip to production while the deposit is open',
      { stage: 'confirmed', installments: openDeposit, totalOpen: usd('10000') },
      'in_production',
      [['DEPOSIT_NOT_RECEIVED', 'cannot start production: 30% deposit not received (USD 3,000.00 open)']],
    ],
    [
      'start production after the deposit was reversed',
      { stage: 'deposit_received', installments: openDeposit, totalOpen: usd('10000') },
      'in_production',
      [['DEPOSIT_NOT_RECEIVED', 'cannot start production: 30% deposit not received (USD 3,000.00 open)']],
    ],
    [
      'mark ready before inspection',
      { stage: 'in_production', inspected: false },
      'ready',
      [['NOT_INSPECTED', 'cannot mark ready: the goods have not passed inspection']],
    ],
    [
      'mark ready before packing',
      { stage: 'in_production', packed: false },
      'ready',
      [['NOT_PACKED', 'cannot mark ready: the goods are not packed']],
    ],
    [
      'mark ready before inspection and packing',
      { stage: 'in_production', inspected: false, packed: false },
      'ready',
      [
        ['NOT_INSPECTED', 'cannot mark ready: the goods have not passed inspection'],
        ['NOT_PACKED', 'cannot mark ready: the goods are not packed'],
      ],
    ],
    [
      'book without a booking number',
      { stage: 'ready', bookingNumber: null },
      'booked',
      [['NO_BOOKING_NUMBER', 'cannot move to booked: no booking number']],
    ],
    [
      'book with a blank booking number',
      { stage: 'ready', bookingNumber: '  ' },
      'booked',
      [['NO_BOOKING_NUMBER', 'cannot move to booked: no booking number']],
    ],
    [
      'ship without a B/L number',
      { stage: 'booked', blNumber: null },
      'shipped',
      [['NO_BL_NUMBER', 'cannot ship: no B/L number']],
    ],
    [
      'ship with the deposit and the balance open',
      { stage: 'booked', installments: openDeposit, totalOpen: usd('10000') },
      'shipped',
      [
        ['DEPOSIT_NOT_RECEIVED', 'cannot ship: 30% deposit not received (USD 3,000.00 open)'],
        [
          'PAYMENT_BEFORE_SHIPMENT_NOT_RECEIVED',
          'cannot ship: 70% payment due before shipment not received (USD 7,000.00 open)',
        ],
      ],
    ],
    [
      'ship with part of the balance open',
      {
        stage: 'booked',
        installments: [installment(1, 'on_order', '30'), installment(2, 'before_shipment', '70', '2500.50')],
        totalOpen: usd('2500.50'),
      },
      'shipped',
      [
        [
          'PAYMENT_BEFORE_SHIPMENT_NOT_RECEIVED',
          'cannot ship: 70% payment due before shipment not received (USD 2,500.50 open)',
        ],
      ],
    ],
    [
      'mark customs cleared without clearance',
      { stage: 'shipped', customsCleared: false },
      'customs_cleared',
      [['CUSTOMS_NOT_CLEARED', 'cannot mark customs cleared: customs clearance is not recorded']],
    ],
    [
      'release the originals before the payment against B/L copy',
      {
        stage: 'customs_cleared',
        installments: [installment(1, 'on_order', '30'), installment(2, 'against_bl_copy', '70', '7000')],
        totalOpen: usd('7000'),
      },
      'documents_sent',
      [
        [
          'PAYMENT_AGAINST_BL_COPY_NOT_RECEIVED',
          'cannot mark documents sent: 70% payment against B/L copy not received (USD 7,000.00 open)',
        ],
      ],
    ],
    [
      'mark paid with money open',
      { stage: 'documents_sent', totalOpen: usd('7000') },
      'paid',
      [['AMOUNT_OPEN', 'cannot mark paid: USD 7,000.00 still open']],
    ],
    [
      'close with money open',
      { stage: 'paid', totalOpen: usd('0.01') },
      'closed',
      [['AMOUNT_OPEN', 'cannot close: USD 0.01 still open']],
    ],
  ];

  it.each(cases)('refuses to %s', (_name, overrides, to, expected) => {
    const move = checkMove(snapshot(overrides), to);
    expect(move.allowed).toBe(false);
    expect(move.kind).not.toBe('none');
    expect(move.refusals.map((r) => [r.code, r.message])).toEqual(expected);
    expect(move.refusals.every((r) => r.messageZh.startsWith('无法'))).toBe(true);
  });

  it('gives the refusal in Chinese too', () => {
    const move = checkMove(
      snapshot({ stage: 'booked', installments: [installment(1, 'on_order', '30', '3000')], totalOpen: usd('3000') }),
      'shipped',
    );
    expect(move.refusals[0].messageZh).toBe('无法出运：30%定金未收到（尚欠 USD 3,000.00）');
  });

  it('lets terms without a deposit go from confirmed straight to production', () => {
    const lc = { installments: [installment(1, 'lc_at_sight', '100', '10000')], totalOpen: usd('10000') };
    expect(checkMove(snapshot({ stage: 'confirmed', ...lc }), 'in_production')).toMatchObject({
      allowed: true,
      kind: 'skip',
    });
  });

  it('ships under an L/C before any money is in, since the bank pays against the documents', () => {
    const lc = { installments: [installment(1, 'lc_at_sight', '100', '10000')], totalOpen: usd('10000') };
    expect(checkMove(snapshot({ stage: 'booked', ...lc }), 'shipped').allowed).toBe(true);
    expect(checkMove(snapshot({ stage: 'customs_cleared', ...lc }), 'documents_sent').allowed).toBe(true);
  });

  it('resumes from hold without re-checking the stage it resumes to', () => {
    const move = checkMove(snapshot({ stage: 'on_hold', resumeStage: 'booked', bookingNumber: null }), 'booked');
    expect(move).toMatchObject({ kind: 'resume', allowed: true });
  });

  it('puts any active order on hold and cancels before shipment regardless of payments', () => {
    const owing = { installments: [installment(1, 'on_order', '30', '3000')], totalOpen: usd('3000'), hasLines: false };
    expect(checkMove(snapshot({ stage: 'deposit_received', ...owing }), 'on_hold')).toMatchObject({
      kind: 'hold',
      allowed: true,
    });
    expect(checkMove(snapshot({ stage: 'booked', ...owing }), 'cancelled')).toMatchObject({
      kind: 'cancel',
      allowed: true,
    });
  });
});

describe('allowedMoves', () => {
  it('lists every stage with whether it is allowed and why not', () => {
    const moves = allowedMoves(snapshot({ stage: 'booked', blNumber: null }));
    expect(moves.map((m) => m.to)).toEqual([...ORDER_STAGES]);
    const offered = moves
      .filter((m) => m.kind !== 'none')
      .map((m) => [m.to, m.kind, m.allowed, m.refusals.map((r) => r.message)]);
    expect(offered).toEqual([
      ['shipped', 'forward', false, ['cannot ship: no B/L number']],
      ['cancelled', 'cancel', true, []],
      ['on_hold', 'hold', true, []],
    ]);
    expect(moves.filter((m) => m.kind === 'none').every((m) => !m.allowed && m.refusals.length === 1)).toBe(true);
  });
});

describe('resumeStageFor', () => {
  it.each([
    ['in_production', 'in_production'],
    ['paid', 'paid'],
    ['on_hold', null],
    ['closed', null],
    ['cancelled', null],
  ] as [OrderStage, ActiveStage | null][])('remembers %s as %s', (stage, expected) => {
    expect(resumeStageFor(snapshot({ stage }))).toBe(expected);
  });
});
