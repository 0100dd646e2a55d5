import 'reflect-metadata';
import { CommandFactory } from 'nest-commander';
import { AppError, checkPostgres, exitWith, StderrLogger } from '@tradewind/platform';
import { cliConfig } from './cli-config';
import { CliError } from './cli-output';

function explain(error: unknown): string {
  if (error instanceof CliError) return error.message;
  if (error instanceof AppError) return `${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

async function main(): Promise<void> {
  const config = cliConfig();
  const problem = await checkPostgres(config.databaseUrl.replace(/\/[^/?]*(\?|$)/, '/postgres$1'));
  if (problem) exitWith(problem);
  // Imported after the checks, so a bad setting or a stopped database gives one line, not a stack trace.
  const { CliModule } = await import('./cli.module');
  await CommandFactory.run(CliModule, {
    // Problems only; LOG_LEVEL=log adds what services report as they work (an import's phases and their times).
    logger: new StderrLogger('cli', { logLevels: process.env.LOG_LEVEL === 'log' || process.env.LOG_LEVEL === 'debug' ? ['error', 'warn', 'log'] : ['error', 'warn'] }),
    errorHandler: (error) => {
      // commander reports --help and --version as "errors" with exit code 0
      const exitCode = (error as { exitCode?: number }).exitCode;
      if (exitCode === 0) process.exit(0);
      exitWith(`Error: ${explain(error)}`);
    },
    serviceErrorHandler: (error) => exitWith(`Error: ${explain(error)}`),
  });
  // Open handles (pools, queues) must not keep a finished command alive. But first let stdout drain:
  // to a pipe, a big --json report is written asynchronously, and exiting would cut it off.
  await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
  process.exit(0);
}

void main();
