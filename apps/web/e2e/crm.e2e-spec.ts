import { mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import dayjs from 'dayjs';
import ExcelJS from 'exceljs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { type Browser, type Locator, type Page } from 'playwright-core';
import { runAsSystem } from '@tradewind/platform';
import { clearQueues, eventually, startTestWorker, TestApi, testConfig } from '../../../test/harness/test-app';
import { GradingService } from '../../../libs/crm/src/grading/grading.service';
import { KeyDatesService } from '../../../libs/crm/src/key-dates/key-dates.service';
import { asAnotherUser, assertBrowserPrerequisites, openChromiumPage, pickOption, signInThroughForm, throwPageErrors } from './support/chromium';

const WEB_DIST = resolve(__dirname, '../dist');
const SCREENSHOTS = resolve(__dirname, '../../../docs/screenshots');

const ADMIN = { email: 'lin.wei@example.test', password: 'Tradewind-2025!', displayName: '林伟' };
// antd puts a space between the two characters of a two-character Chinese button label.
const twoChars = (label: string): RegExp => new RegExp(`^${label[0]}\\s?${label[1]}$`);

jest.setTimeout(180_000);
dayjs.extend(utc);
dayjs.extend(timezone);

describe('the CRM pages, built and served by the API, in Chromium', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let browser: Browser;
  let page: Page;
  let token: string;
  let adminId: string;
  let pageErrors: string[];

  const gql = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> =>
    api.ok<T>(query, variables, token);

  async function tagGroup(name: string, kind: string, tags: string[]): Promise<Record<string, string>> {
    const { createTagGroup } = await gql<{ createTagGroup: { id: string } }>(
      'mutation($input: CreateTagGroupInput!) { createTagGroup(input: $input) { id } }',
      {
        input: { name, kind },
      },
    );
    const ids: Record<string, string> = {};
    for (const tag of tags) {
      const { createTag } = await gql<{ createTag: { id: string } }>(
        'mutation($input: CreateTagInput!) { createTag(input: $input) { id } }',
        {
          input: { groupId: createTagGroup.id, name: tag },
        },
      );
      ids[tag] = createTag.id;
    }
    return ids;
  }

  async function createCustomer(input: Record<string, unknown>): Promise<string> {
    const { createCustomer: customer } = await gql<{ createCustomer: { id: string } }>(
      'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
      {
        input,
      },
    );
    return customer.id;
  }

  async function logActivity(input: Record<string, unknown>): Promise<void> {
    await gql('mutation($input: LogActivityInput!) { logActivity(input: $input) { activity { id } } }', { input });
  }

  /** The customer names the list table shows. */
  async function listedCustomers(): Promise<string[]> {
    return (await page.locator('.ant-table-tbody tr.ant-table-row a[href^="/customers/"] strong').allTextContents()).sort();
  }

  async function waitForList(expected: string[]): Promise<void> {
    const wanted = [...expected].sort();
    await eventually(
      async () => JSON.stringify(await listedCustomers()) === JSON.stringify(wanted),
      15_000,
      `the list to show ${wanted.join(', ')}`,
    ).catch(async (error: Error) => {
      throw new Error(`${error.message}; it shows ${(await listedCustomers()).join(', ')}`);
    });
  }

  function pick(scope: Page | Locator, label: string | RegExp, option: string, typed = option): Promise<void> {
    return pickOption(page, scope, label, option, typed);
  }

  /** Types into the dialog's select labelled `label` and waits for it to say it found nobody, then closes it. */
  async function expectNobodyOffered(on: Page, dialog: Locator, label: string, typed: string, nobody: string): Promise<void> {
    const input = dialog.getByRole('combobox', { name: new RegExp(`^(\\*\\s*)?${label}$`) });
    await input.locator('xpath=ancestor::*[contains(concat(" ", @class, " "), " ant-select ")][1]').click();
    await input.fill(typed);
    await on.locator('.ant-select-dropdown:visible').getByText(nobody, { exact: true }).waitFor();
    await input.fill('');
    await dialog.locator('.ant-modal-title').click();
  }

  beforeAll(async () => {
    assertBrowserPrerequisites(WEB_DIST);
    api = await TestApi.start(await testConfig({ WEB_DIST_DIR: WEB_DIST }));
    // Imports run, and notifications are written, in the worker.
    worker = await startTestWorker(api.config);
    adminId = (await api.createUser({ role: 'admin', ...ADMIN })).id;
    token = (await api.login(ADMIN.email, ADMIN.password)).accessToken;

    ({ browser, page, pageErrors } = await openChromiumPage());

    await signInThroughForm(page, api.url, ADMIN);
  });

  afterEach(() => throwPageErrors(pageErrors));

  afterAll(async () => {
    await browser?.close();
    await worker?.close();
    if (api) {
      await api.close();
      await clearQueues(api.config);
    }
  });

  it('imports a spreadsheet through the wizard: the dry run shows a row joining row 2 on the e-mail domain, then the import creates and merges', async () => {
    const csv = [
      '公司名称,国家,联系人,邮箱,电话',
      'Müller Maschinenbau GmbH,德国,Hans Müller,hans.mueller@mueller-maschinen.de,+49 30 1234567',
      'MM Industrietechnik,DE,Petra Schmidt,petra.schmidt@mueller-maschinen.de,',
      'Harbour Tools Ltd,GB,John Smith,john@harbour-tools.co.uk,',
      ',,Nobody Known,,',
    ].join('\n');
    // The customer pages sit in a sub-menu.
    await page.locator('.ant-menu-submenu-title', { hasText: '客户' }).click();
    await page.getByRole('menuitem', { name: '导入客户' }).click();
    await page.waitForURL(`${api.url}/customers/import`);
    await page.locator('input[type="file"]').setInputFiles({ name: 'kunden.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });

    // The columns were recognised from the Chinese headers.
    await page.getByText('kunden.csv：4 行数据，5 列').waitFor();
    const mapping = page.getByTestId('mapping-table');
    await mapping.locator('tr', { hasText: '联系人' }).locator('.ant-select-selection-item', { hasText: '联系人' }).waitFor();
    await mapping.locator('tr', { hasText: '公司名称' }).locator('.ant-select-selection-item', { hasText: '公司名称' }).waitFor();
    await page.getByRole('button', { name: '开始试运行' }).click();

    const report = page.getByTestId('import-report');
    await page.getByText('试运行结果（尚未导入）').waitFor();
    const joining = report.locator('tr', { hasText: '并入第 2 行（Müller Maschinenbau GmbH）' });
    await joining.getByText('邮箱域名相同', { exact: true }).waitFor();
    // The API's reasons and problems in the interface's language (readImportText knows their shapes).
    await joining.getByText('邮箱域名相同 mueller-maschinen.de', { exact: true }).waitFor();
    expect(await joining.locator('td').first().textContent()).toBe('3');
    await report.locator('tr', { hasText: '缺少公司名称、邮箱和网站' }).getByText('错误').waitFor();
    expect(await page.getByTestId('import-count-created').locator('.ant-statistic-content').textContent()).toBe('2');
    expect(await page.getByTestId('import-count-merged').locator('.ant-statistic-content').textContent()).toBe('1');
    expect(await page.getByTestId('import-count-errors').locator('.ant-statistic-content').textContent()).toBe('1');
    // A dry run writes nothing.
    const before = await gql<{ customers: { totalCount: number } }>('{ customers(first: 1) { totalCount } }');
    expect(before.customers.totalCount).toBe(0);
    await page.getByRole('button', { name: '确认导入（3 行）' }).click();
    await page.getByText('导入完成', { exact: true }).waitFor();
    await page.getByText('新建 2 个客户，合并 1 行，1 行有错误。').waitFor();
    expect(await page.getByTestId('import-count-created').locator('.ant-statistic-content').textContent()).toBe('2');
    expect(await page.getByTestId('import-count-merged').locator('.ant-statistic-content').textContent()).toBe('1');

    const imported = await gql<{ customers: { nodes: { name: string; country: string; contacts: { name: string }[] }[] } }>(
      '{ customers(first: 10) { nodes { name country contacts { name } } } }',
    );
    expect(imported.customers.nodes.map((c) => c.name).sort()).toEqual(['Harbour Tools Ltd', 'Müller Maschinenbau GmbH']);
    const mueller = imported.customers.nodes.find((c) => c.name === 'Müller Maschinenbau GmbH');
    expect(mueller?.country).toBe('DE');
    expect(mueller?.contacts.map((c) => c.name).sort()).toEqual(['Hans Müller', 'Petra Schmidt']);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /下载报告/ }).click()]);
    expect(download.suggestedFilename()).toBe('kunden-import-report.xlsx');
    const saved = join(tmpdir(), `tw-report-${Date.now()}.xlsx`);
    await download.saveAs(saved);
    expect(readFileSync(saved).subarray(0, 2).toString()).toBe('PK');

    // The worker tells the importer it finished; the bell words it in Chinese and links to the report.
    const unreadImport = async (): Promise<boolean> =>
      (
        await gql<{ myNotifications: { nodes: { kind: string }[] } }>('{ myNotifications(first: 20, unreadOnly: true) { nodes { kind } } }')
      ).myNotifications.nodes.some((n) => n.kind === 'import_finished');
    await eventually(unreadImport, 20_000, 'the import_finished notification');
    await page.reload();
    await page.getByTestId('notification-count').locator('.ant-badge-count').waitFor();
    await page.getByTestId('notification-bell').click();
    await page.getByTestId('notifications').getByText('客户导入完成：新建 2，合并 1，错误 1').waitFor();
    await page.getByTestId('notifications').getByText('客户导入完成：新建 2，合并 1，错误 1').click();
    await page.waitForURL(/\/customers\/import\/[0-9a-f-]{36}$/);
    await page.getByText('导入完成', { exact: true }).waitFor();
    await eventually(async () => !(await unreadImport()), 10_000, 'the notification to be read');
  });

  it('filters the list by tags from two groups (both must match), then by any tag, then by countries, and tags selected rows in bulk', async () => {
    const region = await tagGroup('地区', 'region', ['欧洲', '亚洲']);
    const value = await tagGroup('价值', 'value', ['高毛利', '低毛利']);
    await createCustomer({ name: 'Nordlicht Handels GmbH', country: 'DE', tagIds: [region['欧洲'], value['高毛利']] });
    await createCustomer({ name: 'Baltic Trade OÜ', country: 'EE', tagIds: [region['欧洲'], value['低毛利']] });
    await createCustomer({ name: 'Sakura Imports KK', country: 'JP', tagIds: [region['亚洲'], value['高毛利']] });
    await createCustomer({ name: 'Lotus Garden Supply', country: 'SG', tagIds: [region['亚洲']] });

    const everyone = [
      'Baltic Trade OÜ',
      'Harbour Tools Ltd',
      'Lotus Garden Supply',
      'Müller Maschinenbau GmbH',
      'Nordlicht Handels GmbH',
      'Sakura Imports KK',
    ];

    await page.getByRole('menuitem', { name: '客户列表' }).click();
    await page.waitForURL(`${api.url}/customers`);
    await waitForList(everyone);

    await pick(page, '按标签筛选', '欧洲');
    await pick(page, '按标签筛选', '高毛利');
    await page.keyboard.press('Escape');
    // 欧洲 (region) AND 高毛利 (value).
    await waitForList(['Nordlicht Handels GmbH']);
    const sameFromApi = await gql<{ customers: { nodes: { name: string }[] } }>(
      'query($f: CustomerFilter) { customers(first: 20, filter: $f) { nodes { name } } }',
      {
        f: { tags: { tagIds: [region['欧洲'], value['高毛利']], mode: 'AND' } },
      },
    );
    expect(sameFromApi.customers.nodes.map((c) => c.name)).toEqual(['Nordlicht Handels GmbH']);

    await page.getByText('任一标签', { exact: true }).click();
    await waitForList(['Baltic Trade OÜ', 'Nordlicht Handels GmbH', 'Sakura Imports KK']);

    // Two tags of one group are alternatives even in the "every group" mode.
    await page.getByText('各组同时满足', { exact: true }).click();
    await pick(page, '按标签筛选', '亚洲');
    await page.keyboard.press('Escape');
    await waitForList(['Nordlicht Handels GmbH', 'Sakura Imports KK']);
    await page.getByRole('button', { name: /清除筛选/ }).click();
    await waitForList(everyone);

    // Countries are picked by the names the user reads; several are alternatives.
    await pick(page, '国家/地区', '德国');
    await page.keyboard.press('Escape');
    await waitForList(['Müller Maschinenbau GmbH', 'Nordlicht Handels GmbH']);
    await pick(page, '国家/地区', '日本');
    await page.keyboard.press('Escape');
    await waitForList(['Müller Maschinenbau GmbH', 'Nordlicht Handels GmbH', 'Sakura Imports KK']);
    await page.getByRole('button', { name: /清除筛选/ }).click();
    await waitForList(everyone);

    // Tag the selected rows in one go.
    for (const name of ['Harbour Tools Ltd', 'Lotus Garden Supply']) {
      await page.locator('.ant-table-tbody tr.ant-table-row', { hasText: name }).getByRole('checkbox').check();
    }
    await page.getByText('已选 2 个客户').waitFor();
    await page.getByRole('button', { name: /打标签/ }).click();
    const tagDialog = page.getByRole('dialog');
    await pick(tagDialog, '添加标签', '高毛利');
    await tagDialog.getByText('为 2 个客户调整标签').click();
    await tagDialog.getByRole('button', { name: twoChars('确定') }).click();
    await page.getByText('已更新 2 个客户的标签').waitFor();
    const tagged = await gql<{ customers: { nodes: { name: string }[] } }>(
      'query($f: CustomerFilter) { customers(first: 20, filter: $f) { nodes { name } } }',
      {
        f: { tags: { tagIds: [value['高毛利']] } },
      },
    );
    expect(tagged.customers.nodes.map((c) => c.name).sort()).toEqual([
      'Harbour Tools Ltd',
      'Lotus Garden Supply',
      'Nordlicht Handels GmbH',
      'Sakura Imports KK',
    ]);
  });

  it('opens the 360 view with contacts, tags and the timeline, then logs an activity and edits contacts and tags on it', async () => {
    const tags = await tagGroup('行业', 'industry', ['阀门', '泵']);
    const id = await createCustomer({
      name: 'Rheinventil AG',
      localName: '莱茵阀门',
      country: 'DE',
      city: 'Köln',
      website: 'https://www.rheinventil.de',
      industry: 'Valves',
      stage: 'prospect',
      usualIncoterm: 'FOB',
      usualCurrency: 'EUR',
      ownerId: adminId,
      tagIds: [tags['阀门']],
      contacts: [
        {
          name: 'Anna Becker',
          title: 'Einkaufsleiterin',
          emails: ['anna.becker@rheinventil.de'],
          phones: ['0221 123456'],
          isPrimary: true,
        },
        { name: 'Jonas Weber', title: 'Technik', emails: ['jonas.weber@rheinventil.de'] },
      ],
    });
    await logActivity({
      customerId: id,
      type: 'call',
      subject: '询价：不锈钢球阀',
      body: 'DN50，PN16，约 2000 只',
      occurredAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
    });
    await logActivity({
      customerId: id,
      type: 'email',
      subject: '已发送报价单 Q-2025-031',
      occurredAt: new Date(Date.now() - 86_400_000).toISOString(),
    });
    await gql('mutation($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id } }', {
      input: { customerId: id, dueAt: new Date(Date.now() + 2 * 86_400_000).toISOString(), type: 'call', note: '确认报价反馈' },
    });

    await page.goto(`${api.url}/customers/${id}`);
    await page.getByTestId('customer-name').getByText('Rheinventil AG').waitFor();
    await page.getByText('莱茵阀门').waitFor();
    const contacts = page.getByTestId('contacts-card');
    await contacts.getByText('联系人（2）').waitFor();
    await contacts.getByText('Anna Becker').waitFor();
    await contacts.getByText('anna.becker@rheinventil.de').waitFor();
    await contacts.getByRole('link', { name: '0221 123456' }).waitFor();
    // The header names the page a customer's, not the list's.
    await page.locator('.ant-layout-header').getByRole('heading', { name: '客户详情' }).waitFor();
    await contacts.getByText('Jonas Weber').waitFor();
    await page.getByTestId('customer-tags').getByText('阀门').waitFor();
    const timeline = page.getByTestId('timeline-card');
    const items = timeline.getByTestId('timeline-item');
    await items.filter({ hasText: '询价：不锈钢球阀' }).waitFor();
    // Newest first.
    expect(await items.first().textContent()).toContain('已发送报价单 Q-2025-031');

    await page.waitForLoadState('networkidle');
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'customer-360.png') });

    await timeline.getByRole('button', { name: '记录跟进' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('会面').click();
    await dialog.getByLabel('主题').fill('工厂参观，确认样品');
    await dialog.getByLabel('内容').fill('客户对密封件满意，下周下试单。');
    await dialog.getByRole('button', { name: '保存记录' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await eventually(
      async () => ((await items.first().textContent()) ?? '').includes('工厂参观，确认样品'),
      10_000,
      'the logged meeting on top of the timeline',
    );
    expect(await items.first().textContent()).toContain('会面');
    // Opening it again starts afresh, not with the meeting just logged (saving would log it twice).
    await timeline.getByRole('button', { name: '记录跟进' }).click();
    await dialog.getByLabel('主题').waitFor();
    expect({ subject: await dialog.getByLabel('主题').inputValue(), body: await dialog.getByLabel('内容').inputValue(), call: await dialog.getByRole('radio', { name: '电话' }).isChecked() })
      .toEqual({ subject: '', body: '', call: true });
    // Later days are not offered: an activity is logged once it happened.
    await dialog.getByLabel('时间').click();
    const day = (offset: number): string => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const cellClass = (date: string) => page.locator(`.ant-picker-dropdown td[title="${date}"]`).first().getAttribute('class');
    expect({ past: await cellClass(day(-2)), future: await cellClass(day(2)) }).toEqual({
      past: expect.not.stringContaining('ant-picker-cell-disabled'),
      future: expect.stringContaining('ant-picker-cell-disabled'),
    });
    // Escape closes the calendar and, with it, the dialog (nothing was saved).
    await page.keyboard.press('Escape');
    if (await dialog.isVisible()) await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    const stored = await gql<{ customer: { timeline: { nodes: { type: string; subject: string; author: { displayName: string } }[] } } }>(
      'query($id: ID!) { customer(id: $id) { timeline(first: 1) { nodes { type subject author { displayName } } } } }',
      { id },
    );
    expect(stored.customer.timeline.nodes[0]).toEqual({
      type: 'meeting',
      subject: '工厂参观，确认样品',
      author: { displayName: ADMIN.displayName },
    });

    // Contacts: the server's problem with one phone shows under that phone; then add, and remove another.
    await contacts.getByRole('button', { name: /添加联系人/ }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByLabel('姓名').fill('Lena Fischer');
    await drawer.getByLabel('邮箱 1').fill('lena.fischer@rheinventil.de');
    await drawer.getByLabel('电话 1').fill('12');
    await drawer.getByRole('button', { name: twoChars('保存') }).click();
    await drawer.getByText('"12"不是有效的电话号码（按 DE 号码识别）', { exact: true }).waitFor();
    await drawer.getByLabel('电话 1').fill('0221 998877');
    await drawer.getByRole('button', { name: twoChars('保存') }).click();
    // Shown as typed; it dials the normalised number.
    await contacts.getByRole('link', { name: '0221 998877' }).waitFor();
    expect(await contacts.getByRole('link', { name: '0221 998877' }).getAttribute('href')).toBe('tel:+49221998877');
    await contacts.getByText('联系人（3）').waitFor();
    await contacts.getByRole('button', { name: '删除 Jonas Weber' }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: twoChars('确定') })
      .click();
    await contacts.getByText('Jonas Weber').waitFor({ state: 'detached' });
    const people = await gql<{ customer: { contacts: { name: string; phones: { e164: string }[] }[] } }>(
      'query($id: ID!) { customer(id: $id) { contacts { name phones { e164 } } } }',
      { id },
    );
    expect(people.customer.contacts.map((c) => c.name).sort()).toEqual(['Anna Becker', 'Lena Fischer']);
    expect(people.customer.contacts.find((c) => c.name === 'Lena Fischer')?.phones).toEqual([{ e164: '+49221998877' }]);

    // Tags: add one from its group, remove another with its ×.
    await page
      .getByTestId('customer-tags')
      .getByRole('button', { name: /添加标签/ })
      .click();
    await pick(page, '添加标签', '泵');
    await page.locator('.ant-popover-title').click();
    await page.getByRole('button', { name: twoChars('添加') }).click();
    await page.getByTestId('customer-tags').getByText('泵').waitFor();
    await page.getByTestId('customer-tags').locator('.ant-tag', { hasText: '阀门' }).locator('.ant-tag-close-icon').click();
    await page.getByTestId('customer-tags').getByText('阀门').waitFor({ state: 'detached' });
    const tagged = await gql<{ customer: { tags: { name: string }[] } }>('query($id: ID!) { customer(id: $id) { tags { name } } }', { id });
    expect(tagged.customer.tags.map((t) => t.name)).toEqual(['泵']);
  });

  it('says why a customer has its grade in the interface language, worded from the figures behind it', async () => {
    const vip = await createCustomer({ name: 'Gradewell Trading LLC', country: 'AE', ownerId: adminId });
    const talking = await createCustomer({ name: 'Gradewell Lead Co', country: 'AE', ownerId: adminId });
    const silent = await createCustomer({ name: 'Gradewell Quiet Co', country: 'AE', ownerId: adminId });
    await api.dataSource.query(
      `INSERT INTO customer_order_stats (customer_id, order_count, first_order_date, last_order_date, revenue_amount, revenue12m_amount, orders12m)
       VALUES ($1, 5, current_date - 400, current_date - 20, 400000, 182000, 3)`,
      [vip],
    );
    await logActivity({ customerId: talking, type: 'call', subject: '询价', occurredAt: new Date().toISOString() });
    await runAsSystem('test', () => api.app.get(GradingService).recompute([vip, talking, silent]));

    await page.goto(`${api.url}/customers/${vip}`);
    await page.getByTestId('grade-reason').getByText('评级依据：近 12 个月 3 单，US$18.2万', { exact: true }).waitFor();

    // The list's grade tags say the same on hover.
    await page.goto(`${api.url}/customers`);
    await page.getByPlaceholder('搜索名称、邮箱、电话或网站').fill('Gradewell');
    await page.keyboard.press('Enter');
    await waitForList(['Gradewell Lead Co', 'Gradewell Quiet Co', 'Gradewell Trading LLC']);
    const reasonOnHover = async (customer: string, grade: string): Promise<string | null> => {
      await page.locator('tr.ant-table-row', { hasText: customer }).locator('.ant-tag', { hasText: new RegExp(`^${grade}$`) }).hover();
      const tooltip = page.locator('.ant-tooltip:not(.ant-tooltip-hidden) .ant-tooltip-inner');
      await tooltip.waitFor();
      const text = await tooltip.textContent();
      await page.mouse.move(0, 0);
      await tooltip.waitFor({ state: 'hidden' });
      return text;
    };
    expect(await reasonOnHover('Gradewell Lead Co', '潜力')).toBe('尚未下单；今天联系过');
    expect(await reasonOnHover('Gradewell Quiet Co', '休眠')).toBe('尚未下单，也未联系过');

    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.goto(`${api.url}/customers/${vip}`);
    await page.getByTestId('grade-reason').getByText('Grade because: 3 orders, $182K in 12 months', { exact: true }).waitFor();
    await page.goto(`${api.url}/customers/${talking}`);
    await page.getByTestId('grade-reason').getByText('Grade because: no order yet; in contact today', { exact: true }).waitFor();
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: '简体中文' }).click();
    await page.getByTestId('grade-reason').getByText('评级依据：尚未下单；今天联系过', { exact: true }).waitFor();
  });

  it('refuses a profile edit made on a stale version with a clear message, and saves it after loading the latest', async () => {
    const id = await createCustomer({ name: 'Elbe Armaturen GmbH', country: 'DE', city: 'Hamburg' });
    await page.goto(`${api.url}/customers/${id}`);
    await page.getByTestId('customer-name').getByText('Elbe Armaturen GmbH').waitFor();
    await page.getByRole('button', { name: /编辑资料/ }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByLabel('城市').fill('Bonn');

    // A colleague saves first.
    const { customer } = await gql<{ customer: { version: number } }>('query($id: ID!) { customer(id: $id) { version } }', { id });
    await gql('mutation($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { id } }', {
      id,
      input: { version: customer.version, city: 'Lübeck' },
    });

    await drawer.getByRole('button', { name: twoChars('保存') }).click();
    await drawer.getByTestId('edit-conflict').getByText('客户资料已被他人修改').waitFor();
    await drawer.getByRole('button', { name: '加载最新资料' }).click();
    await eventually(async () => (await drawer.getByLabel('城市').inputValue()) === 'Lübeck', 10_000, "the colleague's city in the form");
    await drawer.getByLabel('城市').fill('Bonn');
    await drawer.getByRole('button', { name: twoChars('保存') }).click();
    await page.getByText('已保存 Elbe Armaturen GmbH').waitFor();
    const saved = await gql<{ customer: { city: string } }>('query($id: ID!) { customer(id: $id) { city } }', { id });
    expect(saved.customer.city).toBe('Bonn');
  });

  it('clears a price sensitivity and a company anniversary when the profile edit empties them', async () => {
    const id = await createCustomer({ name: 'Weser Beschläge GmbH', country: 'DE', priceSensitivity: 'price', companyAnniversary: '2005-06-01' });
    await page.goto(`${api.url}/customers/${id}`);
    await page.getByTestId('customer-name').getByText('Weser Beschläge GmbH').waitFor();
    await page.getByRole('button', { name: /编辑资料/ }).click();
    const drawer = page.getByRole('dialog');
    const sensitivity = drawer.locator('.ant-form-item', { hasText: '价格敏感度' });
    await sensitivity.locator('.ant-select').hover();
    await sensitivity.locator('.ant-select-clear').click();
    const anniversary = drawer.locator('.ant-form-item', { hasText: '公司周年日' });
    await anniversary.locator('.ant-picker').hover();
    await anniversary.locator('.ant-picker-clear').click();
    await drawer.getByRole('button', { name: twoChars('保存') }).click();
    await page.getByText('已保存 Weser Beschläge GmbH').waitFor();
    const saved = await gql<{ customer: { priceSensitivity: string | null; companyAnniversary: string | null } }>('query($id: ID!) { customer(id: $id) { priceSensitivity companyAnniversary } }', { id });
    expect(saved.customer).toEqual({ priceSensitivity: null, companyAnniversary: null });
  });

  it('completes a follow-up by logging an activity, and it leaves the open list', async () => {
    const customerId = await createCustomer({ name: 'Pacific Valve Trading', country: 'AU' });
    const { createFollowUp } = await gql<{ createFollowUp: { id: string } }>(
      'mutation($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id } }',
      { input: { customerId, dueAt: new Date(Date.now() - 60 * 60_000).toISOString(), type: 'call', note: '确认样品反馈' } },
    );

    await page.getByRole('menuitem', { name: '跟进日历' }).click();
    await page.waitForURL(`${api.url}/follow-ups`);
    const due = page.getByTestId('due-follow-ups');
    const item = due.getByTestId('follow-up-item').filter({ hasText: 'Pacific Valve Trading' });
    await item.getByText('确认样品反馈').waitFor();
    await item.getByText('已逾期').waitFor();
    await item.getByRole('button', { name: /完\s?成/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('完成跟进任务').waitFor();
    await dialog.getByText('任务说明：确认样品反馈').waitFor();
    await dialog.getByLabel('主题').fill('样品已确认，准备下单');
    await dialog.getByRole('button', { name: '保存并完成' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await item.waitFor({ state: 'detached' });
    await due.getByText('今天没有到期的跟进').waitFor();

    const after = await gql<{ followUps: { nodes: { id: string; doneAt: string | null; doneActivityId: string | null }[] } }>(
      'query($id: ID!) { followUps(first: 10, filter: { customerId: $id, includeDone: true }) { nodes { id doneAt doneActivityId } } }',
      { id: customerId },
    );
    expect(after.followUps.nodes).toHaveLength(1);
    expect(after.followUps.nodes[0].id).toBe(createFollowUp.id);
    expect(after.followUps.nodes[0].doneAt).not.toBeNull();
    const timeline = await gql<{ customer: { timeline: { nodes: { id: string; type: string; subject: string }[] } } }>(
      'query($id: ID!) { customer(id: $id) { timeline(first: 5) { nodes { id type subject } } } }',
      { id: customerId },
    );
    expect(timeline.customer.timeline.nodes[0]).toEqual({
      id: after.followUps.nodes[0].doneActivityId,
      type: 'call',
      subject: '样品已确认，准备下单',
    });
  });

  it('merges two duplicates: the merged customer leaves the list and its contact joins the survivor', async () => {
    const survivorId = await createCustomer({
      name: 'Lotus Supply Co',
      country: 'SG',
      contacts: [{ name: 'Mei Chen', emails: ['mei.chen@lotus-supply.com'] }],
    });
    // Newer, but further along: the dialog suggests keeping it, and the user picks the other.
    const mergedId = await createCustomer({
      name: 'Lotus Supply Pte. Ltd.',
      country: 'SG',
      stage: 'prospect',
      contacts: [{ name: 'David Wong', emails: ['david.wong@lotus-supply.com'] }],
    });

    await page.getByRole('menuitem', { name: '疑似重复' }).click();
    await page.waitForURL(`${api.url}/customers/duplicates`);
    const row = page
      .locator('.ant-table-tbody tr.ant-table-row', { hasText: 'Lotus Supply Pte. Ltd.' })
      .filter({ hasText: 'Lotus Supply Co' });
    await row.waitFor();
    // Why they match, in Chinese too (the API's reason is English).
    expect(await row.textContent()).toMatch(/(邮箱|邮箱域名|企业域名|网站|电话|名称)(相同|相近)/);
    expect(await row.textContent()).not.toMatch(/\bsame\b/);
    // The rule once (its tag), then what they share.
    expect((await row.textContent())?.match(/相同|相近/g)).toHaveLength(1);
    expect(await row.textContent()).toMatch(/lotus-supply\.com|"lotus supply"/);
    await row.getByRole('button', { name: /合\s?并/ }).click();

    const dialog = page.getByRole('dialog');
    await dialog.getByTestId(`merge-side-${survivorId}`).getByText('Mei Chen').waitFor();
    await dialog.getByTestId(`merge-side-${mergedId}`).getByText('David Wong').waitFor();
    expect(await dialog.getByTestId(`merge-side-${mergedId}`).getByRole('radio').isChecked()).toBe(true);
    await dialog.getByTestId(`merge-side-${survivorId}`).getByRole('radio').check();
    await dialog.getByRole('button', { name: '合并到 Lotus Supply Co' }).click();
    await page.getByText('已将 Lotus Supply Pte. Ltd. 合并到 Lotus Supply Co').waitFor();
    await row.waitFor({ state: 'detached' });

    await page.getByRole('menuitem', { name: '客户列表' }).click();
    await page.getByLabel('搜索名称、邮箱、电话或网站').fill('Lotus Supply');
    await page.getByLabel('搜索名称、邮箱、电话或网站').press('Enter');
    await waitForList(['Lotus Supply Co']);

    await page.getByRole('link', { name: 'Lotus Supply Co' }).click();
    await page.waitForURL(`${api.url}/customers/${survivorId}`);
    const contacts = page.getByTestId('contacts-card');
    await contacts.getByText('David Wong').waitFor();
    await contacts.getByText('Mei Chen').waitFor();
    await page.getByTestId('timeline-card').getByText('合并了重复客户 Lotus Supply Pte. Ltd.').waitFor();

    // The merged id still resolves, to the survivor.
    const resolved = await gql<{ customer: { id: string } }>('query($id: ID!) { customer(id: $id) { id } }', { id: mergedId });
    expect(resolved.customer.id).toBe(survivorId);
  });

  it('shows the server field errors of a new customer under their fields, then creates it', async () => {
    await page.getByRole('menuitem', { name: '客户列表' }).click();
    await page.waitForURL(`${api.url}/customers`);
    await page.getByRole('button', { name: /新建客户/ }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByLabel('客户名称').fill('Atlantis Marine Supplies');
    await drawer.getByLabel('国家/地区').fill('Atlantis');
    await drawer.getByLabel('姓名').fill('Kai Nordmann');
    await drawer.getByLabel('电话 1').fill('12');
    await drawer.getByRole('button', { name: twoChars('创建') }).click();
    // In the interface's language (the API sends the Chinese beside its English).
    await drawer.getByText('无法识别国家/地区"Atlantis"（请填写 ISO 代码如 DE，或名称如 Germany、德国）', { exact: true }).waitFor();
    await drawer.getByText('"12"不是有效的电话号码，请加上国家区号，如 +49', { exact: true }).waitFor();
    // The drawer was scrolled down to the phone; it scrolls back to the first field the API marked.
    const countryInView = async () =>
      drawer.getByLabel('国家/地区').evaluate((input) => {
        const field = input.getBoundingClientRect();
        const body = input.closest('.ant-drawer-body')!.getBoundingClientRect();
        return field.top >= body.top && field.bottom <= body.bottom;
      });
    for (let i = 0; i < 40 && !(await countryInView()); i++) await page.waitForTimeout(50);
    expect(await countryInView()).toBe(true);

    await drawer.getByLabel('国家/地区').fill('Norway');
    await drawer.getByLabel('电话 1').fill('+47 22 12 34 56');
    await drawer.getByRole('button', { name: twoChars('创建') }).click();
    await page.getByTestId('customer-name').getByText('Atlantis Marine Supplies').waitFor();
    await page.getByTestId('contacts-card').getByRole('link', { name: '+47 22 12 34 56' }).waitFor();
    const created = await gql<{ customers: { nodes: { country: string; contacts: { name: string }[] }[] } }>(
      '{ customers(first: 5, filter: { search: "Atlantis Marine" }) { nodes { country contacts { name } } } }',
    );
    expect(created.customers.nodes).toEqual([{ country: 'NO', contacts: [{ name: 'Kai Nordmann' }] }]);
  });

  it('warns that a new customer may already exist, links to it, and creates it only when told to', async () => {
    const existing = await createCustomer({ name: 'Fjord Marine Trading AS', country: 'NO', website: 'https://fjordmarine.no' });
    await page.getByRole('menuitem', { name: '客户列表' }).click();
    await page.waitForURL(`${api.url}/customers`);
    await page.getByRole('button', { name: /新建客户/ }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByLabel('客户名称').fill('Fjord Marine Tradng');
    await drawer.getByLabel('国家/地区').fill('Norway');
    await drawer.getByLabel('姓名').fill('Ola Hansen');
    await drawer.getByLabel('邮箱 1').fill('ola@fjordmarine.no');
    await drawer.getByRole('button', { name: twoChars('创建') }).click();

    const notice = drawer.getByTestId('customer-lookalikes');
    await notice.getByText('这个客户可能已经存在').waitFor();
    // The strongest rule: her e-mail's domain is the existing customer's website.
    await notice.getByText('邮箱域名相同').waitFor();
    expect(await notice.getByRole('link', { name: 'Fjord Marine Trading AS' }).getAttribute('href')).toBe(`/customers/${existing}`);
    const before = await gql<{ customers: { totalCount: number } }>('{ customers(first: 1, filter: { search: "Fjord Marine" }) { totalCount } }');
    expect(before.customers.totalCount).toBe(1);

    await drawer.getByRole('button', { name: '仍然创建' }).click();
    await page.getByTestId('customer-name').getByText('Fjord Marine Tradng').waitFor();
    const after = await gql<{ customers: { totalCount: number } }>('{ customers(first: 1, filter: { search: "Fjord Marine" }) { totalCount } }');
    expect(after.customers.totalCount).toBe(2);
  });

  it('lets an admin change the grading thresholds, follow-up frequency and pool rules, checking the pool warning comes before the return', async () => {
    await page.getByRole('menuitem', { name: 'CRM 设置' }).click();
    await page.waitForURL(`${api.url}/settings/crm`);
    const claimCap = page.getByLabel('每位业务员最多负责客户数');
    await claimCap.waitFor();
    const SETTINGS = '{ crmSettings { pool { idleDays warningDays claimCap } grading { vipRevenue12m keyRevenue12m vipOrders12m keyOrders12m potentialActivityDays dormantMonths lostMonths } followUpDays { vip key regular potential dormant lost } assignmentRules { country industry teamId userId } } }';
    type Settings = { pool: { idleDays: number; warningDays: number; claimCap: number }; grading: Record<string, unknown>; followUpDays: Record<string, number | null>; assignmentRules: Record<string, string | null>[] };
    const before = (await gql<{ crmSettings: Settings }>(SETTINGS)).crmSettings;
    const colleague = await api.createUser({ role: 'sales', displayName: '赵磊' });
    expect(await claimCap.inputValue()).toBe(String(before.pool.claimCap));
    expect(before.followUpDays.dormant).not.toBeNull();

    await page.getByLabel('提前几天提醒负责人').fill(String(before.pool.idleDays));
    await page.getByRole('button', { name: '保存设置' }).click();
    await page.getByText('提醒天数须少于退回公海的天数').waitFor();

    await page.getByLabel('提前几天提醒负责人').fill('5');
    await claimCap.fill('7');
    await page.getByLabel('VIP：或订单数达到').fill('9');
    await page.getByLabel('VIP：销售额达到').fill('250000.50');
    await page.getByLabel('休眠', { exact: true }).fill('');
    // A rule: German pool customers go to 赵磊; first refused without anyone to give them to.
    await page.getByRole('button', { name: '添加规则' }).click();
    const rule = page.getByTestId('assignment-rule').last();
    await pick(rule, /^国家\/地区 \d+$/, '(DE)', 'DE');
    await page.getByRole('button', { name: '保存设置' }).click();
    await rule.getByText('请选择团队或同事').waitFor();
    await pick(rule, /^或分给同事 \d+$/, '赵磊');
    await page.getByRole('button', { name: '保存设置' }).click();
    await page.getByText('CRM 设置已保存').waitFor();
    const after = (await gql<{ crmSettings: Settings }>(SETTINGS)).crmSettings;
    expect(after).toEqual({
      pool: { ...before.pool, warningDays: 5, claimCap: 7 },
      grading: { ...before.grading, vipOrders12m: 9, vipRevenue12m: '250000.50' },
      followUpDays: { ...before.followUpDays, dormant: null },
      assignmentRules: [...before.assignmentRules, { country: 'DE', industry: null, teamId: null, userId: colleague.id }],
    });
    // Opened again, the saved rule names the colleague, not their id.
    await page.reload();
    await page.getByTestId('assignment-rule').last().getByText('赵磊').waitFor();
    // Later tests claim from the pool under the usual rules.
    await gql('mutation($input: UpdateCrmSettingsInput!) { updateCrmSettings(input: $input) { reportingCurrency } }', { input: before });
  });

  it('says a customer address that is not a customer id leads nowhere, with the way back to the list', async () => {
    await page.goto(`${api.url}/customers/not-a-uuid`);
    await page.getByText('客户不存在，或你无权查看').waitFor();
    expect(await page.getByRole('button', { name: twoChars('重试') }).count()).toBe(0);
    await page.getByRole('button', { name: '返回客户列表' }).click();
    await page.waitForURL(`${api.url}/customers`);
  });

  it('hands over the customers of a salesperson to a colleague and shows what moved', async () => {
    const leaving = await api.createUser({ role: 'sales', displayName: '王芳' });
    const taking = await api.createUser({ role: 'sales', displayName: '刘洋' });
    await api.createUser({ role: 'logistics', displayName: '孙涛' });
    const first = await createCustomer({ name: 'Nordsee Fisch GmbH', ownerId: leaving.id });
    await createCustomer({ name: 'Alpen Käse AG', ownerId: leaving.id });
    await gql('mutation($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id } }', {
      input: { customerId: first, assigneeId: leaving.id, dueAt: new Date(Date.now() + 86_400_000).toISOString() },
    });

    await page.getByRole('menuitem', { name: '用户管理' }).click();
    await page.waitForURL(`${api.url}/users`);
    // The customer list the previous test left has a 交接客户 button too, shown until the users page has loaded.
    await page.getByRole('columnheader', { name: '最近登录' }).waitFor();
    await page.getByRole('button', { name: /交接客户/ }).click();
    const dialog = page.getByRole('dialog');
    // Its opening zoom over: a click computed mid-animation can land beside the moving field.
    await page.locator('.ant-modal.ant-zoom-appear, .ant-modal.ant-zoom-enter').waitFor({ state: 'detached' });
    await pick(dialog, '交出人', '王芳 · 业务员', '王芳');
    // Customers go to people who work them: 孙涛, in logistics, is not offered.
    await expectNobodyOffered(page, dialog, '接收人', '孙涛', '没有可接收客户的同事');
    await pick(dialog, '接收人', '刘洋 · 业务员', '刘洋');
    await dialog.getByRole('button', { name: twoChars('交接') }).click();
    await dialog.getByText('已转交 2 个客户、1 个跟进任务、0 张报价单和 0 张订单。').waitFor();

    const owned = await gql<{ customers: { nodes: { name: string }[] } }>(
      'query($id: ID) { customers(first: 10, filter: { ownerId: $id }) { nodes { name } } }',
      {
        id: taking.id,
      },
    );
    expect(owned.customers.nodes.map((c) => c.name).sort()).toEqual(['Alpen Käse AG', 'Nordsee Fisch GmbH']);
  });

  it("offers a manager only their own team's people, and says in Chinese why a handover across teams is refused", async () => {
    const team = async (name: string) => (await gql<{ createTeam: { id: string } }>('mutation($name: String!) { createTeam(input: { name: $name }) { id } }', { name })).createTeam.id;
    const [europe, asia] = [await team('欧洲组'), await team('亚洲组')];
    const manager = { email: 'manager.eu@example.test', password: 'Tradewind-2025!' };
    await api.createUser({ role: 'manager', teamId: europe, displayName: '陈静', ...manager });
    const leaving = await api.createUser({ role: 'sales', teamId: europe, displayName: '周杰' });
    const taking = await api.createUser({ role: 'sales', teamId: europe, displayName: '吴磊' });
    await api.createUser({ role: 'logistics', teamId: europe, displayName: '钱程' });
    await api.createUser({ role: 'sales', teamId: asia, displayName: 'Kevin Huang' });
    await createCustomer({ name: 'Baltic Timber Oy', ownerId: leaving.id });

    // The manager signs in in a browser of their own; the admin's page stays signed in for the next tests.
    await asAnotherUser({ browser, pageErrors }, api.url, manager, async (managerPage) => {
      await managerPage.goto(`${api.url}/customers`);
      await managerPage.getByRole('button', { name: /交接客户/ }).click();
      const dialog = managerPage.getByRole('dialog');
      await expectNobodyOffered(managerPage, dialog, '交出人', 'Kevin', '没有找到同事');
      await pickOption(managerPage, dialog, '交出人', '周杰 · 业务员', '周杰');
      await expectNobodyOffered(managerPage, dialog, '接收人', 'Kevin', '没有可接收客户的同事');
      await expectNobodyOffered(managerPage, dialog, '接收人', '钱程', '没有可接收客户的同事');
      await expectNobodyOffered(managerPage, dialog, '接收人', ADMIN.displayName, '没有可接收客户的同事');
      await pickOption(managerPage, dialog, '接收人', '吴磊 · 业务员', '吴磊');

      // 吴磊 moves to the Asia team while the dialog is open: the server refuses, and the dialog says why.
      await gql('mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id } }', { id: taking.id, input: { teamId: asia } });
      await dialog.getByRole('button', { name: twoChars('交接') }).click();
      await dialog.getByText('经理只能在本团队内交接客户：交出人和接收人都须是你团队的成员。').waitFor();
    });
  });

  it("tells a salesperson on a pool customer's 360 page how many of its orders are a colleague's, which its figures count but its list does not show", async () => {
    const colleague = await api.createUser({ role: 'sales', displayName: '郑爽' });
    const viewer = { email: 'sales.viewer@example.test', password: 'Tradewind-2025!' };
    await api.createUser({ role: 'sales', displayName: '冯雪', ...viewer });
    // Created by the admin without an owner: the customer is in the pool, its order stays the colleague's.
    const customerId = await createCustomer({ name: 'Pampas Herramientas SRL', country: 'AR', toPool: true });
    const { createOrder } = await gql<{ createOrder: { id: string } }>('mutation($input: CreateOrderInput!) { createOrder(input: $input) { id } }', {
      input: { customerId, ownerId: colleague.id, currency: 'USD', incotermCode: 'FOB', incotermPlace: 'Ningbo', paymentTerms: 'Net 30', lines: [{ description: 'Pliers', quantity: '100', unitPrice: '2.5' }] },
    });
    await gql('mutation($id: ID!) { moveOrderStage(id: $id, to: "confirmed") { id } }', { id: createOrder.id });

    await asAnotherUser({ browser, pageErrors }, api.url, viewer, async (viewerPage) => {
      await viewerPage.goto(`${api.url}/customers/${customerId}`);
      const orders = viewerPage.getByTestId('customer-orders-card');
      await orders.getByText('暂无订单').waitFor();
      await orders.getByTestId('orders-out-of-scope').getByText('另有 1 张订单由同事负责，不在您的查看范围内（已计入上方的订单数和销售额）').waitFor();
    });
  });

  it('lets a salesperson claim a customer from the pool, whose list has no owner column, and the customer leaves the pool for their own list', async () => {
    const claimer = { email: 'sales.claimer@example.test', password: 'Tradewind-2025!' };
    const salesperson = await api.createUser({ role: 'sales', displayName: '韩梅', ...claimer });
    const customerId = await createCustomer({ name: 'Andino Ferreteria SAC', country: 'PE', toPool: true });

    await asAnotherUser({ browser, pageErrors }, api.url, claimer, async (salesPage) => {
      await salesPage.goto(`${api.url}/customers/pool`);
      await salesPage.getByPlaceholder('搜索名称、邮箱、电话或网站').fill('Andino');
      await salesPage.keyboard.press('Enter');
      const row = salesPage.locator('tr.ant-table-row', { hasText: 'Andino Ferreteria SAC' });
      await row.waitFor();
      // Every customer in the pool is nobody's: the pool leaves the owner column out.
      const headers = (await salesPage.locator('.ant-table-thead th').allTextContents()).map((text) => text.trim());
      expect(headers).toContain('客户名称');
      expect(headers).not.toContain('负责人');

      await row.locator('.ant-checkbox-input').check();
      // The button's name starts with its icon's label ("user-add").
      await salesPage.getByRole('button', { name: /认\s?领$/ }).click();
      await salesPage.getByText('已认领 1 个客户').waitFor();
      await row.waitFor({ state: 'detached' });

      // The customer list (not the pool) still shows owners, and now the claimer's name on it.
      await salesPage.goto(`${api.url}/customers`);
      await salesPage.getByPlaceholder('搜索名称、邮箱、电话或网站').fill('Andino');
      await salesPage.keyboard.press('Enter');
      await salesPage.locator('tr.ant-table-row', { hasText: 'Andino Ferreteria SAC' }).getByText('韩梅').waitFor();
      expect((await salesPage.locator('.ant-table-thead th').allTextContents()).map((text) => text.trim())).toContain('负责人');

      const claimed = await gql<{ customer: { inPool: boolean; owner: { id: string } | null } }>('query($id: ID!) { customer(id: $id) { inPool owner { id } } }', { id: customerId });
      expect(claimed.customer).toEqual({ inPool: false, owner: { id: salesperson.id } });

      // Released again from its page, the timeline says so at once, without a reload.
      await salesPage.goto(`${api.url}/customers/${customerId}`);
      await salesPage.getByText('负责人：公海 → 韩梅（认领）').waitFor();
      await salesPage.getByRole('button', { name: /释放到公海/ }).click();
      // The confirmation says what becomes of the customer's follow-ups.
      await salesPage.locator('.ant-popconfirm').getByText('按等级策略生成的跟进任务将取消；手动安排的跟进任务转给下一位负责人。').waitFor();
      await salesPage.locator('.ant-popconfirm').getByRole('button', { name: twoChars('确定') }).click();
      await salesPage.getByText('已将 Andino Ferreteria SAC 释放到公海').waitFor();
      await salesPage.getByText('负责人：韩梅 → 公海（释放到公海）').waitFor();
    });
    const { customer } = await gql<{ customer: { inPool: boolean; owner: { id: string } | null } }>('query($id: ID!) { customer(id: $id) { inPool owner { id } } }', { id: customerId });
    expect(customer).toEqual({ inPool: true, owner: null });
  });

  it("shows and takes follow-up times on the user's saved clock, not the browser's", async () => {
    // The browser runs in Asia/Shanghai (UTC+8); the user switches their account to Europe/Berlin.
    const zone = 'Europe/Berlin';
    const onBerlinClock = (at: string | Date, pattern = 'YYYY-MM-DD HH:mm'): string => dayjs(at).tz(zone).format(pattern);
    const today = onBerlinClock(new Date(), 'YYYY-MM-DD');
    const tomorrow = dayjs.tz(`${today}T12:00:00`, zone).add(1, 'day').format('YYYY-MM-DD');
    // 23:30 in Berlin is 06:30 of the next day in Shanghai: a browser-clock page would show another day.
    const lateToday = dayjs.tz(`${today}T23:30:00`, zone).toISOString();
    const customerId = await createCustomer({ name: 'Havelland Pumpen GmbH', country: 'DE', ownerId: adminId });
    await gql('mutation($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id } }', {
      input: { customerId, dueAt: lateToday, type: 'call', note: '晚间电话确认交期' },
    });

    // On the browser's clock first (the account still has Shanghai's zone, the default)…
    await page.goto(`${api.url}/customers/${customerId}`);
    const card = page.getByTestId('follow-ups-card');
    await card.getByTestId('open-follow-up').filter({ hasText: dayjs(lateToday).tz('Asia/Shanghai').format('YYYY-MM-DD HH:mm') }).waitFor();
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: /时区: Asia\/Shanghai/ }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '我的时区' });
    await pick(dialog, '时区', zone, 'Europe/Berl');
    await dialog.getByRole('button', { name: twoChars('保存') }).click();
    await dialog.waitFor({ state: 'hidden' });
    const saved = await gql<{ me: { timeZone: string } }>('{ me { timeZone } }');
    expect(saved.me.timeZone).toBe(zone);

    // …then, without reloading, on Berlin's.
    await card.getByTestId('open-follow-up').filter({ hasText: `${today} 23:30` }).waitFor();

    // The new follow-up's default, tomorrow 10:00, is 10:00 on the user's clock, and is stored as such.
    await card.getByRole('button', { name: '新建跟进' }).click();
    const create = page.getByRole('dialog').filter({ hasText: '新建跟进任务' });
    await expect(create.getByLabel('跟进时间').inputValue()).resolves.toBe(`${tomorrow} 10:00`);
    await create.getByRole('button', { name: twoChars('创建') }).click();
    await page.getByText(`已安排 ${tomorrow} 10:00 跟进`).waitFor();
    const stored = await gql<{ followUps: { nodes: { dueAt: string }[] } }>(
      'query($id: ID!) { followUps(first: 10, filter: { customerId: $id }) { nodes { dueAt } } }',
      { id: customerId },
    );
    expect(stored.followUps.nodes.map((f) => onBerlinClock(f.dueAt)).sort()).toEqual([`${today} 23:30`, `${tomorrow} 10:00`]);

    // The calendar's day is Berlin's: today's view holds the 23:30 call, and the due list dates it so.
    await page.getByRole('menuitem', { name: '跟进日历' }).click();
    await page.waitForURL(`${api.url}/follow-ups`);
    await page.locator('.ant-picker-cell-today').and(page.locator(`[title="${today}"]`)).waitFor();
    await page.locator('.ant-segmented').getByText('日', { exact: true }).click();
    await page.getByTestId('calendar-title').filter({ hasText: onBerlinClock(new Date(), 'M月D日') }).waitFor();
    await page
      .getByTestId('follow-up-item')
      .filter({ hasText: 'Havelland Pumpen GmbH' })
      .filter({ hasText: /^23:30/ })
      .waitFor();
    await page.getByTestId('due-follow-ups').getByTestId('follow-up-item').filter({ hasText: `${onBerlinClock(lateToday, 'MM-DD')} 23:30` }).waitFor();

    await gql('mutation { updateMyPreferences(input: { timeZone: "Asia/Shanghai" }) { id } }');
  });

  it("lists on the dashboard the birthdays and anniversaries of the user's customers coming round, soonest first, and the bell reminds of them", async () => {
    // The account, the browser and the company all keep Shanghai's clock here.
    const today = dayjs().tz('Asia/Shanghai');
    const recorded = (yearsAgo: number, daysAhead: number): string => today.subtract(yearsAgo, 'year').add(daysAhead, 'day').format('YYYY-MM-DD');
    const customerId = await createCustomer({
      name: 'Kowloon Gift Traders Ltd',
      country: 'HK',
      ownerId: adminId,
      companyAnniversary: recorded(10, 2),
      contacts: [
        { name: 'Aiko Mori', birthday: recorded(31, 1) },
        { name: '周岚', birthday: recorded(40, 0) },
      ],
    });
    await page.goto(`${api.url}/`);
    const dates = page.getByTestId('key-dates').locator('.ant-list-item');
    const birthdayToday = dates.filter({ hasText: '周岚 的生日（40 岁）' }).filter({ hasText: '今天' });
    await birthdayToday.waitFor();
    await dates.filter({ hasText: 'Aiko Mori 的生日（31 岁）' }).filter({ hasText: '明天' }).waitFor();
    await dates.filter({ hasText: 'Kowloon Gift Traders Ltd 成立 10 周年' }).filter({ hasText: '2 天后' }).waitFor();
    const order = (await dates.allTextContents()).map((text) => ['周岚', 'Aiko Mori', '成立 10 周年'].findIndex((mark) => text.includes(mark))).filter((index) => index >= 0);
    expect(order).toEqual([0, 1, 2]);
    await page.getByTestId('key-dates').screenshot({ path: join(SCREENSHOTS, 'dashboard-key-dates.png') });
    await birthdayToday.getByRole('link', { name: 'Kowloon Gift Traders Ltd' }).click();
    await page.waitForURL(`${api.url}/customers/${customerId}`);
    // The customer's page shows the birthdays on its contacts, flagged when they come soon.
    await page.getByTestId('contact-birthday').filter({ hasText: `生日 ${today.format('M月D日')}` }).filter({ hasText: '今天' }).waitFor();
    await page.getByTestId('contact-birthday').filter({ hasText: `生日 ${today.add(1, 'day').format('M月D日')}` }).filter({ hasText: '明天' }).waitFor();
    await page.getByTestId('company-anniversary').filter({ hasText: recorded(10, 2) }).filter({ hasText: '2 天后' }).waitFor();

    // The daily job tells the owner; the bell words it in Chinese.
    await runAsSystem('test', () => api.app.get(KeyDatesService).remindOwners());
    const told = async (): Promise<number> =>
      (await gql<{ myNotifications: { nodes: { kind: string; link: string }[] } }>('{ myNotifications(first: 50, unreadOnly: true) { nodes { kind link } } }')).myNotifications.nodes.filter(
        (n) => n.kind === 'key_date' && n.link === `/customers/${customerId}`,
      ).length;
    await eventually(async () => (await told()) === 3, 20_000, 'three key date notifications');
    await page.reload();
    await page.getByTestId('notification-bell').click();
    const bell = page.getByTestId('notifications');
    await bell.getByText(`Kowloon Gift Traders Ltd 的 周岚 ${today.format('MM-DD')} 过生日（40 岁）`).waitFor();
    await bell.getByText(`Kowloon Gift Traders Ltd ${today.add(2, 'day').format('MM-DD')} 成立 10 周年`).waitFor();
  });

  it("exports the list as a spreadsheet with the list's search and order", async () => {
    for (const name of ['Zephyr Export Fittings Ltd', 'Aurora Export Fittings Ltd', 'Other Brass Fittings Ltd']) await createCustomer({ name, country: 'GB', ownerId: adminId });
    await page.goto(`${api.url}/customers`);
    await page.getByLabel('搜索名称、邮箱、电话或网站').fill('Export Fittings');
    await page.getByLabel('搜索名称、邮箱、电话或网站').press('Enter');
    await waitForList(['Aurora Export Fittings Ltd', 'Zephyr Export Fittings Ltd']);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /导出 Excel/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^customers-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const saved = join(tmpdir(), `tw-customers-${Date.now()}.xlsx`);
    await download.saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    const names = (workbook.worksheets[0].getColumn(1).values as unknown[]).slice(1);
    // Headed in the user's language (Chinese here).
    expect(names).toEqual(['客户名称', 'Aurora Export Fittings Ltd', 'Zephyr Export Fittings Ltd']);
  });
});
