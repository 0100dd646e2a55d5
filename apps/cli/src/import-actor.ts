import { Actor, userActor, UsersService } from '@tradewind/platform';
import { CliError } from './cli-output';

/** Imports are attributed to a user (--as EMAIL), by default the first active admin. */
export async function importActor(users: UsersService, email: string | undefined): Promise<Actor> {
  const user = email ? await users.findByEmail(email) : (await users.list({ role: 'admin', active: true }, 0, 1))[0][0];
  if (!user || !user.active) {
    throw new CliError(email ? `--as ${email}: no active user with that e-mail` : 'no active admin to attribute the import to; create one with users:create or pass --as EMAIL');
  }
  return userActor(user);
}

/** The file's bytes, or a one-line error. */
export async function readImportFile(file: string): Promise<Buffer> {
  const { readFile, stat } = await import('node:fs/promises');
  const info = await stat(file).catch(() => {
    throw new CliError(`cannot read ${file}: no such file`);
  });
  if (!info.isFile()) throw new CliError(`${file} is not a file`);
  return readFile(file);
}
