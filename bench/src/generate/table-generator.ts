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
}
