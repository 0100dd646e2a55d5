import DataLoader from 'dataloader';
import { currentContext } from '../context/request-context';
import { groupBy } from '@tradewind/shared';

/**
 * The request's DataLoader for `key`, created on first use. Lists resolve relations through it so
 * a page of 100 rows costs one query per relation, not 100.
 */
export function requestLoader<K, V>(key: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
  const context = currentContext();
  if (!context) return new DataLoader(batch, { cache: false });
  let loader = context.loaders.get(key) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader(batch);
    context.loaders.set(key, loader);
  }
  return loader;
}

/** Groups batch results by key to match the requested keys (one list per key, empty when none). */
export function groupedByKey<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const groups = groupBy(rows, keyOf);
  return keys.map((k) => groups.get(k) ?? []);
}

/** Orders batch results to match the requested keys; missing keys resolve to null. */
export function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((k) => map.get(k) ?? null);
}
