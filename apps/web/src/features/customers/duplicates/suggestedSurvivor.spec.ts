import { suggestedSurvivor, type SurvivorFacts } from './suggestedSurvivor';

const record = (name: string, facts: Partial<SurvivorFacts> & { orders?: number }): SurvivorFacts & { name: string } => ({
  name,
  createdAt: facts.createdAt ?? '2024-01-01T00:00:00Z',
  stage: facts.stage ?? 'lead',
  grade: facts.grade ?? null,
  keyFigures: { orderCount: facts.orders ?? 0 },
});

describe('suggestedSurvivor', () => {
  it('keeps the record with the orders, even when the other is older', () => {
    const oldLead = record('Hanse Tools Hamburg', { createdAt: '2022-03-01T00:00:00Z', stage: 'lead' });
    const customer = record('Hanse Werkzeug GmbH', { createdAt: '2025-06-01T00:00:00Z', stage: 'customer', grade: 'key', orders: 3 });
    expect(suggestedSurvivor(oldLead, customer).name).toBe('Hanse Werkzeug GmbH');
    expect(suggestedSurvivor(customer, oldLead).name).toBe('Hanse Werkzeug GmbH');
  });

  it('then the one further along, then the better grade, then the older', () => {
    expect(suggestedSurvivor(record('lead', { stage: 'lead' }), record('prospect', { stage: 'prospect', createdAt: '2025-01-01T00:00:00Z' })).name).toBe('prospect');
    expect(suggestedSurvivor(record('regular', { stage: 'customer', grade: 'regular' }), record('vip', { stage: 'customer', grade: 'vip' })).name).toBe('vip');
    expect(suggestedSurvivor(record('newer', { createdAt: '2025-01-01T00:00:00Z' }), record('older', { createdAt: '2023-01-01T00:00:00Z' })).name).toBe('older');
    // Nothing to tell them apart: the first stays.
    expect(suggestedSurvivor(record('first', {}), record('second', {})).name).toBe('first');
  });
});
