import { ConsoleLogger, LogLevel } from '@nestjs/common';

/** Nest logs on stderr, so a command's stdout carries only its result (e.g. one JSON document). */
export class StderrLogger extends ConsoleLogger {
  protected override printMessages(messages: unknown[], context = '', logLevel: LogLevel = 'log'): void {
    super.printMessages(messages, context, logLevel, 'stderr');
  }
}
