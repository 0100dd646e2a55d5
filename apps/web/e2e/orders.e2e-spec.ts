import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type Locator, type Page, type Route } from 'playwright-core';
import { runAsSystem } from '@tradewind/platform';
import { NotifyLateDelivery } from '../../../libs/alerts/src/handlers/orders-notifications.handlers';
import { clearQueues, eventually, TestApi, testConfig } from '../../../test/harness/test-app';
import { assertBrowserPrerequisites, openChromiumPage, pickOption, signInThroughForm, throwPageErrors } from './support/chromium';

const WEB_DIST = resolve(__dirname, '../dist');
const SCREENSHOTS = resolve(__dirname, '../../../docs/screenshots');

const ADMIN = { email: 'lin.wei@example.test', password: 'Tradewind-2025!', displayName: '林伟' };
const CUSTOMER = 'Hanseatic Werkzeughandel GmbH';
const SUPPLIER = '永康锤业有限公司';
// antd puts a space between the two characters of a two-character Chinese button label.
const twoChars = (label: string): RegExp => new RegExp(`^${label[0]}\\s?${label[1]}$`);
// Dates as the browser sees them (Asia/Shanghai, which keeps no daylight saving time).
const inDays = (days: number): string => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
const today = (): string => inDays(0);

jest.setTimeout(180_000);

/**
 * One order's life in the SPA, in order: each test starts where the previous one left the order
 * (one API, one browser, one signed-in page keep the suite short).
 */
