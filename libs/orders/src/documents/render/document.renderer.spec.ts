import { deflateSync, crc32 } from 'node:zlib';
import { Money } from '@tradewind/shared';
import { DOCUMENT_KINDS, DOCUMENT_LANGUAGES, DocumentKind, DocumentLanguage, DocumentModel } from '../model';
import { buildDocumentModel, buildLines, totalsOf } from '../testing/document-model.factory';
import { extractPdfPages, extractPdfText } from '../testing/pdf-text.extractor';
import { formatMoney, formatUnitPrice, groupThousands } from './figures.formatter';
import { renderDocument } from './document.renderer';
import { DOCUMENT_LABELS } from './labels';

const PRICED_KINDS = DOCUMENT_KINDS.filter((kind) => kind !== 'packing_list');
const EVERY_KIND_AND_LANGUAGE = DOCUMENT_KINDS.flatMap((kind) =>
  DOCUMENT_LANGUAGES.map((language) => [kind, language] as [DocumentKind, DocumentLanguage]),
);

async function renderText(model: DocumentModel): Promise<string> {
  return extractPdfText(await renderDocument(model));
}

/** pdftotext -layout separates columns with runs of spaces; wrapped paragraphs continue on the next line. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A table row: the cells in order on one line, separated by column gaps. */
function rowPattern(...cells: string[]): RegExp {
  return new RegExp(cells.map(escape).join('[ \\t]+'));
}

/**
 * A table row whose description may wrap: the SKU and the figures on one line, and the description cell
 * (its first line plus the continuation lines under it) equal to the description, spaces aside.
 */
function expectLine(text: string, sku: string, description: string, ...figures: string[]): void {
  expect(text).toMatch(new RegExp(`${escape(sku)}[^\\n]*?[ \\t]${figures.map(escape).join('[ \\t]+')}`));
  expect(wrappedCellAfter(text, sku).replace(/\s/g, '')).toBe(description.replace(/\s/g, ''));
}

/** The cell right of `anchor` with its continuation lines (lines holding a single cell, as a wrapped cell does). */
function wrappedCellAfter(text: string, anchor: string): string {
  const lines = text.split('\n');
  const row = lines.findIndex((line) => line.includes(anchor));
  const [cell] = lines[row]
    .slice(lines[row].indexOf(anchor) + anchor.length)
    .trim()
    .split(/\s{2,}/);
  const continuation: string[] = [];
  for (const line of lines.slice(row + 1)) {
    const chunks = line.trim().split(/\s{2,}/);
    if (line.trim() === '' || chunks.length !== 1) break;
    continuation.push(chunks[0]);
  }
  return [cell, ...continuation].join(' ');
}

