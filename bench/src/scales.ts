/** How big a run is: the dataset the benchmarks read and the amount of work they do. */
export interface Scale {
  name: ScaleName;
  /** Records per table generator (see generate/generators.ts). */
  counts: Record<string, number>;
  /** Events pushed through the outbox in its throughput phase. */
  outboxEvents: number;
  /** Rows of the customer list crm-import imports. */
  importRows: number;
  /** Order lines (rows) of the file orders-import imports. */
  orderImportLines: number;
}

export type ScaleName = 'small' | 'full';

export const SCALES: Record<ScaleName, Scale> = {
  // A medium exporter's staff and a few thousand customers; fast enough to regenerate on every schema change.
  small: { name: 'small', counts: { users: 500, customers: 2_000, activities: 40_000, orders: 20_000 }, outboxEvents: 20_000, importRows: 5_000, orderImportLines: 5_000 },
  // Headroom well beyond any one company (the CRM targets are stated at this size).
  full: { name: 'full', counts: { users: 5_000, customers: 100_000, activities: 2_000_000, orders: 1_000_000 }, outboxEvents: 100_000, importRows: 100_000, orderImportLines: 60_000 },
};

export function isScaleName(name: string): name is ScaleName {
  return Object.hasOwn(SCALES, name);
}
