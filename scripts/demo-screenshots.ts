// Signs in to a running Tradewind (pnpm start) with the demo login in headless Chromium and saves
// screenshots to docs/screenshots/: proof that a fresh start works, and pictures for the README.
//   node -r @swc-node/register scripts/demo-screenshots.ts [http://localhost:3000]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

async function main(): Promise<void> {
  const base = process.argv[2] ?? 'http://localhost:3000';
  const out = join(__dirname, '..', 'docs', 'screenshots');
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    await page.goto(`${base}/login`);
    await page.screenshot({ path: join(out, 'demo-login.png') });
    await page.locator('input#email, input[type="email"], input[autocomplete="username"]').first().fill('admin@tradewind.demo');
    await page.locator('input[type="password"]').first().fill('tradewind-demo');
    await page.locator('button[type="submit"]').first().click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: join(out, 'demo-dashboard.png') });
    for (const [path, name] of [['/customers', 'demo-customers'], ['/orders/board', 'demo-board']] as const) {
      await page.goto(`${base}${path}`);
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: join(out, `${name}.png`) });
    }
    process.stdout.write(`signed in as the demo admin at ${base}; screenshots in ${out}\n`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
