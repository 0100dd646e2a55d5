import { dropTestDatabases } from './databases';

let done = false;

export default async function globalTeardown(): Promise<void> {
  if (done) return;
  done = true;
  await dropTestDatabases();
}
