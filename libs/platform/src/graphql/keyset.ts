import { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { entityColumnList } from '../database/entity-columns';
import { andWhereBound, BindValue, positionalBinder } from '../database/sql-conditions';
import { sqlPlannedForEachValue } from '../database/statement-cache';
import type { TransactionHost } from '../database/transaction-host';
import { decodeCursor, encodeCursor, Page, PageArgs } from './connection';

export interface KeysetSort<T> {
  /** SQL expression of the sort key (not null), e.g. "c.name". */
  expression: string;
  direction: 'ASC' | 'DESC';
  /** Reads the sort key from a loaded row, for the cursor. */
  valueOf: (row: T) => string | number | Date;
  /** SQL expression of the unique tie-breaker, e.g. "c.id". */
  idExpression: string;
  idOf: (row: T) => string;
}

/**
 * Keyset pagination: the cursor holds the last row's sort key and id, so page 500 costs what page 1
 * costs. totalCount runs the same filters without the order and limit. Joins must not multiply rows
 * (filtering joins only): the page is a plain LIMIT.
 */
export async function keysetPage<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  args: PageArgs,
  sort: KeysetSort<T>,
  options: { count?: boolean } = {},
): Promise<Page<T>> {
  const totalPromise = options.count === false ? Promise.resolve(-1) : qb.clone().orderBy().getCount();
  const page = qb.clone();
  const after = args.after;
  if (after) andWhereBound(page, (bind) => afterCursor(sort, after, bind));
  const rows = await page
    .orderBy(sort.expression, sort.direction)
    .addOrderBy(sort.idExpression, sort.direction)
    .limit(args.first + 1)
    .getMany();
  return pageOf(rows, args, sort, await totalPromise);
}

/** The rows of one table that `where` selects ($1… are `parameters`), for keysetRead. */
export interface KeysetSource<T extends ObjectLiteral> {
  entity: EntityTarget<T>;
  alias: string;
  where: string;
  parameters: readonly unknown[];
  /** The statements' best plans depend on the values (a search, a tag filter): plan them for each (sqlPlannedForEachValue). */
  planForEachValue?: boolean;
}

/**
 * When a filter matches few rows, gathering them and ordering them is cheaper than walking an index
 * in the sort's order, and PostgreSQL cannot tell beforehand (it misjudges how many rows a LIKE
 * pattern matches). `sort` orders the gathered rows in the same order by an expression the index
 * does not serve, so the plan gathers instead of walking.
 */
export interface FewMatches<T> {
  atMost: number;
  sort: KeysetSort<T>;
  /**
   * The gathering statement may be prepared even when the source is planned for each value: the
   * caller knows an index narrows its matches whatever the values (a search term with a trigram),
   * so a generic plan is as good as one for the values and PostgreSQL is spared planning it on
   * every request (a third of a millisecond of its CPU per customer list page, against 0.8 ms of
   * execution).
   */
  genericPlanSafe?: boolean;
}

/**
 * keysetPage for a single table's filter written as SQL: the page and its count are constant
 * statements read as plain rows (entityColumnList), for pages that are only shown. On the customer
 * 360 page, building the timeline's two queries through TypeORM's query builder and hydrating its
 * entries cost more of the API's CPU than PostgreSQL spent answering them. With `fewMatches`, a
 * filter matching at most that many rows is answered by one statement (gatherFewMatches); more are
 * counted and walked in the main sort.
 */
export async function keysetRead<T extends ObjectLiteral>(
  tx: TransactionHost,
  source: KeysetSource<T>,
  args: PageArgs,
  sort: KeysetSort<T>,
  options: { fewMatches?: FewMatches<T> } = {},
): Promise<Page<T>> {
  if (options.fewMatches) {
    const gathered = await gatherFewMatches(tx, source, args, options.fewMatches);
    if (gathered) return gathered;
  }
  const { alias, where, parameters } = source;
  const metadata = tx.manager.connection.getMetadata(source.entity);
  const totalPromise = tx.read<{ total: number }>(statementFor(source, `SELECT count(*)::int AS total FROM "${metadata.tableName}" ${alias} WHERE ${where}`), parameters).then((rows) => rows[0].total);
  const pageParameters = [...parameters, args.first + 1];
  const after = args.after ? ` AND ${afterCursor(sort, args.after, positionalBinder(pageParameters))}` : '';
  const rows = await tx.read<T>(
    statementFor(
      source,
      `SELECT ${entityColumnList(metadata, alias)} FROM "${metadata.tableName}" ${alias} WHERE ${where}${after} ` +
        `ORDER BY ${sort.expression} ${sort.direction}, ${sort.idExpression} ${sort.direction} LIMIT $${parameters.length + 1}`,
    ),
    pageParameters,
  );
  return pageOf(rows, args, sort, await totalPromise);
}