describe('the order pages, built and served by the API, in Chromium', () => {
  let api: TestApi;
  let browser: Browser;
  let page: Page;
  let token: string;
  let customerId: string;
  let hammerId: string;
  let earlierOrder: { id: string; number: string };
  let orderId: string;
  let orderNumber: string;
  let merchandiserId: string;
  let shipmentId: string;
  let pageErrors: string[];

  const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> =>
    api.ok<T>(query, variables, token);

  async function orderState(): Promise<{ stage: string; bookingNumber: string | null }> {
    const { order } = await gql<{ order: { stage: string; bookingNumber: string | null } }>(
      'query($id: ID!) { order(id: $id) { stage bookingNumber } }',
      { id: orderId },
    );
    return order;
  }

  /** A USD order for the test customer, FOB Ningbo on Net 30 (no deposit: it may go straight into production). */
  async function netThirtyOrder(lines: Record<string, unknown>[], extra: Record<string, unknown> = {}): Promise<{ id: string; number: string }> {
    const { createOrder } = await gql<{ createOrder: { id: string; number: string } }>(
      'mutation($input: CreateOrderInput!) { createOrder(input: $input) { id number } }',
      { input: { customerId, currency: 'USD', incotermCode: 'FOB', incotermPlace: 'Ningbo', paymentTerms: 'Net 30', ...extra, lines } },
    );
    return createOrder;
  }

  function pick(scope: Page | Locator, label: string | RegExp, option: string, typed = option): Promise<void> {
    return pickOption(page, scope, label, option, typed);
  }

  /** Picks an option of an antd Select without search (its input is read-only) by the option's title. */
  async function choose(select: Locator, option: string): Promise<void> {
    // The selected value lies over the input and takes the click.
    await select.locator('xpath=ancestor::div[contains(@class, "ant-select-selector")]').click();
    await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click();
  }

  /** Types a date into an antd DatePicker found by its form label. */
  async function fillDate(scope: Locator, label: string, date: string): Promise<void> {
    const input = scope.getByLabel(label, { exact: true });
    await input.click();
    await input.fill(date);
    await input.press('Enter');
  }

  /** Opens a page from the side menu, unfolding its sub-menu first when it is folded. */
  async function openFromMenu(group: string, item: string, path: string): Promise<void> {
    const title = page.locator('.ant-menu-submenu-title', { hasText: group });
    await title.waitFor();
    if ((await title.getAttribute('aria-expanded')) !== 'true') await title.click();
    // The item's accessible name starts with its icon's.
    await page.getByRole('menuitem', { name: new RegExp(`(^|\\s)${item}$`) }).click();
    await page.waitForURL(`${api.url}${path}`);
  }

  const stageBar = (): Locator => page.getByTestId('stage-card');
  const moveButton = (name: string): Locator => stageBar().getByTestId('stage-moves').getByRole('button', { name });

  async function moveWithStageBar(action: string, stageLabel: string, stage: string): Promise<void> {
    await moveButton(action).click();
    await stageBar().getByTestId('order-stage').getByText(stageLabel, { exact: true }).waitFor();
    expect((await orderState()).stage).toBe(stage);
  }

  beforeAll(async () => {
    assertBrowserPrerequisites(WEB_DIST);
    api = await TestApi.start(await testConfig({ WEB_DIST_DIR: WEB_DIST }));
    await api.createUser({ role: 'admin', ...ADMIN });
    merchandiserId = (await api.createUser({ role: 'merchandiser', displayName: '赵磊' })).id;
    token = (await api.login(ADMIN.email, ADMIN.password)).accessToken;

    // A customer who bought the 16 oz hammer before, at a price below the list price.
    customerId = (
      await gql<{ createCustomer: { id: string } }>('mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }', {
        input: {
          name: CUSTOMER,
          country: 'DE',
          city: 'Hamburg',
          usualCurrency: 'USD',
          usualIncoterm: 'FOB Ningbo',
          usualPaymentTerms: 'T/T 30/70',
          contacts: [{ name: 'Jens Petersen', emails: ['jens.petersen@hanseatic-werkzeug.de'], isPrimary: true }],
        },
      })
    ).createCustomer.id;
    hammerId = (
      await gql<{ createProduct: { id: string } }>('mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }', {
        input: {
          sku: 'HW-16',
          names: { en: 'Claw hammer 16 oz', zh: '羊角锤 16 盎司' },
          hsCode: '8205.20.0000',
          unitsPerCarton: 24,
          cartonLengthCm: '40',
          cartonWidthCm: '30',
          cartonHeightCm: '25',
          netWeightKg: '14.4',
          grossWeightKg: '15.2',
          listPrices: [{ currency: 'USD', amount: '3.95' }],
        },
      })
    ).createProduct.id;
    earlierOrder = await netThirtyOrder([{ productId: hammerId, description: 'Claw hammer 16 oz', quantity: '600', unitPrice: '3.80' }], { orderDate: inDays(-90) });
    await gql('mutation($id: ID!) { moveOrderStage(id: $id, to: "confirmed") { id } }', { id: earlierOrder.id });

    ({ browser, page, pageErrors } = await openChromiumPage({ width: 1440, height: 900 }));

    await signInThroughForm(page, api.url, ADMIN);
  });

  afterEach(() => throwPageErrors(pageErrors));

  afterAll(async () => {
    await browser?.close();
    if (api) {
      await api.close();
      await clearQueues(api.config);
    }
  });

  it('creates a product with customs and carton data and a list price in the product form', async () => {
    await openFromMenu('订单', '产品目录', '/products');
    await page.getByRole('cell', { name: 'HW-16', exact: true }).waitFor();

    await page.getByRole('button', { name: /新建产品/ }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByLabel('货号').fill('SH-2000');
    await drawer.getByLabel('英文品名').fill('Sledge hammer 2 kg');
    await drawer.getByLabel('中文品名').fill('八角锤 2 公斤');
    await drawer.getByLabel('HS 编码').fill('8205.20.0000');
    await drawer.getByLabel('每箱数量').fill('6');
    await drawer.getByLabel('箱长').fill('42');
    await drawer.getByLabel('箱宽').fill('26');
    await drawer.getByLabel('箱高').fill('18');
    await drawer.getByLabel('每箱净重').fill('12.5');
    await drawer.getByLabel('每箱毛重').fill('13.4');
    await drawer.getByLabel('价格 1').fill('9.60');
    await drawer.getByLabel('默认采购成本').fill('42');
    await drawer.getByRole('button', { name: /新建供应商/ }).click();
    const supplier = page.getByRole('dialog', { name: '新建供应商' });
    await supplier.getByLabel('名称').fill(SUPPLIER);
    await supplier.getByLabel('联系人').fill('应建国');
    await supplier.getByRole('button', { name: twoChars('创建') }).click();
    await supplier.waitFor({ state: 'hidden' });
    await drawer.locator('.ant-select-selection-item', { hasText: SUPPLIER }).waitFor();
    await drawer.getByRole('button', { name: twoChars('保存') }).click();
    await drawer.waitFor({ state: 'hidden' });

    const row = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: 'SH-2000' });
    await row.getByText('Sledge hammer 2 kg').waitFor();
    await row.getByText('US$9.60').waitFor();
    const { productCatalogue } = await gql<{
      productCatalogue: {
        nodes: {
          sku: string;
          hsCode: string;
          unitsPerCarton: number;
          grossWeightKg: string;
          listPrices: { amount: string; currency: string }[];
          defaultCost: string;
          costCurrency: string;
          defaultSupplierId: string;
        }[];
      };
    }>(
      '{ productCatalogue(first: 10, search: "SH-2000") { nodes { sku hsCode unitsPerCarton grossWeightKg listPrices { amount currency } defaultCost costCurrency defaultSupplierId } } }',
    );
    const { suppliers } = await gql<{ suppliers: { nodes: { id: string; name: string }[] } }>(
      '{ suppliers(first: 10) { nodes { id name } } }',
    );
    const supplierId = suppliers.nodes.find((candidate) => candidate.name === SUPPLIER)?.id;
    expect(supplierId).toBeTruthy();
    expect(productCatalogue.nodes).toEqual([
      {
        sku: 'SH-2000',
        hsCode: '8205200000',
        unitsPerCarton: 6,
        grossWeightKg: '13.400',
        listPrices: [{ amount: '9.6', currency: 'USD' }],
        defaultCost: '42.0000',
        costCurrency: 'CNY',
        defaultSupplierId: supplierId,
      },
    ]);

    // The same SKU again is said under the SKU, not as someone else's change.
    await page.getByRole('button', { name: /新建产品/ }).click();
    await drawer.getByLabel('货号').fill('SH-2000');
    await drawer.getByLabel('英文品名').fill('Another sledge hammer');
    await drawer.getByRole('button', { name: twoChars('保存') }).click();
    await drawer.getByText('货号 SH-2000 的产品已存在。', { exact: true }).waitFor();
    expect(await drawer.getByText('产品已被他人修改，请关闭后重新打开。').count()).toBe(0);
    await drawer.getByRole('button', { name: twoChars('取消') }).click();
    await drawer.waitFor({ state: 'hidden' });
  });

  it("starts a quotation from the customer's 360 page with the customer's terms, shows list and last prices and a live total, and converts it", async () => {
    await page.goto(`${api.url}/customers/${customerId}`);
    const card = page.getByTestId('customer-orders-card');
    await card.getByRole('link', { name: earlierOrder.number }).waitFor();
    await card.getByRole('button', { name: /新建报价/ }).click();
    await page.waitForURL(new RegExp(`/quotations/new\\?customerId=${customerId}$`));

    // The customer's usual currency, Incoterm and payment terms are filled in.
    await eventually(async () => (await page.getByLabel('付款方式').inputValue()) === 'T/T 30/70', 10_000, "the customer's payment terms");
    expect(await page.getByLabel('指定地点').inputValue()).toBe('Ningbo');
    await page
      .getByRole('combobox', { name: /客户/ })
      .locator('xpath=ancestor::div[contains(@class,"ant-select")][1]')
      .getByText(CUSTOMER)
      .waitFor();

    const lines = page.getByTestId('lines-editor');
    const total = page.getByTestId('lines-total');
    // Line 1: the hammer this customer bought before; the list price fills in, the last price is offered beside it.
    await pick(page, '产品 1', 'HW-16', 'HW-16');
    expect(await page.getByLabel('单价 1').inputValue()).toBe('3.95');
    expect(await page.getByLabel('品名 1').inputValue()).toBe('Claw hammer 16 oz');
    const hint = lines.getByTestId('price-hint').first();
    await hint.getByText('US$3.95').waitFor();
    await hint.getByText(`(${earlierOrder.number}, ${inDays(-90)})`, { exact: false }).waitFor();
    await hint.getByText('US$3.80').click();
    expect(await page.getByLabel('单价 1').inputValue()).toBe('3.80');
    await page.getByLabel('数量 1').fill('1200');
    await lines.getByTestId('line-amount').first().getByText('US$4,560.00').waitFor();
    await total.getByText('US$4,560.00').waitFor();

    // Line 2: the new sledge hammer, never sold to them: only its list price.
    await page.getByRole('button', { name: /添加一行/ }).click();
    await pick(page, '产品 2', 'SH-2000', 'SH-2000');
    expect(await page.getByLabel('单价 2').inputValue()).toBe('9.60');
    await page.getByLabel('数量 2').fill('300');
    await total.getByText('US$7,440.00').waitFor();
    const secondHint = lines.locator('tr.ant-table-row').nth(1).getByTestId('price-hint');
    await secondHint.getByText('US$9.60').waitFor();
    expect(await secondHint.getByText('上次成交价').count()).toBe(0);

    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.waitForURL(/\/quotations\/[0-9a-f-]{36}$/);
    const number = (await page.getByTestId('quotation-number').textContent()) ?? '';
    await page.getByTestId('quotation-total').getByText('US$7,440.00').waitFor();
    await page.getByTestId('quotation-status').getByText('草稿').waitFor();

    await page.getByRole('button', { name: /发送给客户/ }).click();
    await page.getByTestId('quotation-status').getByText('已发送').waitFor();
    await page.getByRole('button', { name: /客户接受/ }).click();
    await page.getByTestId('quotation-status').getByText('已接受').waitFor();
    await page.getByRole('button', { name: /转为订单/ }).click();
    await page.waitForURL(/\/orders\/[0-9a-f-]{36}$/);
    orderId = new URL(page.url()).pathname.split('/').pop() ?? '';
    orderNumber = (await page.getByTestId('order-number').textContent()) ?? '';
    expect(orderNumber).not.toBe('');
    await page.getByTestId('order-customer').getByText(CUSTOMER).waitFor();
    await page.getByTestId('order-total').getByText('US$7,440.00').waitFor();
    // The terms in the UI's language, as the PI prints them.
    await page.getByText('30%电汇定金，70%电汇发货前付款', { exact: true }).waitFor();

    const { quotation } = await gql<{
      quotation: {
        number: string;
        status: string;
        orderId: string;
        lines: { sku: string; quantity: string; unitPrice: { amount: string } }[];
      };
    }>('query($id: ID!) { quotation(id: $id) { number status orderId lines { sku quantity unitPrice { amount } } } }', {
      id: (await gql<{ order: { quotationId: string } }>('query($id: ID!) { order(id: $id) { quotationId } }', { id: orderId })).order
        .quotationId,
    });
    expect(quotation).toEqual({
      number,
      status: 'accepted',
      orderId,
      lines: [
        { sku: 'HW-16', quantity: '1200.000', unitPrice: { amount: '3.8' } },
        { sku: 'SH-2000', quantity: '300.000', unitPrice: { amount: '9.6' } },
      ],
    });
  });

  it('moves the order through the stages with the stage bar, explaining the moves it refuses', async () => {
    await stageBar().getByTestId('order-stage').getByText('草稿', { exact: true }).waitFor();
    await moveWithStageBar('确认订单', '已确认', 'confirmed');

    // The deposit is not in yet: both ways into production are refused, and the bar says why.
    const reasons = stageBar().getByTestId('refused-reasons');
    await reasons.getByText('无法标记已收定金：30%定金未收到（尚欠 USD 2,232.00）').waitFor();
    await reasons.getByText('无法开始生产：30%定金未收到（尚欠 USD 2,232.00）').waitFor();
    expect(await moveButton('标记已收定金').isDisabled()).toBe(true);

    // Finance records the deposit; the move opens up.
    await page.getByRole('button', { name: /登记收款/ }).click();
    const receipt = page.getByRole('dialog');
    expect(await receipt.getByLabel('收款金额（USD）').inputValue()).toBe('2232.00');
    await receipt.getByLabel('备注').fill('TT 水单 0815');
    await receipt.getByRole('button', { name: twoChars('登记') }).click();
    await receipt.waitFor({ state: 'hidden' });
    await page.getByTestId('installments').locator('tr.ant-table-row').first().getByText('已付清').waitFor();
    // The schedule's labels in the interface's language (the API stores them in English).
    await page.getByTestId('installments').locator('tr.ant-table-row').first().getByText('30%电汇定金').waitFor();
    await reasons.waitFor({ state: 'detached' });
    await moveWithStageBar('标记已收定金', '已收定金', 'deposit_received');

    // Cancelling now would not return the deposit: the dialog says so before asking why (closed unsent here).
    await moveButton('取消订单').click();
    const cancelling = page.getByRole('dialog', { name: '取消订单' });
    await cancelling.getByTestId('stage-note-warning').getByText('此订单已收款 US$2,232.00：取消订单不会退回这笔钱，请在原因中写明如何处理（作为违约金保留或退款）。').waitFor();
    await cancelling.getByRole('button', { name: twoChars('取消') }).click();
    await cancelling.waitFor({ state: 'hidden' });

    // A colleague puts the order on hold while this page still offers to start production: the server refuses and says why.
    await gql('mutation($id: ID!) { moveOrderStage(id: $id, to: "on_hold", note: "客户要求暂缓") { id } }', { id: orderId });
    await moveButton('开始生产').click();
    await stageBar().getByTestId('stage-error').getByText('无法开始生产：订单已暂停，请先恢复到已收定金').waitFor();
    await stageBar().getByText('订单已暂停，可恢复到「已收定金」').waitFor();
    await moveWithStageBar('恢复到「已收定金」', '已收定金', 'deposit_received');
    await moveWithStageBar('开始生产', '生产中', 'in_production');

    // Ready needs inspection and packing recorded in production.
    await reasons.getByText('无法标记待出货：货物尚未验货').waitFor();
    await reasons.getByText('无法标记待出货：货物尚未包装').waitFor();
    await page.getByRole('tab', { name: '生产' }).click();
    await page.getByRole('button', { name: /计划生产/ }).click();
    const plan = page.getByRole('dialog');
    await fillDate(plan, '验货', inDays(10));
    await fillDate(plan, '包装', inDays(12));
    await fillDate(plan, '可出货', inDays(14));
    await plan.getByRole('button', { name: '保存计划' }).click();
    await plan.waitFor({ state: 'hidden' });
    const milestones = page.getByTestId('milestones');
    for (const milestone of ['验货', '包装']) {
      const row = milestones.locator('tr.ant-table-row', { hasText: milestone });
      await row.getByRole('button', { name: /记录完成/ }).click();
      const record = page.getByRole('dialog');
      if (milestone === '验货') {
        // Later days are not offered: a milestone is recorded once done.
        await record.getByLabel('实际完成').click();
        const cellClass = (offset: number) => page.locator(`.ant-picker-dropdown td[title="${inDays(offset)}"]`).first().getAttribute('class');
        expect({ past: await cellClass(-2), future: await cellClass(2) }).toEqual({
          past: expect.not.stringContaining('ant-picker-cell-disabled'),
          future: expect.stringContaining('ant-picker-cell-disabled'),
        });
        await record.getByLabel('实际完成').press('Escape');
        if (!(await record.isVisible())) await row.getByRole('button', { name: /记录完成/ }).click();
      }
      await record.getByRole('button', { name: '记录完成' }).click();
      await record.waitFor({ state: 'hidden' });
      await row.getByText(today()).waitFor();
    }
    await page.getByTestId('order-header').getByText(inDays(14)).waitFor();
    await moveWithStageBar('标记待出货', '待出货', 'ready');
    await reasons.getByText('无法标记已订舱：没有订舱号').waitFor();
  });

  it('books a shipment for the order: its page shows the packing list from the carton data, and the order can move to booked', async () => {
    await page.getByRole('tab', { name: /出运/ }).click();
    await page.getByRole('button', { name: /新建出运/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('订舱号').fill('MAEU-NGB-778812');
    await dialog.getByLabel('船名').fill('MAERSK KENSINGTON');
    await dialog.getByLabel('航次').fill('518W');
    await dialog.getByLabel('起运港').fill('Ningbo');
    await dialog.getByLabel('目的港').fill('Hamburg');
    await dialog.getByRole('button', { name: '创建出运' }).click();
    await page.waitForURL(/\/shipments\/[0-9a-f-]{36}$/);

    await page.getByTestId('shipment-reference').waitFor();
    const packing = page.getByTestId('packing-list');
    // 1200 hammers at 24 a carton, 300 sledges at 6 a carton.
    const hammers = packing.locator('tr.ant-table-row', { hasText: 'HW-16' });
    await hammers.getByRole('cell', { name: '50', exact: true }).first().waitFor();
    const sledges = packing.locator('tr.ant-table-row', { hasText: 'SH-2000' });
    await sledges.getByRole('cell', { name: '50', exact: true }).first().waitFor();
    await page.getByRole('link', { name: orderNumber }).waitFor();
    await packing.getByTestId('packing-total-cartons').getByText('100').waitFor();
    expect((await orderState()).bookingNumber).toBe('MAEU-NGB-778812');
    shipmentId = new URL(page.url()).pathname.split('/').pop() ?? '';
    // One customs item for the shared HS code, matching the invoice; the two names are reported by SKU, in the UI's language.
    const customs = page.getByTestId('customs-draft');
    await customs
      .getByTestId('customs-problem')
      .getByText(
        'HS 编码 8205200000：明细 HW-16、SH-2000 的品名不同（“Claw hammer 16 oz”、“Sledge hammer 2 kg”）；按“Claw hammer 16 oz”申报',
      )
      .waitFor();
    const item = customs.locator('tr.ant-table-row');
    expect(await item.count()).toBe(1);
    await item.getByText('1,500 pcs').waitFor();
    await item.getByText('US$7,440.00').waitFor();
    await customs.getByTestId('customs-totals').getByText('US$0.00').waitFor();

    await page.getByRole('link', { name: orderNumber }).click();
    await page.waitForURL(`${api.url}/orders/${orderId}`);
    await moveWithStageBar('标记已订舱', '已订舱', 'booked');
    // Shipping needs the B/L and the balance due before shipment.
    const reasons = stageBar().getByTestId('refused-reasons');
    await reasons.getByText('无法出运：没有提单号').waitFor();
    await reasons.getByText('无法出运：70%发货前应付款未收到（尚欠 USD 5,208.00）').waitFor();

    // Tall enough for the whole page (a full-page capture would cut the 100vh side menu short), without the toasts.
    await page.setViewportSize({ width: 1440, height: 1250 });
    await page.waitForLoadState('networkidle');
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'order.png'), style: '.ant-message { display: none !important; }' });
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('saves the letterhead and bank details the documents print in the document settings', async () => {
    await page.getByRole('menuitem', { name: /单据设置$/ }).click();
    await page.waitForURL(`${api.url}/settings/documents`);
    const name = page.getByLabel('公司名称（英文）');
    await eventually(async () => (await name.inputValue()) !== '', 10_000, 'the stored settings in the form');
    await name.fill('Cixi Seabreeze Hardware Co., Ltd.');
    await page.getByLabel('账号').fill('6222 0210 0101 8888');
    await page.getByLabel('报价有效天数').fill('45');
    await page.getByRole('button', { name: /保存设置/ }).click();
    await page.getByText('单据设置已保存').waitFor();
    const { ordersSettings } = await gql<{
      ordersSettings: { company: { name: string }; bank: { accountNumber: string; swift: string }; quotationValidityDays: number };
    }>('{ ordersSettings { company { name } bank { accountNumber swift } quotationValidityDays } }');
    expect(ordersSettings).toEqual({
      company: { name: 'Cixi Seabreeze Hardware Co., Ltd.' },
      bank: { accountNumber: '6222 0210 0101 8888', swift: 'BKCHCNBJ92A' },
      quotationValidityDays: 45,
    });
    await page.goto(`${api.url}/orders/${orderId}`);
    await page.getByTestId('order-number').waitFor();
  });

  it('generates a PI from the documents tab, previews it and downloads a PDF naming the order and the customer', async () => {
    await page.getByRole('tab', { name: /单据/ }).click();
    await page.getByRole('button', { name: /生\s?成$/ }).click();
    const documents = page.getByTestId('document-list');
    const row = documents.locator('tr.ant-table-row', { hasText: '形式发票' });
    await row.getByText('v1').waitFor();
    const fileName = (
      await gql<{ order: { documents: { kind: string; fileName: string }[] } }>(
        'query($id: ID!) { order(id: $id) { documents { kind fileName } } }',
        {
          id: orderId,
        },
      )
    ).order.documents.find((d) => d.kind === 'proforma_invoice')?.fileName;
    expect(fileName).toBeTruthy();

    await row.getByRole('button', { name: `预览 ${fileName}` }).click();
    const preview = page.getByRole('dialog');
    const shown = preview.getByTestId('document-preview');
    await shown.waitFor({ state: 'attached' });
    const blobUrl = (await shown.getAttribute('data')) ?? '';
    expect(blobUrl).toMatch(/^blob:/);
    const head = await page.evaluate(async (url) => {
      const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
      return String.fromCharCode(...bytes.subarray(0, 5));
    }, blobUrl);
    expect(head).toBe('%PDF-');

    const [download] = await Promise.all([page.waitForEvent('download'), preview.getByRole('button', { name: /下\s?载/ }).click()]);
    expect(download.suggestedFilename()).toBe(fileName);
    const saved = join(tmpdir(), `tw-pi-${Date.now()}.pdf`);
    await download.saveAs(saved);
    expect(readFileSync(saved).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', saved, '-'], { encoding: 'utf8' });
    expect(text).toContain(orderNumber);
    expect(text).toContain(CUSTOMER);
    // The letterhead and bank from the document settings.
    expect(text).toContain('Cixi Seabreeze Hardware Co., Ltd.');
    expect(text).toContain('6222 0210 0101 8888');
    await preview.getByRole('button', { name: twoChars('关闭') }).click();
    await preview.waitFor({ state: 'hidden' });
  });

  it('shows both orders in their stage columns on the board; a drag the rules allow moves the order, a refused one snaps back with the reason', async () => {
    await openFromMenu('订单', '订单看板', '/orders/board');
    const column = (stage: string): Locator => page.getByTestId(`board-column-${stage}`);
    const card = (number: string): Locator => page.locator(`[data-testid="board-card"][data-order-number="${number}"]`);
    await column('booked').locator(card(orderNumber)).waitFor();
    await column('confirmed').locator(card(earlierOrder.number)).waitFor();
    expect(await column('booked').getByTestId('column-count').textContent()).toBe('1');

    // Net 30 asks for no deposit: the earlier order may go straight into production.
    await card(earlierOrder.number).dragTo(column('in_production'));
    await column('in_production').locator(card(earlierOrder.number)).waitFor();
    await page.getByText(`${earlierOrder.number} 已进入「生产中」`).waitFor();
    const moved = await gql<{ order: { stage: string } }>('query($id: ID!) { order(id: $id) { stage } }', { id: earlierOrder.id });
    expect(moved.order.stage).toBe('in_production');

    // Shipping the new order is refused: the card stays and the message says why.
    await card(orderNumber).dragTo(column('shipped'));
    await page.getByText(`${orderNumber} 不能移动：无法出运：没有提单号；无法出运：70%发货前应付款未收到（尚欠 USD 5,208.00）`).waitFor();
    await column('booked').locator(card(orderNumber)).waitFor();
    expect(await column('shipped').locator(card(orderNumber)).count()).toBe(0);
    expect((await orderState()).stage).toBe('booked');

    // Back to production is no move at all: the message names where the order may go now.
    const { order: movable } = await gql<{ order: { stageMoves: { to: string; allowed: boolean }[] } }>(
      'query($id: ID!) { order(id: $id) { stageMoves { to allowed } } }',
      { id: orderId },
    );
    const stageNames: Record<string, string> = { on_hold: '暂停', cancelled: '已取消', shipped: '已出运' };
    const allowedNow = movable.stageMoves.filter((move) => move.allowed).map((move) => stageNames[move.to] ?? move.to);
    expect(allowedNow.length).toBeGreaterThan(0);
    // The toasts above sit over the cards at the top of the board: wait until they have gone.
    await eventually(async () => (await page.locator('.ant-message-notice').count()) === 0, 15_000, 'the toasts to go');
    await card(orderNumber).dragTo(column('in_production'));
    await page.getByText(`${orderNumber} 不能移动：「已订舱」的订单现在只能进入「${allowedNow.join('、')}」，不能进入「生产中」`).waitFor();
    await column('booked').locator(card(orderNumber)).waitFor();

    // The accepted move's card is in its new column once, not also as the pending copy.
    expect(await column('in_production').locator(card(earlierOrder.number)).count()).toBe(1);

    // On hold from the board asks why first, as the order page does; the reason goes into the stage history.
    await eventually(async () => (await page.locator('.ant-message-notice').count()) === 0, 15_000, 'the toasts to go');
    // The on-hold column is the last, off screen to the right: a drag there scrolls the board as it goes.
    await page.setViewportSize({ width: 2600, height: 900 });
    await card(earlierOrder.number).dragTo(column('on_hold'));
    const hold = page.getByRole('dialog', { name: `暂停 ${earlierOrder.number}` });
    await hold.getByRole('button', { name: twoChars('确定') }).click();
    await hold.getByText('请写明原因').waitFor();
    expect((await gql<{ order: { stage: string } }>('query($id: ID!) { order(id: $id) { stage } }', { id: earlierOrder.id })).order.stage).toBe('in_production');
    await hold.getByLabel('原因').fill('工厂停电一周');
    await hold.getByRole('button', { name: twoChars('确定') }).click();
    // The card shows in its new column while the move is still in flight: the toast says it landed.
    await page.getByText(`${earlierOrder.number} 已进入「暂停」`).waitFor();
    await column('on_hold').locator(card(earlierOrder.number)).waitFor();
    const held = await gql<{ order: { stage: string; stageHistory: { toStage: string; note: string | null }[] } }>('query($id: ID!) { order(id: $id) { stage stageHistory { toStage note } } }', { id: earlierOrder.id });
    expect(held.order.stageHistory[0]).toEqual({ toStage: 'on_hold', note: '工厂停电一周' });
    await gql('mutation($id: ID!) { moveOrderStage(id: $id, to: "in_production") { id } }', { id: earlierOrder.id });
    await page.getByRole('button', { name: '刷新' }).click();
    await column('in_production').locator(card(earlierOrder.number)).waitFor();

    // Wide enough for the columns from confirmed to booked, with the refusal still on screen.
    await page.setViewportSize({ width: 1680, height: 900 });
    await column('confirmed').evaluate((element: { scrollIntoView(options: object): void }) =>
      element.scrollIntoView({ inline: 'start', block: 'nearest' }),
    );
    await page.waitForLoadState('networkidle');
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'board.png') });
  });
  it('lists the order, its quotation and its shipment; a comment mentions a colleague; the timeline tells the story; the B/L saved on the shipment reaches the order', async () => {
    await openFromMenu('订单', '订单列表', '/orders');
    const orders = page.locator('.ant-table-tbody tr.ant-table-row');
    await orders.filter({ hasText: earlierOrder.number }).waitFor();
    await page.getByLabel('搜索订单号或客户').fill(orderNumber);
    await page.getByLabel('搜索订单号或客户').press('Enter');
    await eventually(
      async () => (await orders.count()) === 1 && (await orders.first().textContent())?.includes(orderNumber) === true,
      10_000,
      'only the searched order',
    );
    await orders.first().getByText('已订舱').waitFor();
    await orders.first().getByText('US$7,440.00').waitFor();

    await openFromMenu('订单', '报价单', '/quotations');
    const quotation = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: CUSTOMER });
    await quotation.getByText('已接受').waitFor();
    await quotation.getByText('US$7,440.00').waitFor();
    await quotation.getByRole('link', { name: '查看订单' }).click();
    await page.waitForURL(`${api.url}/orders/${orderId}`);

    // A comment that mentions the merchandiser by name.
    await page.getByRole('tab', { name: /评论/ }).click();
    const input = page.getByLabel('写评论，输入 @ 提及同事');
    await input.click();
    await input.pressSequentially('请安排验货 @赵');
    await page.locator('.ant-mentions-dropdown:visible .ant-mentions-dropdown-menu-item', { hasText: '赵磊' }).click();
    await page.getByText('将通知：赵磊').waitFor();
    await page.getByRole('button', { name: /发表评论/ }).click();
    await page.getByText('评论已发表，已通知 1 位同事').waitFor();
    // The name of the colleague it notified stands out.
    await page.getByTestId('order-comment').filter({ hasText: '请安排验货' }).locator('strong', { hasText: '@赵磊' }).waitFor();
    const { order } = await gql<{ order: { comments: { body: string; mentionedUserIds: string[] }[] } }>(
      'query($id: ID!) { order(id: $id) { comments { body mentionedUserIds } } }',
      { id: orderId },
    );
    expect(order.comments).toEqual([{ body: '请安排验货 @赵磊', mentionedUserIds: [merchandiserId] }]);

    // The timeline, newest first: the comment, the PI, the stage moves, the deposit.
    await page.getByRole('tab', { name: '动态' }).click();
    const timeline = page.getByTestId('order-timeline-item');
    await timeline.first().getByText('请安排验货 @赵磊').waitFor();
    // Who did it, by name as the comments show it, not by e-mail.
    await timeline.first().getByText(`· ${ADMIN.displayName}`).waitFor();
    expect(await timeline.filter({ hasText: ADMIN.email }).count()).toBe(0);
    await timeline.filter({ hasText: '形式发票 第 1 版' }).waitFor();
    await timeline.filter({ hasText: '阶段：待出货 → 已订舱' }).waitFor();
    await timeline.filter({ hasText: '阶段：已收定金 → 暂停' }).waitFor();
    await timeline.filter({ hasText: '收款 US$2,232.00（TT 水单 0815）' }).waitFor();
    // The plan lists its milestones in production order, whatever order the database keeps them in.
    await timeline.filter({ hasText: `验货 ${inDays(10)}，包装 ${inDays(12)}，可出货 ${inDays(14)}` }).waitFor();

    // From an order, the shipment list shows only that order's shipments, until the filter is closed.
    await page.goto(`${api.url}/shipments?orderId=${earlierOrder.id}`);
    await page.getByTestId('order-filter').getByText('仅此订单的出运').waitFor();
    await page.locator('.ant-table-tbody').getByText('没有出运').waitFor();
    await page.goto(`${api.url}/shipments?orderId=${orderId}`);
    await page.locator('.ant-table-tbody tr.ant-table-row', { hasText: CUSTOMER }).waitFor();
    await page.getByTestId('order-filter').locator('.ant-tag-close-icon').click();
    await page.waitForURL(`${api.url}/shipments`);

    // The shipment list leads to the shipment; the B/L saved there is on the order, so only the balance holds up shipping.
    await openFromMenu('物流', '出运管理', '/shipments');
    const shipment = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: CUSTOMER });
    await shipment.getByText('已订舱').waitFor();
    await shipment.getByRole('link').first().click();
    await page.waitForURL(`${api.url}/shipments/${shipmentId}`);
    await page.getByLabel('提单号').fill('MAEU 258741369');
    await page.getByRole('button', { name: /保\s?存$/ }).click();
    await page.getByText(/^已保存 SH-/).waitFor();
    const facts = await gql<{ order: { blNumber: string | null } }>('query($id: ID!) { order(id: $id) { blNumber } }', { id: orderId });
    expect(facts.order.blNumber).toBe('MAEU 258741369');
    await page.getByRole('link', { name: orderNumber }).click();
    await page.waitForURL(`${api.url}/orders/${orderId}`);
    // The page shows the cached order first and refreshes it from the server behind it.
    const reasons = stageBar().getByTestId('refused-reasons');
    await reasons.getByText('无法出运：没有提单号').waitFor({ state: 'detached' });
    await reasons.getByText('无法出运：70%发货前应付款未收到（尚欠 USD 5,208.00）').waitFor();
    await page.getByTestId('order-header').getByText('MAEU 258741369').waitFor();
  });
  it('orders from the supplier and reports a production delay that moves the expected ship date', async () => {
    await page.getByRole('tab', { name: '生产' }).click();
    await page.getByRole('button', { name: /下采购单/ }).click();
    const dialog = page.getByRole('dialog');
    // The hammer has no default supplier or cost; the sledge hammer's come from the catalogue.
    const hammers = dialog.locator('tr.ant-table-row', { hasText: 'Claw hammer 16 oz' });
    await pick(hammers, /.*/, SUPPLIER, '永康');
    await hammers.getByPlaceholder('默认成本').fill('18.50');
    await dialog.getByRole('button', { name: '生成采购单' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(/^已生成采购单 PO-\d{4}-0001$/).waitFor();
    const purchase = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: SUPPLIER });
    // 1,200 × CNY 18.50 + 300 × CNY 42.
    await purchase.getByText('¥34,800.00').waitFor();

    await page.getByRole('button', { name: /报告延期/ }).click();
    const delay = page.getByRole('dialog');
    await delay.locator('.ant-select-selection-item', { hasText: '可出货' }).waitFor();
    await delay.getByLabel('原因').fill('纸箱供应商延迟 3 天');
    await delay.getByRole('button', { name: /报告延期/ }).click();
    await delay.waitFor({ state: 'hidden' });
    await page.getByText(`已顺延 3 天，预计出货 ${inDays(17)}`).waitFor();
    await page.getByTestId('order-header').getByText(inDays(17)).waitFor();
    await page.getByRole('tab', { name: '动态' }).click();
    const delayed = page.getByTestId('order-timeline-item').filter({ hasText: '延期' });
    await delayed.filter({ hasText: `预计出货: ${inDays(14)} → ${inDays(17)}` }).filter({ hasText: '可出货: 顺延 3 天：纸箱供应商延迟 3 天' }).waitFor();
    const { order } = await gql<{ order: { expectedShipDate: string; purchaseOrders: { total: { amount: string; currency: string } }[] } }>(
      'query($id: ID!) { order(id: $id) { expectedShipDate purchaseOrders { total { amount currency } } } }',
      { id: orderId },
    );
    expect(order).toEqual({ expectedShipDate: inDays(17), purchaseOrders: [{ total: { amount: '34800.00', currency: 'CNY' } }] });
  });

  it('types over the computed packing data of a line on the shipment page', async () => {
    await page.getByRole('tab', { name: /出运/ }).click();
    await page.getByRole('link', { name: /^SH-/ }).click();
    await page.waitForURL(`${api.url}/shipments/${shipmentId}`);
    const packing = page.getByTestId('packing-list');
    await packing.getByRole('button', { name: '修改 SH-2000 的装箱数据' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('箱数').fill('52');
    await dialog.getByRole('button', { name: twoChars('保存') }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('装箱数据已更新').waitFor();
    const sledges = packing.locator('tr.ant-table-row', { hasText: 'SH-2000' });
    await sledges.getByText('手工').waitFor();
    await packing.getByTestId('packing-total-cartons').getByText('102').waitFor();
  });

  it("creates an order in the order form with the customer's terms; the CIF check asks for insurance until an edit adds it", async () => {
    await openFromMenu('订单', '订单列表', '/orders');
    await page.getByRole('button', { name: /新建订单/ }).click();
    const drawer = page.getByRole('dialog');
    await pick(drawer, /客户/, CUSTOMER, 'Hanseatic');
    await eventually(async () => (await drawer.getByLabel('指定地点').inputValue()) === 'Ningbo', 10_000, "the customer's usual terms");
    await choose(drawer.getByRole('combobox', { name: /贸易术语/ }), 'CIF');
    await drawer.getByLabel('指定地点').fill('Hamburg');
    await drawer.getByLabel('运费').fill('850');
    await pick(drawer, '产品 1', 'HW-16');
    await drawer.getByLabel('数量 1').fill('2400');
    await drawer.getByTestId('lines-total').getByText('US$9,480.00').waitFor();
    await drawer.getByRole('button', { name: '创建订单' }).click();
    await page.waitForURL(/\/orders\/[0-9a-f-]{36}$/);
    const created = new URL(page.url()).pathname.split('/').pop() ?? '';
    await page.getByTestId('order-total').getByText('US$9,480.00').waitFor();
    const finding = page.getByTestId('incoterm-finding');
    // The finding names its rule itself; the alert shows it once.
    await finding.getByText('CIF：卖方须按不低于货值 110% 投保最低险别（ICC C 条款），请填写保险费', { exact: true }).waitFor();

    await page.getByRole('button', { name: /编辑订单/ }).click();
    const edit = page.getByRole('dialog');
    await edit.getByLabel('保费').fill('95');
    await edit.getByRole('button', { name: twoChars('保存') }).click();
    await edit.waitFor({ state: 'hidden' });
    await finding.waitFor({ state: 'detached' });
    await page.getByTestId('order-header').getByText('运费 US$850.00 · 保费 US$95.00').waitFor();
    // The timeline names the fields as the page does, with amounts in the order's currency.
    await page.getByRole('tab', { name: '动态' }).click();
    const timeline = page.getByTestId('order-timeline-item');
    await timeline.filter({ hasText: '创建' }).filter({ hasText: /订单号: PI-\d{4}-\d{4}/ }).filter({ hasText: '金额: US$9,480.00' }).waitFor();
    await timeline.filter({ hasText: '修改' }).filter({ hasText: /保费: US\$95\.00$/ }).waitFor();
    const { order } = await gql<{
      order: { incotermCode: string; incotermPlace: string; paymentTerms: string; insuranceCost: { amount: string } };
    }>('query($id: ID!) { order(id: $id) { incotermCode incotermPlace paymentTerms insuranceCost { amount } } }', { id: created });
    expect(order).toEqual({
      incotermCode: 'CIF',
      incotermPlace: 'Hamburg',
      paymentTerms: '30% T/T deposit, 70% T/T before shipment',
      insuranceCost: { amount: '95.00' },
    });
  });

  it('revises a rejected quotation into a second version and generates its PDF', async () => {
    await openFromMenu('订单', '报价单', '/quotations');
    await page.getByRole('button', { name: /新建报价/ }).click();
    await page.waitForURL(`${api.url}/quotations/new`);
    // The list (with its own customer filter) stays on screen until the new page's code has loaded.
    await page.getByText('新建报价单', { exact: true }).waitFor();
    await pick(page, /客户/, CUSTOMER, 'Hanseatic');
    await eventually(async () => (await page.getByLabel('付款方式').inputValue()) === 'T/T 30/70', 10_000, "the customer's payment terms");
    await pick(page, '产品 1', 'SH-2000');
    await page.getByLabel('数量 1').fill('500');
    await page.getByTestId('lines-total').getByText('US$4,800.00').waitFor();
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.waitForURL(/\/quotations\/[0-9a-f-]{36}$/);
    const first = new URL(page.url()).pathname.split('/').pop() ?? '';

    await page.getByRole('button', { name: /发送给客户/ }).click();
    await page.getByTestId('quotation-status').getByText('已发送').waitFor();
    await page.getByRole('button', { name: /客户拒绝/ }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: twoChars('确定') })
      .click();
    await page.getByTestId('quotation-status').getByText('已拒绝').waitFor();
    await page.getByRole('button', { name: /修订报价/ }).click();
    await page.waitForURL((url) => /\/quotations\/[0-9a-f-]{36}$/.test(url.pathname) && !url.pathname.endsWith(first));
    await page.getByText('第 2 版', { exact: true }).first().waitFor();
    await page.getByTestId('quotation-status').getByText('草稿').waitFor();
    const versions = page.getByTestId('quotation-versions');
    await versions.getByRole('link', { name: '第 1 版' }).waitFor();

    // A lower price in the new version, saved, then its PDF.
    await page.getByLabel('单价 1').fill('9.20');
    await page.getByTestId('lines-total').getByText('US$4,600.00').waitFor();
    await page.getByRole('button', { name: /保\s?存$/ }).click();
    await page.getByTestId('quotation-total').getByText('US$4,600.00').waitFor();
    await page.getByRole('button', { name: /生成报价单 PDF/ }).click();
    await page.getByTestId('document-list').locator('tr.ant-table-row', { hasText: '报价单' }).getByText('v1').waitFor();
    const revised = new URL(page.url()).pathname.split('/').pop() ?? '';
    const { quotation } = await gql<{
      quotation: { revision: number; total: { amount: string }; documents: { kind: string }[]; versions: { status: string }[] };
    }>('query($id: ID!) { quotation(id: $id) { revision total { amount } documents { kind } versions { status } } }', { id: revised });
    expect(quotation).toEqual({
      revision: 2,
      total: { amount: '4600.00' },
      documents: [{ kind: 'quotation' }],
      versions: expect.arrayContaining([{ status: 'rejected' }, { status: 'draft' }]) as unknown,
    });
  });

  it("re-prices a quotation's lines when its currency changes: list prices in the new currency fill in, other prices must be typed again", async () => {
    const { product } = await gql<{ product: { version: number } }>('query($id: ID!) { product(id: $id) { version } }', { id: hammerId });
    await gql('mutation($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { id } }', {
      id: hammerId,
      input: { version: product.version, listPrices: [{ currency: 'USD', amount: '3.95' }, { currency: 'EUR', amount: '3.60' }] },
    });
    await page.goto(`${api.url}/quotations/new?customerId=${customerId}`);
    await eventually(async () => (await page.getByLabel('付款方式').inputValue()) === 'T/T 30/70', 10_000, "the customer's payment terms");
    await pick(page, '产品 1', 'HW-16', 'HW-16');
    expect(await page.getByLabel('单价 1').inputValue()).toBe('3.95');
    await page.getByLabel('数量 1').fill('100');
    await page.getByRole('button', { name: /添加一行/ }).click();
    await page.getByLabel('品名 2').fill('Custom printed cartons');
    await page.getByLabel('数量 2').fill('10');
    await page.getByLabel('单价 2').fill('1.50');
    await page.getByTestId('lines-total').getByText('US$410.00').waitFor();

    await pick(page, '币种', 'EUR', 'EUR');
    // The hammer's EUR list price replaces its USD one; the typed price is still a dollar figure.
    await eventually(async () => (await page.getByLabel('单价 1').inputValue()) === '3.60', 10_000, 'the EUR list price');
    expect(await page.getByLabel('单价 2').inputValue()).toBe('1.50');
    await page.getByTestId('stale-prices').getByText('第 2 行的单价还是原币种的价格', { exact: false }).waitFor();
    // The last price was paid in dollars: shown, but no longer offered as a link to apply.
    const hint = page.getByTestId('lines-editor').getByTestId('price-hint').first();
    await hint.getByText('€3.60').waitFor();
    await hint.getByText('US$3.80', { exact: false }).waitFor();
    expect(await hint.getByRole('link', { name: 'US$3.80' }).count()).toBe(0);
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.getByText('这是 USD 的单价，请按 EUR 重新填写').waitFor();
    expect(new URL(page.url()).pathname).toBe('/quotations/new');

    await page.getByLabel('单价 2').fill('1.40');
    await page.getByTestId('stale-prices').waitFor({ state: 'detached' });
    await page.getByTestId('lines-total').getByText('€374.00').waitFor();
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.waitForURL(/\/quotations\/[0-9a-f-]{36}$/);
    await page.getByTestId('quotation-total').getByText('€374.00').waitFor();
    const id = new URL(page.url()).pathname.split('/').pop() ?? '';
    const { quotation } = await gql<{ quotation: { currency: string; lines: { quantity: string; unitPrice: { amount: string; currency: string } }[] } }>(
      'query($id: ID!) { quotation(id: $id) { currency lines { quantity unitPrice { amount currency } } } }',
      { id },
    );
    expect(quotation.currency).toBe('EUR');
    expect(quotation.lines.map((line) => [line.quantity, line.unitPrice.amount, line.unitPrice.currency])).toEqual([
      ['100.000', '3.6', 'EUR'],
      ['10.000', '1.4', 'EUR'],
    ]);

    // Sent, then left past its validity date: the page says so and no longer offers the customer's acceptance.
    await page.getByRole('button', { name: /发送给客户/ }).click();
    await page.getByTestId('quotation-status').getByText('已发送').waitFor();
    await api.dataSource.query('UPDATE quotation SET valid_until = current_date - 1 WHERE id = $1', [id]);
    await page.reload();
    await page.getByTestId('quotation-status').getByTestId('quotation-lapsed').getByText('已过有效期').waitFor();
    expect(await page.getByRole('button', { name: /客户接受/ }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: /修订报价/ }).isEnabled()).toBe(true);
  });

  it('imports past orders from a spreadsheet and reports the row it refused', async () => {
    const csv = [
      'order no,customer,order date,currency,incoterm,payment terms,sku,description,qty,unit price,delivery date',
      `HW-2024-118,${CUSTOMER},2024-11-05,USD,FOB Ningbo,T/T 30/70,HW-16,Claw hammer 16 oz,800,3.70,2025-01-20`,
      `HW-2024-118,${CUSTOMER},2024-11-05,USD,FOB Ningbo,T/T 30/70,SH-2000,Sledge hammer 2 kg,120,9.40,2025-01-20`,
      `HW-2024-131,${CUSTOMER},2024-12-01,USD,FOB Ningbo,T/T 30/70,HW-16,Claw hammer 16 oz,lots,3.70,2025-02-10`,
    ].join('\n');
    await openFromMenu('订单', '导入订单', '/orders/import');
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: 'orders-2024.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    const report = page.getByTestId('order-import-report');
    await report.getByText('orders-2024.csv 的导入结果').waitFor();
    expect(await page.getByTestId('order-import-created').locator('.ant-statistic-content').textContent()).toBe('1');
    expect(await page.getByTestId('order-import-errors').locator('.ant-statistic-content').textContent()).toBe('1');
    await report.locator('tr.ant-table-row', { hasText: 'HW-2024-131' }).getByText('错误').waitFor();

    const imported = await gql<{ orders: { nodes: { number: string; total: { amount: string } }[] } }>(
      '{ orders(first: 5, filter: { search: "HW-2024" }) { nodes { number total { amount } } } }',
    );
    expect(imported.orders.nodes).toEqual([{ number: 'HW-2024-118', total: { amount: '4088.00' } }]);
  });
  it('shows the order page in English, refusal reasons included, when the user switches language', async () => {
    await page.goto(`${api.url}/orders/${orderId}`);
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('tab', { name: 'Lines and payments' }).waitFor();
    const reasons = stageBar().getByTestId('refused-reasons');
    await reasons.getByText('cannot ship: 70% payment due before shipment not received (USD 5,208.00 open)').waitFor();
    await page
      .getByTestId('installments')
      .locator('.ant-tag', { hasText: /^Paid$/ })
      .waitFor();
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: '简体中文' }).click();
    await page.getByRole('tab', { name: '明细与收款' }).waitFor();
  });

  /** An order in production, made by the next test and refused a price change by the one after it. */
  let inProduction: { id: string; number: string };

  it('shows unit prices as stored, keeps the lines, prices and terms of an order in production read-only when editing it, and saves its notes and costs', async () => {
    // Net 30 asks for no deposit, so the order goes straight into production; one price is finer than a cent.
    const locked = await netThirtyOrder([
      { productId: hammerId, sku: 'HW-16', description: 'Claw hammer 16 oz', quantity: '333', unitPrice: '1.005' },
      { description: 'Counter display stand', quantity: '2', unitPrice: '2.4' },
    ]);
    for (const to of ['confirmed', 'in_production']) {
      await gql('mutation($id: ID!, $to: String!) { moveOrderStage(id: $id, to: $to) { id } }', { id: locked.id, to });
    }
    inProduction = locked;
    await page.goto(`${api.url}/orders/${locked.id}`);
    const cells = async (description: string): Promise<string[]> => {
      const row = page.getByTestId('order-lines').locator('tr.ant-table-row', { hasText: description });
      await row.waitFor();
      return row.locator('td').allTextContents();
    };
    // 333 × 1.005 = 334.665, which the currency rounds to 334.67: the price is not rounded to 1.01 first.
    expect(await cells('Claw hammer 16 oz')).toEqual(['1', 'HW-16', 'Claw hammer 16 oz', '333 pcs', 'US$1.005', 'US$334.67']);
    expect(await cells('Counter display stand')).toEqual(['2', '—', 'Counter display stand', '2 pcs', 'US$2.40', 'US$4.80']);

    await page.getByRole('button', { name: /编辑订单/ }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText('订单已过确认阶段：明细、价格和条款不能再修改，只能修改日期、费用和备注。').waitFor();
    const readOnly = [
      drawer.getByRole('combobox', { name: /币种/ }),
      drawer.getByRole('combobox', { name: /贸易术语/ }),
      drawer.getByLabel('指定地点'),
      drawer.getByLabel('付款方式'),
      drawer.getByRole('combobox', { name: '产品 1' }),
      drawer.getByLabel('品名 1'),
      drawer.getByLabel('数量 1'),
      drawer.getByLabel('单价 1'),
      drawer.getByRole('button', { name: '删除第 1 行' }),
      drawer.getByLabel('单价 2'),
      drawer.getByRole('button', { name: '删除第 2 行' }),
    ];
    for (const control of readOnly) {
      // Named in the failure: which control is still enabled.
      const state = { control: control.toString(), disabled: await control.isDisabled() };
      expect(state).toEqual({ ...state, disabled: true });
    }
    expect(await drawer.getByRole('button', { name: /添加一行/ }).count()).toBe(0);
    // The price hints offer nothing to apply on lines that cannot change.
    expect(await drawer.getByTestId('price-hint').count()).toBe(0);
    expect(await drawer.getByLabel('单价 1').inputValue()).toBe('1.005');
    await drawer.getByLabel('运费').fill('420');
    await drawer.getByLabel('备注').fill('Hammers packed 12 to an inner box');
    await drawer.getByRole('button', { name: twoChars('保存') }).click();
    await drawer.waitFor({ state: 'hidden' });
    await page.getByText(`已保存 ${locked.number}`).waitFor();
    const { order } = await gql<{ order: { notes: string; freightCost: { amount: string }; lines: { unitPrice: { amount: string } }[] } }>(
      'query($id: ID!) { order(id: $id) { notes freightCost { amount } lines { unitPrice { amount } } } }',
      { id: locked.id },
    );
    expect(order).toEqual({
      notes: 'Hammers packed 12 to an inner box',
      freightCost: { amount: '420.00' },
      lines: [{ unitPrice: { amount: '1.005' } }, { unitPrice: { amount: '2.4' } }],
    });
  });

  it('explains in the UI language when the server refuses a price change because the order moved past confirmation, and still saves the notes', async () => {
    const locked = inProduction;
    // A page that loaded the order before it moved on: the first order it reads still says "not locked".
    let stale = true;
    const unlockOnce = async (route: Route): Promise<void> => {
      const body = route.request().postDataJSON() as { operationName?: string } | null;
      if (!stale || body?.operationName !== 'OrderDetail') return route.fallback();
      stale = false;
      const response = await route.fetch();
      const json = (await response.json()) as { data?: { order?: { contentLocked?: boolean } } };
      if (json.data?.order) json.data.order.contentLocked = false;
      await route.fulfill({ response, json });
    };
    await page.route('**/graphql', unlockOnce);
    try {
      await page.goto(`${api.url}/orders/${locked.id}`);
      await page.getByRole('button', { name: /编辑订单/ }).click();
      const drawer = page.getByRole('dialog');
      await drawer.getByLabel('单价 1').fill('1.01');
      await drawer.getByRole('button', { name: twoChars('保存') }).click();
      await drawer
        .getByTestId('order-form-error')
        .getByText(`订单 ${locked.number} 已过确认阶段，明细、价格和条款不能再修改，已恢复为原值；日期、费用和备注的修改仍可保存。`)
        .waitFor();
      // The form reloads the order: locked now, with its stored price back.
      await drawer.getByText('订单已过确认阶段：明细、价格和条款不能再修改，只能修改日期、费用和备注。').waitFor();
      await eventually(
        async () => (await drawer.getByLabel('单价 1').inputValue()) === '1.005',
        10_000,
        'the stored price back in the form',
      );
      expect(await drawer.getByLabel('单价 1').isDisabled()).toBe(true);
      await drawer.getByLabel('备注').fill('Inner boxes of 12, cartons of 24');
      await drawer.getByRole('button', { name: twoChars('保存') }).click();
      await drawer.waitFor({ state: 'hidden' });
    } finally {
      await page.unroute('**/graphql', unlockOnce);
    }
    const { order } = await gql<{ order: { notes: string; lines: { unitPrice: { amount: string } }[] } }>(
      'query($id: ID!) { order(id: $id) { notes lines { unitPrice { amount } } } }',
      { id: locked.id },
    );
    expect(order).toEqual({
      notes: 'Inner boxes of 12, cartons of 24',
      lines: [{ unitPrice: { amount: '1.005' } }, { unitPrice: { amount: '2.4' } }],
    });
  });

  it('says on the order page and on the board, in the UI language, when a confirmed order has passed its delivery date without shipping; the home page counts it among the orders at risk, and the notice to its owner leads to it', async () => {
    const late = await netThirtyOrder([{ description: 'Late pliers', quantity: '10', unitPrice: '2.5' }], { deliveryDate: inDays(-3) });
    await gql('mutation($id: ID!) { moveOrderStage(id: $id, to: "confirmed") { id } }', { id: late.id });
    const why = `约定交货日期 ${inDays(-3)} 已过 3 天，仍未出货`;
    await page.goto(`${api.url}/orders/${late.id}`);
    await page.getByTestId('risk-reason').getByText(why).waitFor();

    // The home page counts the orders at risk the user may see, and its figure opens the board filtered by them.
    const { orders: atRisk } = await gql<{ orders: { totalCount: number } }>('{ orders(first: 1, filter: { activeOnly: true, atRisk: true }) { totalCount } }');
    expect(atRisk.totalCount).toBeGreaterThan(0);
    await page.goto(`${api.url}/`);
    const figure = page.getByTestId('dashboard-work').getByRole('link', { name: '有延期风险的订单' });
    await figure.getByText(String(atRisk.totalCount), { exact: true }).waitFor();
    await figure.click();
    await page.waitForURL(`${api.url}/orders/board?atRisk=1`);
    expect(await page.getByLabel('仅看有延期风险').isChecked()).toBe(true);
    const card = page.locator(`[data-testid="board-card"][data-order-number="${late.number}"]`);
    await page.getByTestId('board-column-confirmed').locator(card).waitFor();
    await card.getByTestId('at-risk').hover();
    await page.getByRole('tooltip').getByText(why).waitFor();

    // The morning job's notice, as the worker hands it to the alerts module: the bell words it and leads to the order.
    const { me } = await gql<{ me: { id: string } }>('{ me { id } }');
    await runAsSystem('e2e', () => api.app.get(NotifyLateDelivery).handle({
      id: randomUUID(), name: 'orders.order.late', occurredAt: new Date().toISOString(), actorUserId: null,
      payload: { orderId: late.id, ownerId: me.id, number: late.number, deliveryDate: inDays(-3), daysLate: 3 },
    }));
    await page.reload();
    await page.getByTestId('notification-bell').click();
    await page.getByTestId('notifications').getByText(`${late.number} 已过约定交货日期 ${inDays(-3)} 3 天，仍未出货`).click();
    await page.waitForURL(`${api.url}/orders/${late.id}`);
  });

  it("shows a draft order's past-due deposit as open, not overdue (nothing is owed before the order is agreed), and as overdue once the order is confirmed", async () => {
    const order = await netThirtyOrder([{ description: 'Deposit pliers', quantity: '10', unitPrice: '3' }], {
      paymentTerms: '30% T/T deposit, 70% before shipment',
      orderDate: inDays(-10),
    });
    const deposit = page.getByTestId('installments').locator('tr.ant-table-row').first();
    await page.goto(`${api.url}/orders/${order.id}`);
    await deposit.getByText(inDays(-10)).waitFor();
    expect(await deposit.locator('.ant-tag').last().textContent()).toBe('未付');

    await gql('mutation($id: ID!) { moveOrderStage(id: $id, to: "confirmed") { id } }', { id: order.id });
    await page.reload();
    await deposit.getByText('已逾期').waitFor();

    // Cancelled, what it had not received is no longer owed, not "overdue".
    await gql('mutation($id: ID!) { moveOrderStage(id: $id, to: "cancelled", note: "buyer withdrew") { id } }', { id: order.id });
    await page.reload();
    await deposit.getByText('不再收取').waitFor();
    expect(await page.getByTestId('installments').getByText('已逾期').count()).toBe(0);
  });
});
