import { ORDER_STAGES as SPA_STAGES } from '../../../../apps/web/src/features/orders/shared/stages';
import { ORDER_STAGES } from './order-stages';

// The schema carries stages as plain strings, so nothing else would tell the SPA that a stage was added or renamed.
describe('the SPA knows the order stages', () => {
  it('lists the same stages in the same order as the server', () => {
    expect([...SPA_STAGES]).toEqual([...ORDER_STAGES]);
  });
});
