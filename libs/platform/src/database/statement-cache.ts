import { createHash } from 'node:crypto';
import { Client, QueryConfig } from 'pg';

/** Distinct statements a connection keeps prepared; beyond it, statements run unnamed as before. */
const MAX_PREPARED_PER_CONNECTION = 200;
/** Longer texts are one-off bulk statements (imports) not worth a slot. */
const MAX_PREPARED_TEXT = 8_000;

/**
 * The comment that keeps a statement unprepared (`planForEachValue`): a prepared statement is
 * planned for its values five times, then PostgreSQL may settle on one generic plan, chosen by
 * estimates that ignore the values. For a search that is ruinous: `name ILIKE $1` is estimated at
 * 500 rows whatever the pattern, so the generic plan reads the trigram indexes of a two-letter term
 * that matches every customer (EXPLAIN ANALYZE, "%PT%" with two tags: 226 ms generic, 1.8 ms planned
 * for the values).
 */
const CUSTOM_PLAN_COMMENT = 'planned for its values';
const CUSTOM_PLAN_PREFIX = `/* ${CUSTOM_PLAN_COMMENT} */`;

/** Marks a query whose best plan depends on its values (searches, tag filters) to be planned for them on every run. */
export function planForEachValue<Q extends { comment(comment: string): Q }>(qb: Q): Q {
  return qb.comment(CUSTOM_PLAN_COMMENT);
}

/** planForEachValue for a statement written as SQL. */
export function sqlPlannedForEachValue(sql: string): string {
  return `${CUSTOM_PLAN_PREFIX} ${sql}`;
}

/**
 * A pg client that prepares each parameterised statement once per connection (a named statement
 * keyed by the hash of its text) instead of sending it unnamed, which makes PostgreSQL parse and plan
 * it again on every execution: the read paths run the same dozen statements thousands of times, and
 * parsing and planning were a large part of PostgreSQL's time for each of them. TypeORM gives the
 * pool this class through `extra.Client`. Statements marked by `planForEachValue` stay unnamed.
 */
export class StatementCachingClient extends Client {
  private readonly prepared = new Set<string>();

  // pg's query() is heavily overloaded; only its (text, values[, callback]) form is rewritten.
  override query(...args: unknown[]): never {
    const [text, values] = args;
    if (typeof text === 'string' && Array.isArray(values) && values.length > 0 && text.length <= MAX_PREPARED_TEXT && !text.startsWith(CUSTOM_PLAN_PREFIX)) {
      const name = statementName(text);
      if (this.prepared.has(name) || this.prepared.size < MAX_PREPARED_PER_CONNECTION) {
        this.prepared.add(name);
        const config: QueryConfig = { name, text, values };
        return (super.query as (...a: unknown[]) => never)(config, ...args.slice(2));
      }
    }
    return (super.query as (...a: unknown[]) => never)(...args);
  }
}

/** Names already computed, so a hot statement is not hashed on every execution. */
const names = new Map<string, string>();
const MAX_NAMES = 2_000;

function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `tw_${createHash('sha1').update(text).digest('base64url')}`;
    if (names.size >= MAX_NAMES) names.clear();
    names.set(text, name);
  }
  return name;
}
