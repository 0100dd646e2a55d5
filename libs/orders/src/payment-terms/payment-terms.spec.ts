import { PaymentTermsError, createPaymentTerms, methodAllowsTrigger } from './payment-terms';

function creationError(run: () => unknown): PaymentTermsError {
  try {
    run();
  } catch (error) {
    if (error instanceof PaymentTermsError) return error;
    throw error;
  }
  throw new Error('expected the terms to be rejected');
}

describe('createPaymentTerms', () => {
  it('orders installments by when they fall due and normalizes percentages', () => {
    const terms = createPaymentTerms([
      { percentage: '40.00', method: 'OA', trigger: 'days_after_bl', days: 60 },
      { percentage: '20', method: 'TT', trigger: 'against_bl_copy' },
      { percentage: '10', method: 'TT', trigger: 'days_after_invoice', days: 30 },
      { percentage: '30.0', method: 'TT', trigger: 'on_order' },
    ]);
    expect(terms.installments).toEqual([
      { percentage: '30', method: 'TT', trigger: 'on_order' },
      { percentage: '20', method: 'TT', trigger: 'against_bl_copy' },
      { percentage: '10', method: 'TT', trigger: 'days_after_invoice', days: 30 },
      { percentage: '40', method: 'OA', trigger: 'days_after_bl', days: 60 },
    ]);
  });

  it('requires the percentages to sum to exactly 100', () => {
    const error = creationError(() =>
      createPaymentTerms([
        { percentage: '33.33', method: 'TT', trigger: 'on_order' },
        { percentage: '33.33', method: 'TT', trigger: 'before_shipment' },
        { percentage: '33.33', method: 'TT', trigger: 'against_bl_copy' },
      ]),
    );
    expect(error.code).toBe('PERCENTAGES_NOT_100');
    expect(error.message).toContain('99.99%');
  });

  it.each(['0', '-10', 'thirty', ''])('rejects the percentage "%s"', (percentage) => {
    const error = creationError(() => createPaymentTerms([{ percentage, method: 'TT', trigger: 'on_order' }]));
    expect(error.code).toBe('INVALID_PERCENTAGE');
  });

  it.each([0, -30, 1.5])('rejects %s days', (days) => {
    const error = creationError(() =>
      createPaymentTerms([{ percentage: '100', method: 'OA', trigger: 'days_after_invoice', days }]),
    );
    expect(error.code).toBe('INVALID_DAYS');
  });

  it('rejects empty terms', () => {
    expect(creationError(() => createPaymentTerms([])).code).toBe('PAYMENT_TERMS_EMPTY');
  });

  it.each([
    ['TT', 'lc_at_sight'],
    ['TT', 'dp_at_sight'],
    ['LC', 'on_order'],
    ['LC', 'before_shipment'],
    ['DP', 'against_bl_copy'],
    ['DA', 'dp_at_sight'],
    ['DA', 'days_after_invoice'],
    ['OA', 'on_order'],
    ['OA', 'before_shipment'],
  ] as const)('refuses %s due %s', (method, trigger) => {
    expect(methodAllowsTrigger(method, trigger)).toBe(false);
    const term =
      trigger === 'days_after_invoice'
        ? { percentage: '100', method, trigger, days: 30 }
        : { percentage: '100', method, trigger };
    expect(creationError(() => createPaymentTerms([term])).code).toBe('METHOD_TRIGGER_MISMATCH');
  });

  it.each([
    ['TT', 'on_order'],
    ['TT', 'days_after_invoice'],
    ['LC', 'lc_at_sight'],
    ['LC', 'days_after_bl'],
    ['DP', 'dp_at_sight'],
    ['DA', 'days_after_bl'],
    ['OA', 'days_after_bl'],
    ['OA', 'days_after_invoice'],
  ] as const)('allows %s due %s', (method, trigger) => {
    expect(methodAllowsTrigger(method, trigger)).toBe(true);
  });
});
