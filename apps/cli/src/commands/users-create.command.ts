import { Command, CommandRunner, Option } from 'nest-commander';
import { ROLES, Role, runAsSystem, UsersService } from '@tradewind/platform';
import { CliError, printResult } from '../cli-output';

interface Options {
  email?: string;
  password?: string;
  role?: string;
  name?: string;
  json?: boolean;
}

@Command({ name: 'users:create', description: 'Create a user (e.g. the first admin)' })
export class UsersCreateCommand extends CommandRunner {
  constructor(private readonly users: UsersService) {
    super();
  }

  async run(_params: string[], options: Options): Promise<void> {
    if (!options.email) throw new CliError('--email is required');
    if (!options.password) throw new CliError('--password is required');
    const role = (options.role ?? 'sales') as Role;
    if (!ROLES.includes(role)) throw new CliError(`--role must be one of ${ROLES.join(', ')} (got "${options.role}")`);
    const user = await runAsSystem('cli', () =>
      this.users.create({ email: options.email!, password: options.password!, role, displayName: options.name }),
    );
    printResult(!!options.json, { id: user.id, email: user.email, role: user.role }, () => `created ${user.role} ${user.email} (${user.id})`);
  }

  @Option({ flags: '--email <email>', description: 'sign-in e-mail' })
  parseEmail(value: string): string {
    return value;
  }

  @Option({ flags: '--password <password>', description: 'at least 8 characters' })
  parsePassword(value: string): string {
    return value;
  }

  @Option({ flags: '--role <role>', description: ROLES.join(' | ') })
  parseRole(value: string): string {
    return value;
  }

  @Option({ flags: '--name <name>', description: 'display name' })
  parseName(value: string): string {
    return value;
  }

  @Option({ flags: '--json', description: 'print one JSON document' })
  parseJson(): boolean {
    return true;
  }
}
