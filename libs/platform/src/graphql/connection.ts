import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ValidationFailedError } from '../errors';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Page<T> {
  nodes: T[];
  totalCount: number;
  hasNextPage: boolean;
  /** Cursor of each node, in the same order. */
  cursors: string[];
}

/** Relay-style `first/after` arguments every list takes. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1 to 100.' })
  @Min(1)
  @Max(100)
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function Connection<T>(nodeType: Type<T>, name: string): Type<ConnectionShape<T>> {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: true })
  abstract class ConnectionType {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => [nodeType], { description: 'The nodes of `edges`, for clients that do not need cursors.' })
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionType as unknown as Type<ConnectionShape<T>>;
}

/** Maps a page of records to the connection shape, converting each node. */
export function toConnection<T, N>(page: Page<T>, map: (record: T) => N): ConnectionShape<N> {
  const nodes = page.nodes.map(map);
  return {
    edges: nodes.map((node, i) => ({ node, cursor: page.cursors[i] })),
    nodes,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null },
    totalCount: page.totalCount,
  };
}

export function encodeCursor(values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, length: number): unknown[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === length) return values;
  } catch {
    // fall through to the error below
  }
  throw ValidationFailedError.field('after', 'is not a cursor this list issued');
}

/** Offset pages for small lists (users, tokens, failed jobs), behind the same opaque cursor. */
export function offsetOf(args: PageArgs): number {
  if (!args.after) return 0;
  const [offset] = decodeCursor(args.after, 1);
  if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) throw ValidationFailedError.field('after', 'is not a cursor this list issued');
  return offset;
}

export function offsetPage<T>(items: T[], total: number, offset: number): Page<T> {
  return {
    nodes: items,
    totalCount: total,
    hasNextPage: offset + items.length < total,
    cursors: items.map((_, i) => encodeCursor([offset + i + 1])),
  };
}

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });
