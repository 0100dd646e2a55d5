import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearQueues, TestApi, testConfig } from '../../../test/harness/test-app';
import { codeOf, createCustomer } from '../../crm/test/crm-fixtures';

function pdfText(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'doc-')), 'doc.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
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
    // 7,380.00 + freight 850.00 + insurance 45.50
    expect(text).toContain('8,275.50');
    expect(text).toContain('美元捌仟贰佰柒拾伍元伍角整');
    expect(text).toContain('CIF');
    expect(text).toContain('Osaka');
  });

  it('generates the English contract and commercial invoice on request', async () => {
    const contract = (await api.ok<Generated>(GENERATE, { id: orderId, kind: 'sales_contract', lang: 'en' }, sales)).generateOrderDocument;
    const text = pdfText(Buffer.from(await (await download(contract.downloadUrl)).arrayBuffer()));
    expect(text).toContain('SALES CONTRACT');
    expect(text).toMatch(/SAY US DOLLARS EIGHT THOUSAND TWO HUNDRED SEVENTY-FIVE AND CENTS FIFTY ONLY/);
    expect(text).toContain('BKCHCNBJ92A');
    const invoice = (await api.ok<Generated>(GENERATE, { id: orderId, kind: 'commercial_invoice', lang: 'en' }, sales)).generateOrderDocument;
    expect(invoice.fileName).toMatch(/^CI-\d{4}-\d{4}-v1-en\.pdf$/);
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
    const { createQuotation } = await api.ok<{ createQuotation: { id: string; number: string } }>('mutation($i: CreateQuotationInput!) { createQuotation(input: $i) { id number } }', {
      i: { customerId: customer.id, currency: 'EUR', incotermCode: 'FOB', incotermPlace: 'Ningbo', paymentTerms: 'T/T 30/70', validUntil: '2026-09-30', lines: [{ sku: 'LC-9', description: 'Linen cushion cover', quantity: '2500', unitPrice: '1.96' }] },
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
    expect(text).toContain('2026-09-30');
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
