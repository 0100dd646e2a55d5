import { DOCUMENT_KINDS } from '../model';
import { DOCUMENT_LABELS, DocumentLabels } from './labels';

describe('document labels', () => {
  it.each(['en', 'zh'] as const)('has a non-empty %s text for every label and every title', (language) => {
    const labels: DocumentLabels = DOCUMENT_LABELS[language];
    for (const [key, value] of Object.entries(labels)) {
      if (typeof value === 'string') expect({ key, empty: value.trim() === '' }).toEqual({ key, empty: false });
    }
    for (const kind of DOCUMENT_KINDS) expect(labels.titles[kind]).not.toBe('');
    expect(labels.page(1, 2)).toMatch(/1.*2/);
    expect(labels.revision(2)).toContain('2');
  });

  it('titles the documents as exporters name them', () => {
    expect(DOCUMENT_LABELS.en.titles).toEqual({
      quotation: 'QUOTATION',
      proforma_invoice: 'PROFORMA INVOICE',
      sales_contract: 'SALES CONTRACT',
      commercial_invoice: 'COMMERCIAL INVOICE',
      packing_list: 'PACKING LIST',
    });
    expect(DOCUMENT_LABELS.zh.titles).toEqual({
      quotation: '报价单',
      proforma_invoice: '形式发票',
      sales_contract: '销售合同',
      commercial_invoice: '商业发票',
      packing_list: '装箱单',
    });
    expect(DOCUMENT_LABELS.en.page(1, 2)).toBe('Page 1 of 2');
    expect(DOCUMENT_LABELS.en.revision(2)).toBe('Rev. 2');
  });
});
