import { Command, CommandRunner, Option } from 'nest-commander';
import { runAsSystem } from '@tradewind/platform';
import { CustomerNamesService } from '@tradewind/crm';
import { printResult } from '../cli-output';

interface Options {
  dryRun?: boolean;
  json?: boolean;
}

@Command({
  name: 'customers:renormalise',
  description: "Recompute customers' normalised names (what duplicate matching compares) after the normaliser's rules changed",
})
export class CustomersRenormaliseCommand extends CommandRunner {
  constructor(private readonly names: CustomerNamesService) {
    super();
  }

  async run(_params: string[], options: Options): Promise<void> {
    const report = await runAsSystem('customers:renormalise', () => this.names.renormalise({ dryRun: !!options.dryRun }));
    printResult(!!options.json, { ...report, dryRun: !!options.dryRun }, () =>
      `${report.checked} customers checked; ${report.changed} normalised name(s) ${options.dryRun ? 'would change' : 'changed'}`,
    );
  }

  @Option({ flags: '--dry-run', description: 'count the names that would change, change nothing' })
  parseDryRun(): boolean {
    return true;
  }

  @Option({ flags: '--json', description: 'print one JSON document' })
  parseJson(): boolean {
    return true;
  }
}