/**
 * The page and the count in one statement, from one pass over the matches (the count and the page
 * as two statements each found them: on the customer list, two tags and a search, that pass is most
 * of PostgreSQL's work). Null when there are more than `atMost`. The matches are read in a CTE of
 * their own and capped outside it, so PostgreSQL plans finding them as it plans the count (a LIMIT
 * inside would make a sequential scan look cheap, and read the whole table when its guess of many
 * matches is wrong).
 */
async function gatherFewMatches<T extends ObjectLiteral>(tx: TransactionHost, source: KeysetSource<T>, args: PageArgs, few: FewMatches<T>): Promise<Page<T> | null> {
  const { alias, where } = source;
  const metadata = tx.manager.connection.getMetadata(source.entity);
  const parameters = [...source.parameters];
  const bind = positionalBinder(parameters);
  const direction = few.sort.direction;
  const gathered: KeysetSort<T> = { ...few.sort, expression: 'm.key', idExpression: 'm.id' };
  const after = args.after ? `WHERE ${afterCursor(gathered, args.after, bind)}` : '';
  const rows = await tx.read<T & { __matches: number }>(
    statementFor(
      few.genericPlanSafe ? { ...source, planForEachValue: false } : source,
      `WITH matches AS MATERIALIZED (SELECT ${few.sort.idExpression} AS id, ${few.sort.expression} AS key FROM "${metadata.tableName}" ${alias} WHERE ${where}), ` +
        `capped AS MATERIALIZED (SELECT id, key FROM matches LIMIT ${bind('cap', few.atMost + 1)}), ` +
        `page AS (SELECT m.id, m.key FROM capped m ${after} ORDER BY m.key ${direction}, m.id ${direction} LIMIT ${bind('limit', args.first + 1)}) ` +
        `SELECT (SELECT count(*)::int FROM capped) AS "__matches", ${entityColumnList(metadata, alias)} ` +
        `FROM (SELECT 1) AS one LEFT JOIN (page JOIN "${metadata.tableName}" ${alias} ON ${few.sort.idExpression} = page.id) ON true ` +
        `ORDER BY page.key ${direction}, page.id ${direction}`,
    ),
    parameters,
  );
  const matches = rows[0].__matches;
  if (matches > few.atMost) return null;
  // With no row on the page, the one row the LEFT JOIN keeps carries only the count.
  const page = rows.filter((row) => few.sort.idOf(row) !== null).map(({ __matches, ...row }) => row as unknown as T);
  return pageOf(page, args, few.sort, matches);
}

function statementFor(source: KeysetSource<ObjectLiteral>, sql: string): string {
  return source.planForEachValue ? sqlPlannedForEachValue(sql) : sql;
}

/** Where the page after `cursor` (the sort key and id of the last row shown) starts. */
function afterCursor<T>(sort: KeysetSort<T>, cursor: string, bind: BindValue): string {
  const [value, id] = decodeCursor(cursor, 2);
  return `(${sort.expression}, ${sort.idExpression}) ${sort.direction === 'ASC' ? '>' : '<'} (${bind('keysetValue', value)}, ${bind('keysetId', id)})`;
}

/** One more row than the page was read, to know whether another page follows. */
function pageOf<T>(rows: T[], args: PageArgs, sort: KeysetSort<T>, totalCount: number): Page<T> {
  const nodes = rows.slice(0, args.first);
  return {
    nodes,
    totalCount,
    hasNextPage: rows.length > args.first,
    cursors: nodes.map((row) => {
      const value = sort.valueOf(row);
      return encodeCursor([value instanceof Date ? value.toISOString() : value, sort.idOf(row)]);
    }),
  };
}
