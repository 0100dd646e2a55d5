import { Client } from 'pg';
import { CopyLoader } from './copy-loader';
import { Random } from './random';

export interface GenerateContext {
  /** The bench database, for reading back what earlier generators wrote (owners, teams...). */
  db: Client;
  copy: CopyLoader;
  /** A stream of its own per generator, so adding or resizing one generator leaves the others' data alone. */
  random: Random;
  /** The instant the dataset pretends to be generated at; fixed, so generated dates repeat too. */
  now: Date;
  log(message: string): void;
}

/** Fills the tables of one kind of record; `count` comes from its flag (`--users 500`) or the scale. */
export interface TableGenerator {
  /** Dataset key and CLI flag. */
  key: string;
  /** What one unit of the count is, for --help. */
  unit: string;
  generate(count: number, context: GenerateContext): Promise<void>;
}

/** How much of each kind of record a dataset holds; part of the dataset's identity with the seed. */
export interface DatasetSpec {
  seed: string;
  counts: Record<string, number>;
  /**
   * The day (YYYY-MM-DD, UTC) the generated dates are relative to: the day of generation, so the data is
   * as old as the API's clock says (an order confirmed "a week ago" is not a year late), and a dataset of
   * another day is generated again. Two runs on one day produce identical rows.
   */
  today: string;
}

/** The start (UTC) of the dataset's day: what its generators and the benchmarks that grade or date by it call now. */
export function datasetNow(spec: Pick<DatasetSpec, 'today'>): Date {
  return new Date(`${spec.today}T00:00:00Z`);
}
