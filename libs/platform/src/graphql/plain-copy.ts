/**
 * A plain object with the entity's own fields and then `overrides`, for a GraphQL object built from a
 * TypeORM entity. `{ ...entity, ...overrides }` means the same, but V8 spreads objects of this size
 * (dozens of properties) through its slow path: 7–13 µs per order against under 2 µs for these loops
 * (measured with 40 fields). An order board builds 220 of them per request: in CPU profiles of the
 * board benchmark the copies took 4.8% of the API's time with the spread and 1.7% with this.
 */
export function plainCopy<T extends object, O extends object = object>(entity: T, overrides?: O): Omit<T, keyof O> & O {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(entity)) copy[key] = (entity as Record<string, unknown>)[key];
  if (overrides) for (const key of Object.keys(overrides)) copy[key] = (overrides as Record<string, unknown>)[key];
  return copy as Omit<T, keyof O> & O;
}
