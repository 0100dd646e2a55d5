/**
 * Names in the order people read them: ICU's root collation compares letters before case, so
 * "Pacific Rim" comes before "PT Maju" (the database's C collation compares bytes and puts every
 * capital before every small letter). PostgreSQL's ICU collations are deterministic, so names that
 * differ only in case still have one fixed order and keyset cursors stay exact. An index serving such
 * an order must be built on the same collated expression.
 */
export const NAME_COLLATION = '"und-x-icu"';

/** `expression COLLATE "und-x-icu"`: an ORDER BY (or keyset) key in reading order. */
export function inNameOrder(expression: string): string {
  return `${expression} COLLATE ${NAME_COLLATION}`;
}
