import { basename } from 'node:path';
import { Command, CommandRunner, Option } from 'nest-commander';
import { runInContext, UsersService } from '@tradewind/platform';
import { OrderImportFileError, OrderImportService, SpreadsheetFileError } from '@tradewind/orders';
import { CliError, printResult } from '../cli-output';
import { importActor, readImportFile } from '../import-actor';

@Command({ name: 'orders:import', arguments: '<file>', description: 'Import past orders from a .csv or .xlsx file (one row per order line)' })
export class OrdersImportCommand extends CommandRunner {
  constructor(
    private readonly importer: OrderImportService,
    private readonly users: UsersService,
  ) {
    super();
  }

  async run([file]: string[], options: { json?: boolean; as?: string }): Promise<void> {
    const content = await readImportFile(file);
    const actor = await importActor(this.users, options.as);
    const started = Date.now();
    const report = await runInContext({ actor }, async () => {
      try {
        return await this.importer.run(content, basename(file));
      } catch (error) {
        if (error instanceof OrderImportFileError || error instanceof SpreadsheetFileError) throw new CliError(error.message);
        throw error;
      }
    });
    printResult(!!options.json, report, () => {
      const unchanged = report.rows.filter((r) => r.status === 'unchanged').length;
      const lines = [`created ${report.created} orders, updated ${report.updated}, ${unchanged} rows unchanged, ${report.errors} rows with errors (${report.rows.length} rows in ${((Date.now() - started) / 1000).toFixed(1)} s)`];
      for (const row of report.rows.filter((r) => r.error).slice(0, 50)) lines.push(`  row ${row.row}: ${row.error}`);
      return lines.join('\n');
    });
  }

  @Option({ flags: '--json', description: 'print one JSON document' })
  parseJson(): boolean {
    return true;
  }

  @Option({ flags: '--as <email>', description: 'the user the import is done as (default: the first admin)' })
  parseAs(value: string): string {
    return value;
  }
}
