import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@tradewind/platform';

/**
 * Issues document numbers from a pattern such as "PI-{YYYY}-{SEQ:4}". The counter is kept per
 * pattern-with-year ("PI-2026-"), so numbering restarts each year and two orders never share a number.
 */
@Injectable()
export class NumberingService {
  constructor(private readonly tx: TransactionHost) {}

  /** The next number that is not taken yet (imports may have used numbers of the same pattern). */
  async nextUnused(pattern: string, date: string, taken: (number: string) => Promise<boolean>): Promise<string> {
    for (let attempt = 0; attempt < 1000; attempt++) {
      const number = await this.next(pattern, date);
      if (!(await taken(number))) return number;
    }
    throw new Error(`no free number for pattern ${pattern} after 1000 attempts`);
  }

  async next(pattern: string, date: string): Promise<string> {
    const year = date.slice(0, 4);
    const withYear = pattern.replace(/\{YYYY\}/g, year).replace(/\{YY\}/g, year.slice(2));
    const key = withYear.replace(/\{SEQ(:\d+)?\}/g, '#');
    const rows: { last: number }[] = await this.tx.manager.query(
      'INSERT INTO number_sequence (key, last) VALUES ($1, 1) ON CONFLICT (key) DO UPDATE SET last = number_sequence.last + 1 RETURNING last',
      [key],
    );
    const sequence = rows[0].last;
    return withYear.replace(/\{SEQ(?::(\d+))?\}/g, (_, width: string | undefined) => String(sequence).padStart(Number(width ?? 1), '0'));
  }
}

/** Checks a pattern has a sequence placeholder (else every number would be the same). */
export function isValidNumberPattern(pattern: string): boolean {
  return /\{SEQ(:\d+)?\}/.test(pattern) && pattern.length <= 60;
}
