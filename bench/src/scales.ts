/** How big a run is: the dataset the benchmarks read and the amount of work they do. */
export interface Scale {
  name: ScaleName;
  /** Records per table generator (see generate/generators.ts). */
  counts: Record<string, number>;
  /** Events pushed through the outbox in its throughput phase. */
  outboxEvents: number;
}

export type ScaleName = 'small' | 'full';

export const SCALES: Record<ScaleName, Scale> = {
  // A medium exporter's staff; fast enough to regenerate on every schema change.
  small: { name: 'small', counts: { users: 500 }, outboxEvents: 20_000 },
  // Headroom well beyond any one company; later: customers 100,000, orders 1,000,000.
  full: { name: 'full', counts: { users: 5_000 }, outboxEvents: 100_000 },
};

export function isScaleName(name: string): name is ScaleName {
  return Object.hasOwn(SCALES, name);
}
