import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { databaseUrl, dropTestDatabases, TEMPLATE_DATABASE, withAdminClient } from './databases';

/** Migrates a template database once per run; every test file clones it. */
export default async function globalSetup(): Promise<void> {
  await dropTestDatabases();
  await withAdminClient(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  });
  execFileSync(process.execPath, ['-r', '@swc-node/register', join(__dirname, 'migrate-template.ts'), databaseUrl(TEMPLATE_DATABASE)], {
    stdio: 'inherit',
    cwd: join(__dirname, '../..'),
  });
}
