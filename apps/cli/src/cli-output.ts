/** Prints a command's result: one JSON document with --json, readable lines otherwise. Logs go to stderr. */
export function printResult(json: boolean, result: unknown, human: () => string): void {
  process.stdout.write(json ? `${JSON.stringify(result)}\n` : `${human()}\n`);
}

/** A failure the user can fix: printed as one line on stderr, exit code 1. */
export class CliError extends Error {}
