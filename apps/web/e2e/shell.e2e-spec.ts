import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SignJWT } from 'jose';
import { type Browser, type Page } from 'playwright-core';
import { clearQueues, eventually, TestApi, testConfig } from '../../../test/harness/test-app';
import { assertBrowserPrerequisites, openChromiumPage, throwPageErrors } from './support/chromium';

const WEB_DIST = resolve(__dirname, '../dist');
const SCREENSHOTS = resolve(__dirname, '../../../docs/screenshots');

const ADMIN = { email: 'lin.wei@example.test', password: 'Tradewind-2025!', displayName: '林伟' };
const GREETING_ZH = /(早上好|下午好|晚上好)，林伟/;
const GREETING_EN = /Good (morning|afternoon|evening), 林伟/;
// antd puts a space between the two characters of a two-character Chinese button label.
const twoChars = (label: string): RegExp => new RegExp(`^${label[0]}\\s?${label[1]}$`);

jest.setTimeout(120_000);

// These run inside the page (page.evaluate); the test project's TypeScript has no DOM library.
declare const localStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
declare const document: { documentElement: { lang: string } };

describe('the web app shell, built and served by the API, in Chromium', () => {
  let api: TestApi;
  let browser: Browser;
  let page: Page;
  let pageErrors: string[];

  async function storedTokens(): Promise<{ access: string | null; refresh: string | null }> {
    return page.evaluate(() => ({ access: localStorage.getItem('tw.accessToken'), refresh: localStorage.getItem('tw.refreshToken') }));
  }

  async function signIn(password: string): Promise<void> {
    await page.getByLabel('邮箱', { exact: true }).fill(ADMIN.email);
    await page.getByLabel('密码', { exact: true }).fill(password);
    await page.getByLabel('密码', { exact: true }).press('Enter');
  }

  async function openUserMenuItem(name: string): Promise<void> {
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name }).click();
  }

  beforeAll(async () => {
    assertBrowserPrerequisites(WEB_DIST);
    api = await TestApi.start(await testConfig({ WEB_DIST_DIR: WEB_DIST }));

    // A small company, so the dashboard shows real figures (and the README screenshot looks like one).
    const admin = await api.createUser({ role: 'admin', ...ADMIN });
    const { accessToken } = await api.login(ADMIN.email, ADMIN.password);
    const team = async (name: string): Promise<string> =>
      (await api.ok<{ createTeam: { id: string } }>('mutation($name: String!) { createTeam(input: { name: $name }) { id } }', { name }, accessToken)).createTeam.id;
    const europe = await team('欧洲业务部');
    const americas = await team('北美业务部');
    await api.ok('mutation($id: ID!, $teamId: ID!) { updateUser(id: $id, input: { teamId: $teamId }) { id } }', { id: admin.id, teamId: europe }, accessToken);
    const colleagues: [Parameters<TestApi['createUser']>[0]['role'], string, string | null][] = [
      ['manager', '陈静', europe],
      ['sales', '王芳', europe],
      ['sales', 'Zhang Wei', americas],
      ['sales', '刘洋', americas],
      ['merchandiser', '赵磊', europe],
      ['logistics', '孙丽', null],
      ['finance', '周杰', null],
    ];
    for (const [role, displayName, teamId] of colleagues) await api.createUser({ role, displayName, teamId });

    ({ browser, page, pageErrors } = await openChromiumPage());
  });

  afterEach(() => throwPageErrors(pageErrors));

  afterAll(async () => {
    await browser?.close();
    if (api) {
      await api.close();
      await clearQueues(api.config);
    }
  });

  it('shows the server refusing a wrong password and stays on the login page', async () => {
    await page.goto(`${api.url}/login`);
    await signIn('not-the-password');
    await page.getByTestId('login-error').getByText('邮箱或密码错误，请重新输入。').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await storedTokens()).toEqual({ access: null, refresh: null });
  });

  it('validates the login form before asking the server', async () => {
    await page.getByLabel('邮箱', { exact: true }).fill('not-an-email');
    await page.getByLabel('密码', { exact: true }).fill('');
    await page.getByRole('button', { name: twoChars('登录') }).click();
    await page.getByText('邮箱格式不正确').waitFor();
    await page.getByText('请输入密码').waitFor();
  });

  it('signs in with the right password and lands on the dashboard greeting the user by name', async () => {
    await signIn(ADMIN.password);
    await page.waitForURL(`${api.url}/`);
    await page.getByRole('heading', { name: GREETING_ZH }).waitFor();
    expect(await page.getByTestId('user-menu').textContent()).toContain(ADMIN.displayName);
    // Figures come from the API: 8 users, 2 teams.
    await page.locator('.ant-statistic').filter({ hasText: '用户总数' }).getByText('8', { exact: true }).waitFor();
    await page.locator('.ant-statistic').filter({ hasText: '团队数' }).getByText('2', { exact: true }).waitFor();
    expect((await storedTokens()).refresh).toBeTruthy();

    await page.waitForLoadState('networkidle');
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'dashboard.png') });
  });

  it('switches the interface to English and back to Chinese, saving the choice to the account', async () => {
    const { access } = await storedTokens();
    const savedLanguage = async (): Promise<string> => (await api.ok<{ me: { language: string } }>('{ me { language } }', {}, access ?? '')).me.language;

    await openUserMenuItem('English');
    await page.getByRole('heading', { name: GREETING_EN }).waitFor();
    await page.getByRole('menuitem', { name: 'Dashboard' }).waitFor();
    await page.getByText('People by role').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await eventually(async () => (await savedLanguage()) === 'en', 10_000, 'language saved as en');

    await openUserMenuItem('简体中文');
    await page.getByRole('heading', { name: GREETING_ZH }).waitFor();
    await page.getByRole('menuitem', { name: '用户管理' }).waitFor();
    await page.getByText('人员构成').waitFor();
    expect(await page.getByText('People by role').count()).toBe(0);
    await eventually(async () => (await savedLanguage()) === 'zh_CN', 10_000, 'language saved as zh_CN');
  });

  it('keeps the session and the page across a reload', async () => {
    await page.getByRole('menuitem', { name: '用户管理' }).click();
    await page.waitForURL(`${api.url}/users`);
    await page.getByRole('cell', { name: /王芳/ }).waitFor();
    await page.reload();
    await page.getByRole('cell', { name: /王芳/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/users');
  });

  it('shows the server field errors of a new user on the form, then creates the user', async () => {
    await page.reload();
    await page.getByRole('button', { name: /新建用户/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('姓名').fill('吴敏');
    await dialog.getByLabel('邮箱').fill(ADMIN.email);
    await dialog.getByLabel('初始密码').fill('Welcome-2025');
    await dialog.getByLabel('时区').fill('Mars/Olympus_Mons');
    await dialog.getByRole('button', { name: twoChars('创建') }).click();
    // The API rejects the zone as BAD_USER_INPUT on input.timeZone, shown under that field.
    await dialog.getByText('unknown time zone "Mars/Olympus_Mons"').waitFor();

    await dialog.getByLabel('时区').fill('Europe/Berlin');
    await dialog.getByRole('button', { name: twoChars('创建') }).click();
    await dialog.getByText('该邮箱已被其他用户使用').waitFor();

    await dialog.getByLabel('邮箱').fill('wu.min@example.test');
    await dialog.getByRole('button', { name: twoChars('创建') }).click();
    await page.getByText('已创建用户 吴敏').waitFor();
    await page.getByRole('cell', { name: /wu\.min@example\.test/ }).waitFor();
    await page.getByText('共 9 条').waitFor();
  });

  it('creates an API token whose secret is shown once and works, then revokes it', async () => {
    await page.getByRole('menuitem', { name: 'API 令牌' }).click();
    await page.waitForURL(`${api.url}/api-tokens`);
    await page.getByRole('button', { name: /新建令牌/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('名称').fill('ERP 同步');
    // Valid through the last day of next year, on the user's clock (Asia/Shanghai, UTC+8).
    const lastDay = `${new Date().getFullYear() + 1}-12-31`;
    await dialog.getByLabel('过期日期').fill(lastDay);
    await dialog.getByLabel('过期日期').press('Enter');
    await dialog.getByRole('button', { name: '生成令牌' }).click();
    const secret = (await dialog.getByTestId('api-token-secret').textContent())?.trim() ?? '';
    expect(secret.length).toBeGreaterThan(20);
    const usedByErp = await api.graphql<{ users: { totalCount: number } }>('{ users(first: 1) { totalCount } }', {}, secret);
    expect(usedByErp.data?.users.totalCount).toBe(9);
    const tokens = await api.ok<{ apiTokens: { nodes: { name: string; expiresAt: string | null }[] } }>('{ apiTokens(first: 10) { nodes { name expiresAt } } }', {}, (await storedTokens()).access ?? '');
    expect(tokens.apiTokens.nodes.find((t) => t.name === 'ERP 同步')?.expiresAt).toBe(`${lastDay}T15:59:59.000Z`);

    await dialog.getByRole('button', { name: '我已保存，关闭' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // Shown once: opening the dialog again offers a fresh form, not the old secret.
    await page.getByRole('button', { name: /新建令牌/ }).click();
    await dialog.getByLabel('名称').waitFor();
    expect(await dialog.getByLabel('名称').inputValue()).toBe('');
    expect(await page.getByText(secret).count()).toBe(0);
    await dialog.getByRole('button', { name: twoChars('取消') }).click();
    await dialog.waitFor({ state: 'hidden' });
    const row = page.getByRole('row').filter({ hasText: 'ERP 同步' });
    await row.getByText('有效').waitFor();

    await row.getByRole('button', { name: twoChars('吊销') }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: twoChars('吊销') }).click();
    await row.getByText('已吊销', { exact: true }).waitFor();
    const afterRevoke = await api.graphql('{ users(first: 1) { totalCount } }', {}, secret);
    expect(afterRevoke.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refreshes an expired access token once and retries, without the user noticing', async () => {
    const before = await storedTokens();
    const me = await api.ok<{ me: { id: string } }>('{ me { id } }', {}, before.access ?? '');
    const now = Math.floor(Date.now() / 1000);
    const expired = await new SignJWT({ email: ADMIN.email, role: 'admin', team: null, typ: 'access' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(me.me.id)
      .setIssuer('tradewind')
      .setIssuedAt(now - 3600)
      .setExpirationTime(now - 60)
      .sign(new TextEncoder().encode(api.config.jwtSecret));
    await page.evaluate((token) => localStorage.setItem('tw.accessToken', token), expired);

    await page.goto(`${api.url}/`);
    await page.getByRole('heading', { name: GREETING_ZH }).waitFor();
    const after = await storedTokens();
    expect(after.access).not.toBe(expired);
    expect(after.refresh).not.toBe(before.refresh);
    expect((await api.ok<{ me: { id: string } }>('{ me { id } }', {}, after.access ?? '')).me.id).toBe(me.me.id);
  });

  it('signs out back to the login page and ends the session on the server', async () => {
    const { refresh } = await storedTokens();
    await openUserMenuItem('退出登录');
    await page.waitForURL(`${api.url}/login`);
    await page.getByLabel('邮箱', { exact: true }).waitFor();
    expect(await storedTokens()).toEqual({ access: null, refresh: null });
    const reuse = await api.graphql('mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }', { t: refresh });
    expect(reuse.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('sends a signed-out visitor of a protected page to login, and back there after signing in', async () => {
    await page.goto(`${api.url}/api-tokens`);
    await page.waitForURL(`${api.url}/login`);
    await signIn(ADMIN.password);
    await page.waitForURL(`${api.url}/api-tokens`);
    await page.getByRole('button', { name: /新建令牌/ }).waitFor();
  });

  it('shows a not-found page inside the app for unknown addresses', async () => {
    await page.goto(`${api.url}/no-such-page`);
    await page.getByText('抱歉，你访问的页面不存在。').waitFor();
    await page.getByRole('button', { name: '返回首页' }).click();
    await page.getByRole('heading', { name: GREETING_ZH }).waitFor();
  });
});
