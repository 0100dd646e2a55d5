import { buildDocumentModel, buildLines, totalsOf } from '../testing/document-model.factory';
import { DocumentModelError, checkDocumentModel, sumPacking } from './document-model.checks';
import { DocumentModel, DocumentPriceBreakdown } from './document.model';

function codeOf(run: () => void): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof DocumentModelError ? error.code : String(error);
  }
}

describe('checkDocumentModel', () => {
  it('accepts a model whose figures add up', () => {
    expect(() => checkDocumentModel(buildDocumentModel({ kind: 'packing_list' }))).not.toThrow();
  });

  it('refuses a subtotal that is not the sum of the lines', () => {
    const model = buildDocumentModel();
    expect(codeOf(() => checkDocumentModel({ ...model, totals: { subtotal: '1.00', total: '1.00' } }))).toBe('DOCUMENT_TOTALS_MISMATCH');
  });

  it('refuses a total above the sum of the lines, as freight and insurance added on top would make it', () => {
    const model = buildDocumentModel();
    // 8,218.00 of lines + 1,850.00 freight + 12.35 insurance
    const charged = { ...model.totals, total: '10080.35' };
    expect(codeOf(() => checkDocumentModel({ ...model, installments: undefined, totals: charged }))).toBe('DOCUMENT_TOTALS_MISMATCH');
  });

  it('accepts a commercial invoice that splits its total into goods value, freight and insurance', () => {
    const lines = buildLines(3);
    const totals = totalsOf(lines, 'USD', { freight: '1850.00', insurance: '12.35' });
    expect(totals).toEqual({
      subtotal: '8218.00',
      total: '8218.00',
      breakdown: { basis: 'FOB', goodsValue: '6355.65', freight: '1850.00', insurance: '12.35' },
    });
    expect(codeOf(() => checkDocumentModel(buildDocumentModel({ kind: 'commercial_invoice', lines, totals })))).toBeUndefined();
  });

  it('refuses a split whose parts do not make up the total, or that leaves a negative goods value', () => {
    const model = buildDocumentModel({ kind: 'commercial_invoice' });
    const split = (breakdown: DocumentPriceBreakdown): DocumentModel => ({ ...model, totals: { ...model.totals, breakdown } });
    expect(codeOf(() => checkDocumentModel(split({ basis: 'FOB', goodsValue: '8218.00', freight: '1850.00' })))).toBe(
      'DOCUMENT_TOTALS_MISMATCH',
    );
    expect(codeOf(() => checkDocumentModel(split({ basis: 'FOB', goodsValue: '-1782.00', freight: '10000.00' })))).toBe(
      'DOCUMENT_TOTALS_MISMATCH',
    );
  });

  it('refuses a payment schedule that does not sum to the total', () => {
    const model = buildDocumentModel();
    const installments = (model.installments ?? []).map((i, n) => (n === 0 ? { ...i, amount: '3000.00' } : i));
    expect(codeOf(() => checkDocumentModel({ ...model, installments }))).toBe('DOCUMENT_TOTALS_MISMATCH');
  });

  it('refuses figures that are not decimal strings, unknown currencies and impossible dates', () => {
    const model = buildDocumentModel();
    const lines = [{ ...model.lines[0], quantity: '1,000' }, ...model.lines.slice(1)];
    expect(codeOf(() => checkDocumentModel({ ...model, lines }))).toBe('DOCUMENT_INVALID_FIGURE');
    expect(codeOf(() => checkDocumentModel({ ...model, currency: 'XXX' }))).toBe('DOCUMENT_UNKNOWN_CURRENCY');
    expect(codeOf(() => checkDocumentModel({ ...model, issueDate: '2026-02-30' }))).toBe('DOCUMENT_INVALID_DATE');
    expect(codeOf(() => checkDocumentModel({ ...model, issueDate: '2026-13-45' }))).toBe('DOCUMENT_INVALID_DATE');
    expect(codeOf(() => checkDocumentModel({ ...model, version: 0 }))).toBe('DOCUMENT_INVALID_VERSION');
  });

  it('requires packing lines on a packing list and totals that match them', () => {
    const model = buildDocumentModel({ kind: 'packing_list' });
    expect(codeOf(() => checkDocumentModel({ ...model, packing: [] }))).toBe('DOCUMENT_PACKING_MISSING');
    const totals = sumPacking(model.packing ?? []);
    expect(codeOf(() => checkDocumentModel({ ...model, packingTotals: totals }))).toBeUndefined();
    expect(codeOf(() => checkDocumentModel({ ...model, packingTotals: { ...totals, cbm: '1.9' } }))).toBe(
      'DOCUMENT_PACKING_TOTALS_MISMATCH',
    );
  });

  it('sums packing weights and volumes exactly', () => {
    const line = {
      sku: 'A',
      description: 'a',
      cartons: 1,
      unitsPerCarton: 1,
      quantity: '1',
      netWeightKg: '0.1',
      grossWeightKg: '0.2',
      cbm: '0.001',
    };
    expect(sumPacking([line, line, line])).toEqual({ cartons: 3, quantity: '3', netWeightKg: '0.3', grossWeightKg: '0.6', cbm: '0.003' });
  });
});
