import { DEFAULT_CRM_SETTINGS } from '../settings/crm-settings.entity';
import { compactAmount, GradeBasis, gradeCustomer, GradingFacts, nextExpectedOrderDate, sameGradeBasis, usualOrderIntervalDays } from './grade.rules';

const NOW = new Date('2026-11-27T00:00:00Z');
const T = DEFAULT_CRM_SETTINGS.grading;

function facts(overrides: Partial<GradingFacts>): GradingFacts {
  return {
    stage: 'customer',
    createdAt: new Date('2024-01-01T00:00:00Z'),
    lastActivityAt: new Date('2026-11-20T00:00:00Z'),
    orderCount: 0,
    orders12m: 0,
    revenue12m: '0',
    firstOrderDate: null,
    lastOrderDate: null,
    ...overrides,
  };
}

describe('gradeCustomer', () => {
  it('makes a customer with 12-month revenue over the VIP threshold VIP, saying why in figures', () => {
    const result = gradeCustomer(facts({ orderCount: 5, orders12m: 3, revenue12m: '182000', firstOrderDate: '2025-06-01', lastOrderDate: '2026-10-01' }), T, 'USD', NOW);
    expect(result).toEqual({
      grade: 'vip',
      basis: { code: 'order_figures', orders12m: 3, revenue12m: { amount: '182000', currency: 'USD' } },
      reason: '3 orders, USD 182k in 12 months',
    });
  });

  it('makes a frequent buyer VIP by order count alone', () => {
    expect(gradeCustomer(facts({ orderCount: 8, orders12m: 6, revenue12m: '20000', firstOrderDate: '2025-12-01', lastOrderDate: '2026-11-01' }), T, 'USD', NOW).grade).toBe('vip');
  });

  it('grades key and regular customers by the thresholds', () => {
    const base = { orderCount: 2, firstOrderDate: '2026-05-01', lastOrderDate: '2026-10-01' };
    expect(gradeCustomer(facts({ ...base, orders12m: 2, revenue12m: '60000' }), T, 'USD', NOW)).toMatchObject({ grade: 'key', reason: '2 orders, USD 60k in 12 months' });
    expect(gradeCustomer(facts({ ...base, orders12m: 1, revenue12m: '950.50' }), T, 'USD', NOW)).toEqual({
      grade: 'regular',
      basis: { code: 'order_figures', orders12m: 1, revenue12m: { amount: '950.5', currency: 'USD' } },
      reason: '1 order, USD 951 in 12 months',
    });
  });

  it('makes a customer dormant after twice its usual interval without an order', () => {
    // Orders every 30 days; the last was 70 days ago.
    const result = gradeCustomer(facts({ orderCount: 4, orders12m: 4, revenue12m: '400000', firstOrderDate: '2026-06-20', lastOrderDate: '2026-09-18' }), T, 'USD', NOW);
    expect(result).toEqual({ grade: 'dormant', basis: { code: 'order_overdue', daysSinceOrder: 70, usualIntervalDays: 30 }, reason: 'no order for 70 days (usually every 30 days)' });
  });

  it('makes a one-time buyer dormant after 12 months without an order', () => {
    expect(gradeCustomer(facts({ orderCount: 1, firstOrderDate: '2025-10-01', lastOrderDate: '2025-10-01' }), T, 'USD', NOW)).toEqual({
      grade: 'dormant',
      basis: { code: 'order_overdue', daysSinceOrder: 422, usualIntervalDays: null },
      reason: 'no order for 422 days',
    });
    expect(gradeCustomer(facts({ orderCount: 1, orders12m: 1, revenue12m: '5000', firstOrderDate: '2026-01-10', lastOrderDate: '2026-01-10' }), T, 'USD', NOW).grade).toBe('regular');
  });

  it('makes a customer lost after long silence, or when marked lost', () => {
    expect(gradeCustomer(facts({ orderCount: 1, firstOrderDate: '2023-01-01', lastOrderDate: '2023-01-01', lastActivityAt: new Date('2023-02-01') }), T, 'USD', NOW)).toEqual({
      grade: 'lost',
      basis: { code: 'silent_after_orders', monthsSinceOrder: 47, monthsSinceContact: 46 },
      reason: 'no order for 47 months and no contact for 46 months',
    });
    expect(gradeCustomer(facts({ stage: 'lost' }), T, 'USD', NOW)).toEqual({ grade: 'lost', basis: { code: 'marked_lost' }, reason: 'marked as lost' });
  });

  it('makes a customer without orders potential while in recent contact, dormant otherwise', () => {
    expect(gradeCustomer(facts({}), T, 'USD', NOW)).toEqual({ grade: 'potential', basis: { code: 'recent_contact_no_order', daysSinceContact: 7 }, reason: 'no order yet; last contact 7 days ago' });
    expect(gradeCustomer(facts({ lastActivityAt: new Date('2026-11-26T00:00:00Z') }), T, 'USD', NOW).reason).toBe('no order yet; last contact 1 day ago');
    expect(gradeCustomer(facts({ lastActivityAt: new Date('2026-05-01') }), T, 'USD', NOW)).toEqual({
      grade: 'dormant',
      basis: { code: 'quiet_no_order', daysSinceContact: 210 },
      reason: 'no order yet; no contact for 210 days',
    });
    expect(gradeCustomer(facts({ lastActivityAt: new Date('2024-05-01') }), T, 'USD', NOW)).toEqual({
      grade: 'lost',
      basis: { code: 'silent_no_order', monthsSinceContact: 31 },
      reason: 'no order and no contact for 31 months',
    });
    expect(gradeCustomer(facts({ lastActivityAt: null, createdAt: new Date('2026-11-01') }), T, 'USD', NOW)).toEqual({ grade: 'dormant', basis: { code: 'never_contacted' }, reason: 'no order and no contact yet' });
  });
});

describe('sameGradeBasis', () => {
  it('compares figures, not the order of keys a jsonb column hands back', () => {
    const basis: GradeBasis = { code: 'order_figures', orders12m: 3, revenue12m: { amount: '182000', currency: 'USD' } };
    const fromJsonb = JSON.parse('{"code": "order_figures", "orders12m": 3, "revenue12m": {"currency": "USD", "amount": "182000"}}') as GradeBasis;
    expect(sameGradeBasis(basis, fromJsonb)).toBe(true);
    expect(sameGradeBasis(basis, { ...basis, orders12m: 4 })).toBe(false);
    expect(sameGradeBasis(basis, { ...basis, revenue12m: { amount: '182001', currency: 'USD' } })).toBe(false);
    expect(sameGradeBasis(basis, null)).toBe(false);
    expect(sameGradeBasis(null, null)).toBe(true);
  });
});

describe('order figures', () => {
  it('computes the usual interval and the next expected order', () => {
    const f = { orderCount: 3, firstOrderDate: '2026-01-01', lastOrderDate: '2026-03-02' };
    expect(usualOrderIntervalDays(f)).toBe(30);
    expect(nextExpectedOrderDate(f)).toBe('2026-04-01');
    expect(usualOrderIntervalDays({ ...f, orderCount: 1 })).toBeNull();
  });

  it('writes amounts compactly', () => {
    expect(compactAmount('1250000', 'EUR')).toBe('EUR 1.3M');
    expect(compactAmount('182400.50', 'USD')).toBe('USD 182k');
  });
});
