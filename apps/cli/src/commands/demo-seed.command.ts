import { Command, CommandRunner, Option } from 'nest-commander';
import { runAsSystem } from '@tradewind/platform';
import { printResult } from '../cli-output';
import { DemoSeeder } from '../demo/demo-seeder';

@Command({ name: 'demo:seed', description: 'Fill an empty database with believable demo data' })
export class DemoSeedCommand extends CommandRunner {
  constructor(private readonly seeder: DemoSeeder) {
    super();
  }

  async run(_params: string[], options: { json?: boolean }): Promise<void> {
    const result = await runAsSystem('demo-seed', () => this.seeder.seed());
    printResult(!!options.json, result, () =>
      result.seeded ? `demo data created: ${Object.entries(result.counts).map(([k, v]) => `${v} ${k}`).join(', ')}` : `skipped: ${result.reason}`,
    );
  }

  @Option({ flags: '--json', description: 'print one JSON document' })
  parseJson(): boolean {
    return true;
  }
}
