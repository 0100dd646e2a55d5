import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

/** Debian's Chromium (playwright's own browsers cannot be downloaded here). */
const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export interface ChromiumPage {
  browser: Browser;
  page: Page;
  /** Uncaught errors of the page, collected as they happen; see throwPageErrors. */
  pageErrors: string[];
}

/** A page in a context of its own (cookies, storage), in Chinese and China's time zone, as the SPA's users have it. */
async function newUserPage(browser: Browser, pageErrors: string[], viewport = { width: 1280, height: 800 }): Promise<Page> {
  // Without animations antd never leaves a button's loading icon behind when the server answers within a frame.
  const context = await browser.newContext({
    viewport,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
  return page;
}

/** Headless Chromium with one page. */
export async function openChromiumPage(viewport = { width: 1280, height: 800 }): Promise<ChromiumPage> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const pageErrors: string[] = [];
  const page = await newUserPage(browser, pageErrors, viewport);
  return { browser, page, pageErrors };
}

/**
 * Runs `use` on a page of another user, signed in through the form in a context of their own, and
 * closes it: the first page stays signed in for the tests after.
 */
export async function asAnotherUser(
  { browser, pageErrors }: Pick<ChromiumPage, 'browser' | 'pageErrors'>,
  baseUrl: string,
  user: { email: string; password: string },
  use: (page: Page) => Promise<void>,
): Promise<void> {
  const page = await newUserPage(browser, pageErrors);
  try {
    await signInThroughForm(page, baseUrl, user);
    await use(page);
  } finally {
    await page.context().close();
  }
}

/** Fails the test that just ran when the page threw (for afterEach), and starts the next one clean. */
export function throwPageErrors(pageErrors: string[]): void {
  const errors = pageErrors.splice(0);
  if (errors.length) throw new Error(`uncaught errors in the page:\n${errors.join('\n\n')}`);
}

/** Signs in through the login form and waits for the home page. */
export async function signInThroughForm(page: Page, baseUrl: string, user: { email: string; password: string }): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('邮箱', { exact: true }).fill(user.email);
  await page.getByLabel('密码', { exact: true }).fill(user.password);
  await page.getByLabel('密码', { exact: true }).press('Enter');
  await page.waitForURL(`${baseUrl}/`);
}

/**
 * Picks an option of an antd Select (or AutoComplete) in `scope` whose input has this accessible name,
 * typing `typed` to find it: a string is the whole name (a required field's starts with antd's "*"
 * mark), a RegExp any name it matches.
 */
export async function pickOption(page: Page, scope: Page | Locator, label: string | RegExp, option: string, typed = option): Promise<void> {
  const name = typeof label === 'string' ? new RegExp(`^(\\*\\s*)?${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : label;
  const input = scope.getByRole('combobox', { name });
  // Clicking the Select itself, not its input: a chosen value is drawn over the input and takes the click.
  await input.locator('xpath=ancestor::*[contains(concat(" ", @class, " "), " ant-select ")][1]').click();
  await input.fill(typed);
  // The dropdown is rendered at the end of the page's body, outside `scope`.
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
}

/** Stops a browser suite early, saying what to do, when the built SPA or Chromium is missing. */
export function assertBrowserPrerequisites(webDist: string): void {
  if (!existsSync(join(webDist, 'index.html'))) {
    throw new Error(`The browser tests need the built SPA, but ${webDist}/index.html does not exist. Run \`pnpm build:web\` first.`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing. Install it with \`apt-get update && apt-get install -y chromium\`.`);
}
