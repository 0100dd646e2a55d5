import { Money } from '@tradewind/shared';
import { clearQueues, TestApi, testConfig } from '../../../test/harness/test-app';
import { pdfText } from '../../../test/harness/pdf-text';
import { codeOf, createCustomer } from '../../crm/test/crm-fixtures';
import { amountInWords } from '../src/documents';

/** pdftotext -layout separates columns with runs of spaces and wraps long paragraphs. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** The cells of the row whose first cell is `label`: pdftotext -layout separates cells by runs of spaces. */
function rowCells(text: string, label: string): string[] {
  return text.split('\n').map((line) => line.trim().split(/\s{2,}/)).find((cells) => cells[0] === label) ?? [];
}

/** The amount in a totals row ("EUR 1,850.00") or an installment row ("1,850.00") as a plain decimal. */
function amountIn(cell: string | undefined): string {
  return (cell ?? '').replace(/^[A-Z]{3} /, '').replace(/,/g, '');
}

/** Totals rows: label, amount. */
function totalsAmount(text: string, label: string): string {
  return amountIn(rowCells(text, label)[1]);
}

/** Payment schedule rows: installment, share, amount, due date. */
function installmentAmount(text: string, label: string): string {
  return amountIn(rowCells(text, label)[2]);
}

describe('order documents', () => {
  let api: TestApi;
  let sales: string;
  let orderId: string;
  let version: number;

  const GENERATE = 'mutation($id: ID!, $kind: String!, $lang: String) { generateOrderDocument(orderId: $id, kind: $kind, language: $lang) { id kind language version fileName downloadUrl } }';
  type Generated = { generateOrderDocument: { id: string; kind: string; language: string; version: number; fileName: string; downloadUrl: string } };

  async function download(url: string, token = sales): Promise<Response> {
    return fetch(`${api.url}${url}`, { headers: { authorization: `Bearer ${token}` } });
  }

  beforeAll(async () => {
    api = await TestApi.start(await testConfig());
    sales = (await api.signedIn('sales')).token;
    const customer = await createCustomer(api, sales, { name: 'Kyoto Home Goods KK', localName: '京都家居株式会社', country: 'JP', contacts: [{ name: 'Sato', emails: ['sato@kyotohome.jp'], preferredLanguage: 'zh-CN' }] });
    const { createOrder } = await api.ok<{ createOrder: { id: string; version: number } }>('mutation($i: CreateOrderInput!) { createOrder(input: $i) { id version } }', {
      i: { customerId: customer.id, currency: 'USD', incotermCode: 'CIF', incotermPlace: 'Osaka', paymentTerms: 'T/T 30/70', freightCost: '850', insuranceCost: '45.50', lines: [
        { sku: 'KT-1', description: 'Ceramic bowl set', quantity: '1200', unitPrice: '3.25' },
        { sku: 'KT-2', description: 'Bamboo tray', quantity: '600', unitPrice: '5.8' },
      ] },
    }, sales);
    orderId = createOrder.id;
    version = createOrder.version;
  });

  afterAll(async () => {
    await api.close();
    await clearQueues(api.config);
  });

  it('generates the PI in the buyer contact\'s language, with the figures and the amount in words', async () => {
    const { generateOrderDocument: doc } = await api.ok<Generated>(GENERATE, { id: orderId, kind: 'proforma_invoice' }, sales);
    expect(doc).toMatchObject({ kind: 'proforma_invoice', language: 'zh', version: 1 });
    const response = await download(doc.downloadUrl);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const text = pdfText(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain('形式发票');
    expect(text).toContain('京都家居株式会社');
    expect(text).toMatch(/1,200.*3\.25.*3,900\.00/);
    expect(text).toMatch(/600.*5\.80.*3,480\.00/);
    // 3,900.00 + 3,480.00: the CIF prices include the freight and insurance the seller pays.
    expect(text).toMatch(/合计\s+USD 7,380\.00/);
    expect(text).toContain('美元柒仟叁佰捌拾元整');
    expect(text).toContain('CIF');
    expect(text).toContain('Osaka');
    // The schedule speaks Chinese like the payment terms above it.
    expect(text).toContain('30%电汇定金，70%电汇发货前付款');
    expect(text).toMatch(/30%电汇定金\s+30%\s+2,214\.00/);
    expect(text).toMatch(/70%电汇发货前付款\s+70%\s+5,166\.00/);
    expect(text).not.toMatch(/T\/T|deposit|before shipment/);
  });

  it('generates the English contract and commercial invoice on request', async () => {
    const contract = (await api.ok<Generated>(GENERATE, { id: orderId, kind: 'sales_contract', lang: 'en' }, sales)).generateOrderDocument;
    const text = pdfText(Buffer.from(await (await download(contract.downloadUrl)).arrayBuffer()));
    expect(text).toContain('SALES CONTRACT');
    expect(text).toMatch(/SAY US DOLLARS SEVEN THOUSAND THREE HUNDRED EIGHTY ONLY/);
    expect(text).toMatch(/30% T\/T deposit\s+30%\s+2,214\.00/);
    expect(text).toMatch(/70% T\/T before shipment\s+70%\s+5,166\.00/);
    expect(text).toContain('BKCHCNBJ92A');
    const invoice = (await api.ok<Generated>(GENERATE, { id: orderId, kind: 'commercial_invoice', lang: 'en' }, sales)).generateOrderDocument;
    expect(invoice.fileName).toMatch(/^CI-\d{4}-\d{4}-v1-en\.pdf$/);
    // Undated, the invoice stands in today's date and stays one version; once the order has its invoice
    // date (moving to shipped sets it) the same invoice is a new version, dated so.
    expect((await api.ok<Generated>(GENERATE, { id: orderId, kind: 'commercial_invoice', lang: 'en' }, sales)).generateOrderDocument.id).toBe(invoice.id);
    await api.dataSource.query("UPDATE sales_order SET invoice_date = '2031-03-01' WHERE id = $1", [orderId]);
    const dated = (await api.ok<Generated>(GENERATE, { id: orderId, kind: 'commercial_invoice', lang: 'en' }, sales)).generateOrderDocument;
    expect(dated.version).toBe(2);
    expect(pdfText(Buffer.from(await (await download(dated.downloadUrl)).arrayBuffer()))).toMatch(/2031/);
    await api.dataSource.query('UPDATE sales_order SET invoice_date = NULL WHERE id = $1', [orderId]);
  });

  it('prints the agreed price of a CIF order in its PI, contract and invoice: freight and insurance are in it, not on top', async () => {
    const admin = (await api.signedIn('admin')).token;
    const customer = await createCustomer(api, sales, { name: 'Rotterdam Pipe Systems BV', country: 'NL', contacts: [{ name: 'de Vries', emails: ['devries@rps.example'], preferredLanguage: 'en' }] });
    const { createProduct } = await api.ok<{ createProduct: { id: string } }>('mutation($i: CreateProductInput!) { createProduct(input: $i) { id } }', {
      i: { sku: 'PP-32', names: { en: 'PVC pipe 32 mm', zh: 'PVC管 32毫米' }, hsCode: '3917320000' },
    }, admin);
    type Order = { id: string; total: { amount: string }; installments: { amount: { amount: string } }[] };
    const { createOrder: order } = await api.ok<{ createOrder: Order }>('mutation($i: CreateOrderInput!) { createOrder(input: $i) { id total { amount } installments { amount { amount } } } }', {
      i: { customerId: customer.id, currency: 'EUR', incotermCode: 'CIF', incotermPlace: 'Rotterdam', paymentTerms: 'T/T 30/70', freightCost: '1850', insuranceCost: '95', lines: [
        { productId: createProduct.id, sku: 'PP-32', description: 'Pressure pipe PN10, 5.8 m lengths', quantity: '4000', unitPrice: '1.25' },
        { sku: 'PP-EL', description: 'Elbow 90° 32 mm', quantity: '982', unitPrice: '2.6' },
      ] },
    }, sales);
    const eur = (amount: string): Money => Money.of(amount, 'EUR');
    const sum = (amounts: readonly string[]): string => Money.sum(amounts.map(eur), 'EUR').toFixed();
    // 5,000.00 + 2,553.20; the order's schedule splits the same amount.
    const total = eur(order.total.amount).toFixed();
    expect(total).toBe('7553.20');
    expect(sum(order.installments.map((i) => i.amount.amount))).toBe(total);

    const texts: Record<string, string> = {};
    for (const kind of ['proforma_invoice', 'sales_contract', 'commercial_invoice']) {
      const doc = (await api.ok<Generated>(GENERATE, { id: order.id, kind, lang: 'en' }, sales)).generateOrderDocument;
      texts[kind] = pdfText(Buffer.from(await (await download(doc.downloadUrl)).arrayBuffer()));
    }
    for (const [kind, text] of Object.entries(texts)) {
      const totalLabel = kind === 'commercial_invoice' ? 'CIF total' : 'Total';
      expect({ kind, total: totalsAmount(text, totalLabel) }).toEqual({ kind, total });
      expect(flat(text)).toContain(`Total in words: ${amountInWords(eur(total), 'en')}`);
      expect(flat(text)).toContain('SAY EUROS SEVEN THOUSAND FIVE HUNDRED FIFTY-THREE AND CENTS TWENTY ONLY');
      expect(text).not.toContain('9,498.20');
      // The 10-digit HS code whole on its item's line.
      expect(text.split('\n').find((line) => line.includes('PP-32'))).toMatch(/\s3917320000\s/);
    }
    for (const kind of ['proforma_invoice', 'sales_contract']) {
      const text = texts[kind];
      const schedule = ['30% T/T deposit', '70% T/T before shipment'].map((label) => installmentAmount(text, label));
      expect({ kind, schedule }).toEqual({ kind, schedule: ['2265.96', '5287.24'] });
      expect(sum(schedule)).toBe(total);
      // The PI and the contract state the price only.
      for (const label of ['FOB value', 'Freight', 'Insurance', 'CIF total']) expect({ kind, label, row: rowCells(text, label) }).toEqual({ kind, label, row: [] });
    }
    // For customs the invoice splits the total into FOB value, freight and insurance, which add up to it.
    const split = ['FOB value', 'Freight', 'Insurance'].map((label) => totalsAmount(texts.commercial_invoice, label));
    expect(split).toEqual(['5608.20', '1850.00', '95.00']);
    expect(sum(split)).toBe(total);

    const chinese = (await api.ok<Generated>(GENERATE, { id: order.id, kind: 'proforma_invoice', lang: 'zh' }, sales)).generateOrderDocument;
    const chineseText = pdfText(Buffer.from(await (await download(chinese.downloadUrl)).arrayBuffer()));
    expect(totalsAmount(chineseText, '合计')).toBe(total);
    expect(flat(chineseText)).toContain(`大写金额：${amountInWords(eur(total), 'zh')}`);
    const schedule = ['30%电汇定金', '70%电汇发货前付款'].map((label) => installmentAmount(chineseText, label));
    expect(schedule).toEqual(['2265.96', '5287.24']);
    expect(sum(schedule)).toBe(total);
  });

  it('keeps the same version for an unchanged order and makes a new one after a change, the old one still downloadable', async () => {
    const first = (await api.ok<Generated>(GENERATE, { id: orderId, kind: 'proforma_invoice', lang: 'en' }, sales)).generateOrderDocument;
    const same = (await api.ok<Generated>(GENERATE, { id: orderId, kind: 'proforma_invoice', lang: 'en' }, sales)).generateOrderDocument;
    expect(same.id).toBe(first.id);
    await api.ok('mutation($id: ID!, $i: UpdateOrderInput!) { updateOrder(id: $id, input: $i) { id } }', { id: orderId, i: { version, lines: [{ sku: 'KT-1', description: 'Ceramic bowl set', quantity: '1500', unitPrice: '3.25' }] } }, sales);
    const second = (await api.ok<Generated>(GENERATE, { id: orderId, kind: 'proforma_invoice', lang: 'en' }, sales)).generateOrderDocument;
    expect(second.version).toBe(first.version + 1);
    expect(pdfText(Buffer.from(await (await download(second.downloadUrl)).arrayBuffer()))).toContain('4,875.00');
    expect(pdfText(Buffer.from(await (await download(first.downloadUrl)).arrayBuffer()))).toContain('3,900.00');
    const { order } = await api.ok<{ order: { documents: { version: number; language: string; kind: string }[] } }>('query($id: ID!) { order(id: $id) { documents { kind language version } } }', { id: orderId }, sales);
    expect(order.documents.filter((d) => d.kind === 'proforma_invoice' && d.language === 'en').map((d) => d.version)).toEqual([2, 1]);
  });

  it('generates a quotation in either language with its lines, total and validity date, and only for who may see it', async () => {
    const customer = await createCustomer(api, sales, { name: 'Lisboa Casa Lda.', country: 'PT' });
    // A validity date ahead of today, as a new quotation's must be.
    const validUntil = `${new Date().getUTCFullYear() + 1}-09-30`;
    const { createQuotation } = await api.ok<{ createQuotation: { id: string; number: string } }>('mutation($i: CreateQuotationInput!) { createQuotation(input: $i) { id number } }', {
      i: { customerId: customer.id, currency: 'EUR', incotermCode: 'FOB', incotermPlace: 'Ningbo', paymentTerms: 'T/T 30/70', validUntil, lines: [{ sku: 'LC-9', description: 'Linen cushion cover', quantity: '2500', unitPrice: '1.96' }] },
    }, sales);
    const QUOTE = 'mutation($id: ID!, $lang: String) { generateQuotationDocument(quotationId: $id, language: $lang) { kind language version fileName downloadUrl } }';
    type Quote = { generateQuotationDocument: { kind: string; language: string; version: number; fileName: string; downloadUrl: string } };
    const english = (await api.ok<Quote>(QUOTE, { id: createQuotation.id, lang: 'en' }, sales)).generateQuotationDocument;
    expect(english).toMatchObject({ kind: 'quotation', language: 'en', version: 1 });
    expect(english.fileName).toBe(`${createQuotation.number}-v1-en.pdf`);
    const text = pdfText(Buffer.from(await (await download(english.downloadUrl)).arrayBuffer()));
    expect(text).toContain('QUOTATION');
    expect(text).toContain(createQuotation.number);
    expect(text).toMatch(/2,500.*1\.96.*4,900\.00/);
    expect(text).toContain('SAY EUROS FOUR THOUSAND NINE HUNDRED ONLY');
    expect(text).toContain(validUntil);
    const chinese = (await api.ok<Quote>(QUOTE, { id: createQuotation.id, lang: 'zh' }, sales)).generateQuotationDocument;
    const chineseText = pdfText(Buffer.from(await (await download(chinese.downloadUrl)).arrayBuffer()));
    expect(chineseText).toContain('报价单');
    expect(chineseText).toContain('4,900.00');
    const other = (await api.signedIn('sales')).token;
    expect(codeOf(await api.graphql(QUOTE, { id: createQuotation.id }, other))).toBe('NOT_FOUND');
    expect((await download(english.downloadUrl, other)).status).toBe(404);
  });

  it("does not give another salesperson the order's documents", async () => {
    const { order } = await api.ok<{ order: { documents: { downloadUrl: string }[] } }>('query($id: ID!) { order(id: $id) { documents { downloadUrl } } }', { id: orderId }, sales);
    const other = (await api.signedIn('sales')).token;
    const response = await download(order.documents[0].downloadUrl, other);
    expect(response.status).toBe(404);
    expect(codeOf(await api.graphql(GENERATE, { id: orderId, kind: 'proforma_invoice' }, other))).toBe('NOT_FOUND');
  });
});
