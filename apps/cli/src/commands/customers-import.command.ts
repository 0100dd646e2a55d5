import { basename } from 'node:path';
import { Command, CommandRunner, Option } from 'nest-commander';
import { runInContext, UsersService } from '@tradewind/platform';
import { CustomerImportService, ImportFileError } from '@tradewind/crm';
import { CliError, printResult } from '../cli-output';
import { importActor, readImportFile } from '../import-actor';

interface Options {
  dryRun?: boolean;
  json?: boolean;
  as?: string;
}

@Command({
  name: 'customers:import',
  arguments: '<file>',
  description: 'Import customers from a .csv or .xlsx file, merging duplicates (see the README for the columns)',
})
export class CustomersImportCommand extends CommandRunner {
  constructor(
    private readonly importer: CustomerImportService,
    private readonly users: UsersService,
  ) {
    super();
  }

  async run([file]: string[], options: Options): Promise<void> {
    const content = await readImportFile(file);
    const actor = await importActor(this.users, options.as);
    const started = Date.now();
    const report = await runInContext({ actor }, async () => {
      try {
        return await this.importer.run(content, {
          fileName: basename(file),
          dryRun: !!options.dryRun,
          onProgress: (done, total) => {
            if (!options.json && total > 0) process.stderr.write(`\r${done}/${total} rows`);
          },
        });
      } catch (error) {
        if (error instanceof ImportFileError) throw new CliError(error.message);
        throw error;
      }
    });
    if (!options.json) process.stderr.write('\n');
    const result = {
      created: report.created,
      merged: report.merged,
      errors: report.errors,
      rows: report.rows.map(({ row, status, customerId, matchedOn, error, warnings }) => ({ row, status, customerId, matchedOn, error, warnings })),
    };
    printResult(!!options.json, result, () => {
      const seconds = (Date.now() - started) / 1000;
      const lines = [`${options.dryRun ? 'dry run: would create' : 'created'} ${report.created}, merged ${report.merged}, errors ${report.errors} (${report.rows.length} rows in ${seconds.toFixed(1)} s)`];
      for (const row of report.rows.filter((r) => r.status === 'error' || r.warnings.length).slice(0, 50)) {
        lines.push(`  row ${row.row}: ${row.error ?? row.warnings.join('; ')}`);
      }
      return lines.join('\n');
    });
  }

  @Option({ flags: '--dry-run', description: 'report what would happen, write nothing' })
  parseDryRun(): boolean {
    return true;
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