describe('renderDocument', () => {
  it.each(EVERY_KIND_AND_LANGUAGE)('prints the title, number, buyer and shipment terms of a %s in %s', async (kind, language) => {
    const model = buildDocumentModel({ kind, language });
    const pages = await extractPdfPages(await renderDocument(model));
    const text = pages.join('\n');
    const labels = DOCUMENT_LABELS[language];

    expect(text).toContain(labels.titles[kind]);
    expect(text).toContain('PI-2026-0001');
    expect(text).toContain('Hamburg Lichttechnik GmbH');
    expect(text).toContain(language === 'en' ? 'Germany' : '德国');
    expect(text).toContain(language === 'en' ? 'Ningbo Tradewind Lighting Co., Ltd.' : '宁波信风照明有限公司');
    expect(text).toMatch(rowPattern(labels.portOfDischarge, 'Hamburg'));
    pages.forEach((page, i) => expect(page).toContain(labels.page(i + 1, pages.length)));
  });

  it.each(PRICED_KINDS.flatMap((kind) => DOCUMENT_LANGUAGES.map((language) => [kind, language] as const)))(
    'prints every line, the totals, the amount in words, the terms and the bank of a %s in %s',
    async (kind, language) => {
      const model = buildDocumentModel({ kind, language });
      const text = await renderText(model);
      const labels = DOCUMENT_LABELS[language];

      for (const line of model.lines) {
        expectLine(
          text,
          line.sku,
          line.description,
          line.hsCode ?? '',
          groupThousands(line.quantity),
          line.unit,
          formatUnitPrice(line.unitPrice, 'USD'),
          formatMoney(line.amount, 'USD'),
        );
      }
      // 100 × 12.35 + 200 × 13.36 + 300 × 14.37 = 8,218.00
      expect(model.totals.total).toBe('8218.00');
      expect(text).toMatch(rowPattern(labels.total, 'USD 8,218.00'));
      expect(flat(text)).toContain(
        language === 'en'
          ? `${labels.amountInWords}: SAY US DOLLARS EIGHT THOUSAND TWO HUNDRED EIGHTEEN ONLY`
          : `${labels.amountInWords}：美元捌仟贰佰壹拾捌元整`,
      );
      expect(text).toMatch(rowPattern(labels.incoterm, `FOB Ningbo Incoterms® 2020 (${language === 'en' ? 'Free on Board' : '船上交货'})`));
      expect(text).toMatch(rowPattern(labels.paymentTerms, model.paymentTermsText));
      expect(text).toMatch(rowPattern(labels.swift, 'BKCHCNBJ92A'));
      expect(text).toMatch(rowPattern(labels.accountNumber, '3582 6688 1234 5678'));
      // The 30/70 schedule: deposit due on the order date, balance open until shipment is dated.
      expect(text).toMatch(rowPattern(model.installments?.[0].label ?? '', '30%', '2,465.40'));
      expect(text).toMatch(rowPattern(model.installments?.[1].label ?? '', '70%', '5,752.60', labels.dueOnEvent));
    },
  );

  it('sets Chinese documents in the CJK font with Chinese labels that extract as text', async () => {
    const text = await renderText(buildDocumentModel({ language: 'zh', remarks: '请在唛头上注明订单号。' }));

    for (const label of [
      '形式发票',
      '编号',
      '买方',
      '贸易术语',
      '付款方式',
      '品名及规格',
      '单价 (USD)',
      '金额 (USD)',
      '合计',
      '大写金额',
      '付款计划',
      '银行信息',
      '备注',
    ]) {
      expect(text).toContain(label);
    }
    expect(text).toContain('30%电汇定金，70%电汇发货前付款');
    expect(text).toContain('LED面板灯 600x600 40W 4000K');
    expect(text).toContain('2026年3月2日');
    expect(text).toContain('请在唛头上注明订单号。');
  });

  it('prints yen amounts without decimals', async () => {
    const lines = buildLines(2, 'en', 'JPY');
    const model = buildDocumentModel({ currency: 'JPY', lines, totals: totalsOf(lines, 'JPY') });
    const text = await renderText(model);

    // 100 × 1,250 + 200 × 1,260 = 377,000
    expect(model.totals.total).toBe('377000');
    expect(text).toMatch(rowPattern('100', 'pcs', '1,250', '125,000'));
    expect(text).toMatch(rowPattern('200', 'pcs', '1,260', '252,000'));
    expect(text).toMatch(rowPattern('Total', 'JPY 377,000'));
    expect(text).not.toMatch(/\d\.00\b/);
    expect(flat(text)).toContain('SAY JAPANESE YEN THREE HUNDRED SEVENTY-SEVEN THOUSAND ONLY');
  });

  it('keeps unit prices quoted to more decimals than the currency has, and rounds amounts to cents', async () => {
    const lines = [
      { sku: 'SC-M4', description: 'Machine screw M4x10', quantity: '10000', unit: 'pcs', unitPrice: '0.0125', amount: '125.00' },
    ];
    const text = await renderText(buildDocumentModel({ lines, totals: totalsOf(lines, 'USD') }));

    expect(formatUnitPrice('0.0125', 'USD')).toBe('0.0125');
    expect(text).toMatch(rowPattern('10,000', 'pcs', '0.0125', '125.00'));
  });

  it.each(DOCUMENT_LANGUAGES)(
    'splits the total of a CIF commercial invoice in %s into FOB value, freight and insurance that add up to it',
    async (language) => {
      const lines = buildLines(3, language);
      const model = buildDocumentModel({
        kind: 'commercial_invoice',
        language,
        incoterm: { code: 'CIF', place: 'Hamburg' },
        lines,
        totals: totalsOf(lines, 'USD', { freight: '1850.00', insurance: '12.35' }),
      });
      const text = await renderText(model);
      const labels = DOCUMENT_LABELS[language];

      // Freight and insurance are in the prices: the total stays the sum of the lines, 8,218.00.
      const parts = [
        [labels.goodsValue('FOB'), '6,355.65'],
        [labels.freight, '1,850.00'],
        [labels.insurance, '12.35'],
      ];
      for (const [label, amount] of parts) expect(text).toMatch(rowPattern(label, `USD ${amount}`));
      expect(text).toMatch(rowPattern(labels.totalUnder('CIF'), 'USD 8,218.00'));
      const sum = parts.reduce((acc, [, amount]) => acc.add(Money.of(amount.replace(/,/g, ''), 'USD')), Money.zero('USD'));
      expect(sum.toFixed()).toBe(model.totals.total);
      expect(flat(text)).toContain(
        language === 'en' ? 'SAY US DOLLARS EIGHT THOUSAND TWO HUNDRED EIGHTEEN ONLY' : '美元捌仟贰佰壹拾捌元整',
      );
      expect(text).not.toContain('10,080.35');
      if (language === 'en') {
        // The rule's name wraps in the terms column.
        expect(flat(text)).toMatch(/Trade term CIF Hamburg Incoterms® 2020 \(Cost, Insurance and .*Freight\)/);
      }
    },
  );

  it.each(PRICED_KINDS.flatMap((kind) => DOCUMENT_LANGUAGES.map((language) => [kind, language] as const)))(
    'prints a 10-digit HS code and its dotted form whole on the line of their item in a %s in %s',
    async (kind, language) => {
      const [first, second] = buildLines(2, language);
      const lines = [
        { ...first, hsCode: '3917320000' },
        { ...second, hsCode: '3917.32.00.00' },
      ];
      const text = await renderText(buildDocumentModel({ kind, language, lines, totals: totalsOf(lines, 'USD') }));

      for (const line of lines) {
        const row = text.split('\n').find((candidate) => candidate.includes(line.sku));
        expect(row).toMatch(new RegExp(`\\s${escape(line.hsCode)}\\s`));
        expectLine(text, line.sku, line.description, line.hsCode, groupThousands(line.quantity), line.unit);
      }
    },
  );

  it.each(DOCUMENT_LANGUAGES)('prints the packing list in %s with carton, weight and volume totals and no prices', async (language) => {
    const model = buildDocumentModel({ kind: 'packing_list', language });
    const text = await renderText(model);
    const labels = DOCUMENT_LABELS[language];

    // 100/200/300 units at 20 a carton; 0.45 kg net a unit plus 1.2 kg a carton; 0.062 m³ a carton.
    expectLine(text, 'LP-6060-40-001', model.lines[0].description, '5', '20', '100', '45.00', '51.00', '0.310');
    expectLine(text, 'HB-UFO-150-003', model.lines[2].description, '15', '20', '300', '135.00', '153.00', '0.930');
    expect(text).toMatch(rowPattern(labels.packingTotal, '30', '600', '270.00', '306.00', '1.860'));
    for (const header of [labels.cartons, labels.netWeight, labels.grossWeight, labels.volume]) expect(text).toContain(header);

    for (const line of model.lines) {
      expect(text).not.toContain(formatMoney(line.amount, 'USD'));
      expect(text).not.toContain(line.unitPrice);
    }
    const priced = [labels.unitPrice, labels.amount, labels.amountInWords, '8,218.00', 'SAY', '美元', 'USD'];
    const banking = [labels.bank, labels.paymentTerms, 'BKCHCNBJ92A', '3582 6688 1234 5678'];
    for (const absent of [...priced, ...banking]) expect(text).not.toContain(absent);
  });

  it('paginates a 120-line proforma invoice with the table header and "Page x of y" on every page', async () => {
    const model = buildDocumentModel({ lineCount: 120 });
    const pages = await extractPdfPages(await renderDocument(model));

    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(page).toContain('PROFORMA INVOICE PI-2026-0001');
    });
    // Every page that carries lines has the header row above them.
    const linePages = pages.filter((page) => /-\d{3} /.test(page));
    expect(linePages.length).toBeGreaterThanOrEqual(3);
    for (const page of linePages) {
      expect(page).toMatch(rowPattern('No.', 'Item No.', 'Description', 'HS Code', 'Qty', 'Unit', 'Unit Price', 'Amount (USD)'));
      expect(page.indexOf('Item No.')).toBeLessThan(page.search(/-\d{3} /));
    }
    // Each line printed once, whole, in order.
    const all = pages.join('\n');
    const positions = model.lines.map((line) => {
      expect(all.split(line.sku).length - 1).toBe(1);
      expectLine(
        all,
        line.sku,
        line.description,
        line.hsCode ?? '',
        groupThousands(line.quantity),
        line.unit,
        formatUnitPrice(line.unitPrice, 'USD'),
        formatMoney(line.amount, 'USD'),
      );
      return all.indexOf(line.sku);
    });
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(pages.slice(1).every((page) => page.includes('PROFORMA INVOICE PI-2026-0001 (continued)'))).toBe(true);
    expect(pages.at(-1)).toContain('SAY US DOLLARS');
  });

  it.each(DOCUMENT_LANGUAGES)('continues %s remarks longer than a page on the next pages without losing a word', async (language) => {
    const sentences = Array.from({ length: language === 'en' ? 250 : 500 }, (_, i) =>
      language === 'en'
        ? `Note ${i + 1}: cartons to be marked with the order number and net weight.`
        : `第${i + 1}条：纸箱须标明订单号及净重。`,
    );
    const labels = DOCUMENT_LABELS[language];
    const pages = await extractPdfPages(await renderDocument(buildDocumentModel({ language, remarks: sentences.join(' ') })));
    // The page footers and running headers sit between the halves of a sentence cut by a page break.
    const body = pages.map((page) =>
      page
        .split('\n')
        .filter((line) => !line.includes(labels.continued) && !/PI-2026-0001\s+(Page|第)/.test(line))
        .join('\n'),
    );
    const text = flat(body.join('\n')).replace(/ /g, '');

    // Longer than a page, so it starts under the bank details on page 1 and runs on over the next pages.
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(flat(body[0]).replace(/ /g, '')).toContain(sentences[0].replace(/ /g, ''));
    let from = 0;
    for (const sentence of sentences) {
      const at = text.indexOf(sentence.replace(/ /g, ''), from);
      expect({ sentence, found: at >= 0 }).toEqual({ sentence, found: true });
      from = at;
    }
    pages.forEach((page, i) => expect(page).toContain(labels.page(i + 1, pages.length)));
  });

  it('marks revisions after the first as "Rev. n" in the header and footer', async () => {
    const first = await renderText(buildDocumentModel({ version: 1 }));
    const second = await renderText(buildDocumentModel({ version: 2 }));
    const secondZh = await renderText(buildDocumentModel({ version: 2, language: 'zh' }));

    expect(first).not.toContain('Rev.');
    expect(second).toMatch(/PI-2026-0001\s+Rev\. 2/);
    expect(second).toContain('PROFORMA INVOICE PI-2026-0001 Rev. 2');
    expect(secondZh).toContain('第2版');
  });

  it('prints the validity date on a quotation', async () => {
    const text = await renderText(buildDocumentModel({ kind: 'quotation', number: 'QT-2026-0007', validUntil: '2026-04-01' }));

    expect(text).toContain('QUOTATION');
    expect(text).toMatch(/No\.: QT-2026-0007\s+Date: 2026-03-02\s+Valid until: 2026-04-01/);
  });

  it.each(DOCUMENT_LANGUAGES)('gives the %s sales contract numbered clauses and signature blocks for both parties', async (language) => {
    const clauses =
      language === 'en'
        ? ['Quality: as per the samples approved by the Buyer.', 'Shipment: partial shipments not allowed.']
        : ['质量：以买方确认的样品为准。', '装运：不允许分批装运。'];
    const text = await renderText(buildDocumentModel({ kind: 'sales_contract', language, termsAndConditions: clauses }));
    const labels = DOCUMENT_LABELS[language];

    expect(text).toContain(labels.termsAndConditions);
    expect(text).toContain(`1. ${clauses[0]}`);
    expect(text).toContain(`2. ${clauses[1]}`);
    expect(text).toMatch(
      rowPattern(`${labels.forSeller}${language === 'en' ? ':' : '：'}`, `${labels.forBuyer}${language === 'en' ? ':' : '：'}`),
    );
    expect(text).toMatch(rowPattern(labels.signature, labels.signature));
  });

  it('leaves signature blocks off documents that are not contracts', async () => {
    const text = await renderText(buildDocumentModel({ kind: 'proforma_invoice' }));

    expect(text).not.toContain(DOCUMENT_LABELS.en.signature);
  });

  it('embeds the seller logo when one is given', async () => {
    const pdf = await renderDocument(buildDocumentModel({ seller: { ...buildDocumentModel().seller, logo: onePixelPng() } }));
    const withoutLogo = await renderDocument(buildDocumentModel());

    expect(pdf.toString('latin1')).toContain('/Subtype /Image');
    expect(withoutLogo.toString('latin1')).not.toContain('/Subtype /Image');
  });

  it('renders the same model to the same bytes, dated by the issue date', async () => {
    const model = buildDocumentModel({ language: 'zh', lineCount: 40 });
    const [a, b] = [await renderDocument(model), await renderDocument(model)];

    expect(a.equals(b)).toBe(true);
    expect(a.toString('latin1')).toContain('(D:20260302000000Z)');
  });

  it('refuses a model whose totals do not add up', async () => {
    const model = buildDocumentModel();
    await expect(renderDocument({ ...model, totals: { ...model.totals, total: '9000.00' } })).rejects.toMatchObject({
      code: 'DOCUMENT_TOTALS_MISMATCH',
    });
  });

  it('names the package to install when the CJK font folder has no Noto Sans CJK', async () => {
    await expect(renderDocument(buildDocumentModel(), { fontDir: '/nonexistent/fonts' })).rejects.toThrow(
      /NotoSansCJK-Regular\.ttc and NotoSansCJK-Bold\.ttc not found in \/nonexistent\/fonts: install fonts-noto-cjk/,
    );
  });
});

/** A valid 1×1 PNG, built here so the test needs no image file. */
function onePixelPng(): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]); // 1×1, 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from([0, 0x1f, 0x4e, 0x79]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
