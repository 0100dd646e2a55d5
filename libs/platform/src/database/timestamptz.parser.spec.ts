import { types } from 'pg';
import { parseTimestamptz } from './timestamptz.parser';

const pgParser = types.getTypeParser(1184, 'text') as (text: string) => Date | number;

/** The time of `date` as a UTC session prints a timestamptz, with `fractionDigits` of the second. */
function asPostgresPrints(millis: number, micros: number, fractionDigits: number): string {
  const iso = new Date(millis).toISOString(); // 2026-12-05T16:57:58.613Z
  const fraction = `${iso.slice(20, 23)}${String(micros).padStart(3, '0')}`.slice(0, fractionDigits);
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${fractionDigits ? `.${fraction}` : ''}+00`;
}

describe('parseTimestamptz', () => {
  it('reads what a UTC session prints exactly as pg does, to the millisecond', () => {
    let seed = 42;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const texts: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const millis = Date.UTC(1900, 0, 1) + Math.floor(random() * (Date.UTC(2200, 0, 1) - Date.UTC(1900, 0, 1)));
      texts.push(asPostgresPrints(millis, Math.floor(random() * 1000), i % 7));
    }
    texts.push('2026-02-28 23:59:59.999999+00', '2024-02-29 00:00:00+00', '1000-01-01 00:00:00.5+00', '9999-12-31 23:59:59.000001+00');
    for (const text of texts) expect([text, (parseTimestamptz(text) as Date).getTime()]).toEqual([text, (pgParser(text) as Date).getTime()]);
  });

  it('hands every other form to pg: offsets, infinity, BC and early years', () => {
    for (const text of ['2026-12-05 18:57:58.613688+02', '2026-12-05 12:27:58-04:30', 'infinity', '-infinity', '0044-03-15 12:00:00+00 BC', '0099-01-01 00:00:00+00', '0999-12-31 00:00:00+00', '2026-12-05 16:57:58.61x688+00']) {
      const ours = parseTimestamptz(text);
      const theirs = pgParser(text);
      expect([text, ours instanceof Date ? ours.getTime() : ours]).toEqual([text, theirs instanceof Date ? theirs.getTime() : theirs]);
    }
    expect((parseTimestamptz('2026-12-05 18:57:58.613688+02') as Date).toISOString()).toBe('2026-12-05T16:57:58.613Z');
  });
});
