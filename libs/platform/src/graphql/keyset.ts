import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
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
  if (args.after) {
    const [value, id] = decodeCursor(args.after, 2);
    const op = sort.direction === 'ASC' ? '>' : '<';
    page.andWhere(`(${sort.expression}, ${sort.idExpression}) ${op} (:keysetValue, :keysetId)`, { keysetValue: value, keysetId: id });
  }
  const rows = await page
    .orderBy(sort.expression, sort.direction)
    .addOrderBy(sort.idExpression, sort.direction)
    .limit(args.first + 1)
    .getMany();
  const nodes = rows.slice(0, args.first);
  const totalCount = await totalPromise;
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
