import { isInstallmentOverdue } from './order-stages';

describe('isInstallmentOverdue', () => {
  const today = '2026-12-06';
  const deposit = { dueDate: '2026-12-01', amount: '2061.00', paidAmount: '0' };

  it('is overdue when a binding order still owes it after its due date, part paid or not', () => {
    expect(isInstallmentOverdue('confirmed', deposit, today)).toBe(true);
    expect(isInstallmentOverdue('shipped', { ...deposit, paidAmount: '2000' }, today)).toBe(true);
    expect(isInstallmentOverdue('on_hold', deposit, today)).toBe(true);
  });

  it('is never overdue for a draft or a cancelled order, which owe nothing', () => {
    expect(isInstallmentOverdue('draft', deposit, today)).toBe(false);
    expect(isInstallmentOverdue('cancelled', deposit, today)).toBe(false);
  });

  it('is not overdue once paid, on its due date, or before it has a due date', () => {
    expect(isInstallmentOverdue('confirmed', { ...deposit, paidAmount: '2061' }, today)).toBe(false);
    expect(isInstallmentOverdue('confirmed', { ...deposit, dueDate: today }, today)).toBe(false);
    expect(isInstallmentOverdue('confirmed', { ...deposit, dueDate: null }, today)).toBe(false);
  });
});
