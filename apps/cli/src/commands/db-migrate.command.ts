import { Command, CommandRunner, Option } from 'nest-commander';
import { DataSource } from 'typeorm';
import { printResult } from '../cli-output';

@Command({ name: 'db:migrate', description: 'Create the database if needed and apply pending migrations' })
export class DbMigrateCommand extends CommandRunner {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async run(_params: string[], options: { json?: boolean }): Promise<void> {
    const applied = await this.dataSource.runMigrations({ transaction: 'each' });
    const names = applied.map((m) => m.name);
    printResult(!!options.json, { applied: names }, () => (names.length ? `applied ${names.length} migration(s):\n  ${names.join('\n  ')}` : 'database is up to date'));
  }

  @Option({ flags: '--json', description: 'print one JSON document' })
  parseJson(): boolean {
    return true;
  }
}
