import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Adds a value to a statement and returns its placeholder. A condition written against `BindValue`
 * (a data scope, a filter) serves both the query builder and hand-written SQL, so it exists once.
 */
export type BindValue = (name: string, value: unknown) => string;

/** A condition built with `:name` placeholders, ANDed onto the query builder (nothing when null). */
export function andWhereBound<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, condition: (bind: BindValue) => string | null): SelectQueryBuilder<T> {
  const parameters: Record<string, unknown> = {};
  const sql = condition((name, value) => {
    parameters[name] = value;
    return `:${name}`;
  });
  return sql ? qb.andWhere(sql, parameters) : qb;
}

/** The conditions ANDed, leaving out the nulls (a scope of "all"); TRUE when none is left. */
export function allOf(...conditions: readonly (string | null)[]): string {
  return conditions.filter((condition): condition is string => condition !== null).join(' AND ') || 'TRUE';
}

/** Binds values as `$n` placeholders, appending them to `parameters` (which may already hold $1…). */
export function positionalBinder(parameters: unknown[]): BindValue {
  return (_name, value) => `$${parameters.push(value)}`;
}

/** An ILIKE pattern matching `text` anywhere in a value, its %, _ and \ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, '\\$&')}%`;
}

/**
 * Whether a trigram index narrows a `containsPattern(text)` search whatever else the text holds:
 * pg_trgm finds trigrams only in runs of three or more word characters, and a pattern without one
 * ("%co%") makes its index scan read the whole index. Counted in ASCII letters and digits, which
 * are word characters under every database locale.
 */
export function hasTrigram(text: string): boolean {
  return /[A-Za-z0-9]{3}/.test(text);
}
