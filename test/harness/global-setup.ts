import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { databaseUrl, newRunId, templateDatabase, withAdminClient } from './databases';

/** Migrates a template database once per run; every test file clones it. */
export default async function globalSetup(): Promise<void> {
  // Several projects (integration, browser) share one run and one template.
  if (process.env.TW_TEST_RUN_ID) return;
  process.env.TW_TEST_RUN_ID = newRunId();
  const template = templateDatabase();
  await withAdminClient((client) => client.query(`CREATE DATABASE ${template}`));
  execFileSync(process.execPath, ['-r', '@swc-node/register', join(__dirname, 'migrate-template.ts'), databaseUrl(template)], {
    stdio: 'inherit',
    cwd: join(__dirname, '../..'),
  });
}
