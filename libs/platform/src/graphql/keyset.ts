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
  options: { count?: boolean; sortFor?: (totalCount: number) => KeysetSort<T> } = {},
): Promise<Page<T>> {
  const totalPromise = options.count === false ? Promise.resolve(-1) : qb.clone().orderBy().getCount();
  // With sortFor the page waits for the count, whose size picks how to order (same order, another plan).
  if (options.sortFor && options.count !== false) sort = options.sortFor(await totalPromise);
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
 * keysetPage for a single table's filter written as SQL: the page and its count are constant
 * statements read as plain rows (entityColumnList), for pages that are only shown. On the customer
 * 360 page, building the timeline's two queries through TypeORM's query builder and hydrating its
 * entries cost more of the API's CPU than PostgreSQL spent answering them. `sortFor` as in keysetPage.
 */
export async function keysetRead<T extends ObjectLiteral>(
  tx: TransactionHost,
  source: KeysetSource<T>,
  args: PageArgs,
  sort: KeysetSort<T>,
  options: { sortFor?: (totalCount: number) => KeysetSort<T> } = {},
): Promise<Page<T>> {
  const { alias, where, parameters } = source;
  const metadata = tx.manager.connection.getMetadata(source.entity);
  const statement = (sql: string): string => (source.planForEachValue ? sqlPlannedForEachValue(sql) : sql);
  const totalPromise = tx.read<{ total: number }>(statement(`SELECT count(*)::int AS total FROM "${metadata.tableName}" ${alias} WHERE ${where}`), parameters).then((rows) => rows[0].total);
  if (options.sortFor) sort = options.sortFor(await totalPromise);
  const pageParameters = [...parameters, args.first + 1];
  const after = args.after ? ` AND ${afterCursor(sort, args.after, positionalBinder(pageParameters))}` : '';
  const rows = await tx.read<T>(
    statement(
      `SELECT ${entityColumnList(metadata, alias)} FROM "${metadata.tableName}" ${alias} WHERE ${where}${after} ` +
        `ORDER BY ${sort.expression} ${sort.direction}, ${sort.idExpression} ${sort.direction} LIMIT $${parameters.length + 1}`,
    ),
    pageParameters,
  );
  return pageOf(rows, args, sort, await totalPromise);
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
