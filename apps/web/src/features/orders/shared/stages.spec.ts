import { skippedStages } from './stages';

describe('skippedStages', () => {
  it('names the stages a move jumped over, and none for moves one step on, side moves or an import', () => {
    expect([...skippedStages([
      { fromStage: 'documents_sent', toStage: 'paid' },
      { fromStage: 'shipped', toStage: 'documents_sent' },
      { fromStage: 'on_hold', toStage: 'booked' },
      { fromStage: 'ready', toStage: 'on_hold' },
      { fromStage: null, toStage: 'ready' },
    ])]).toEqual(['customs_cleared']);
    expect([...skippedStages([{ fromStage: 'confirmed', toStage: 'in_production' }])]).toEqual(['deposit_received']);
    expect(skippedStages([{ fromStage: 'draft', toStage: 'confirmed' }, { fromStage: 'confirmed', toStage: 'cancelled' }]).size).toBe(0);
  });
});
