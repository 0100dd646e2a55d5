import { Log } from './generate/generate-dataset';
import { DatasetSpec } from './generate/table-generator';
import { Scale } from './scales';

/** One line of a benchmark's table. Latencies in milliseconds. */
export interface ResultRow {
  operation: string;
  /** Connections, or concurrent publishers; text where it is neither ("open loop"). */
  concurrency: number | string;
  durationSeconds: number;
  requests: number;
  /** Completed requests (or handled events) per second. */
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** HTTP answers outside 2xx; null where there is no HTTP. */
  non2xx: number | null;
}

export interface BenchOutcome {
  rows: ResultRow[];
  /** Findings of this run, one line each (overheads, CPU shares, what was missing). */
  notes: string[];
  /** Cores other processes used during the measurement (the most seen); above a fifth of a core it is redone. */
  disturbance: number;
}

export interface BenchContext {
  scale: Scale;
  dataset: DatasetSpec;
  /** Outcomes of the benchmarks that already ran in this invocation, by name. */
  results: ReadonlyMap<string, BenchOutcome>;
  log: Log;
}

export interface Benchmark {
  name: string;
  title: string;
  /** One line for the list at the top of the document. */
  summary: string;
  /** What the figures mean, in full, at the top of its section. */
  measures: string;
  /** The target set in the issue, as written there. */
  target: string;
  /** What limits the figure on the reference machine, and so what would move it. */
  boundBy: string;
  /**
   * Dated entries ("2026-12-02: …"), oldest first, each a self-contained account of one measurement or attempt:
   * what was tried, the figures, and whether it was kept or reverted. Rendered folded below `boundBy`.
   */
  history?: readonly string[];
  /** The unit of the throughput column. */
  unit: 'req/s' | 'events/s' | 'rows/s' | 'customers/s';
  /** Whether it reads the generated dataset (the runner makes sure it exists first). */
  needsDataset: boolean;
  run(context: BenchContext): Promise<BenchOutcome>;
}
