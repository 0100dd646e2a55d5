import { EntityMetadata } from 'typeorm';

// Column types whose rows from `pg` already equal TypeORM's hydrated values, or need only a cast.
const AS_IS = new Set(['uuid', 'text', 'varchar', 'character varying', 'char', 'character', 'int', 'int2', 'int4', 'int8', 'integer', 'smallint', 'bigint', 'boolean', 'numeric', 'decimal', 'jsonb', 'json', 'timestamptz', 'timestamp with time zone']);

const lists = new WeakMap<EntityMetadata, Map<string, string>>();

/** Distinct column subsets remembered per entity; beyond it a list is built for each call (queries' field choices are few). */
const SUBSETS_REMEMBERED = 200;

/**
 * A SELECT list that reads every column of an entity under its property name, with the values
 * TypeORM's hydration would give (`date` columns cast to 'YYYY-MM-DD' text), so a raw read
 * (`TransactionHost.read`) returns rows that stand in for entities. For lists of many wide rows,
 * where hydration costs more than the query: on the order board, 220 orders of 40 columns each.
 * With `properties`, only those columns (a row then holds only them: for what a query shows, never
 * for what is saved or computed from the whole entity).
 * Refuses entities with column types or transformers it does not reproduce; leaves out `select: false` columns.
 */
export function entityColumnList(metadata: EntityMetadata, alias: string, properties?: ReadonlySet<string>): string {
  let cached = lists.get(metadata);
  if (!cached) lists.set(metadata, (cached = new Map()));
  const key = properties ? `${alias}|${[...properties].sort().join(',')}` : alias;
  let list = cached.get(key);
  if (!list) {
    list = metadata.columns
      // Columns declared `select: false` (file contents) stay out, as TypeORM leaves them out.
      .filter((column) => column.isSelect && (!properties || properties.has(column.propertyName)))
      .map((column) => {
        const type = String(column.type);
        if (column.transformer || column.embeddedMetadata || (type === 'date' ? column.isArray : !AS_IS.has(type))) {
          throw new Error(`entityColumnList: ${metadata.name}.${column.propertyName} (${type}) needs TypeORM's hydration`);
        }
        const value = `${alias}."${column.databaseName}"`;
        return `${type === 'date' ? `${value}::text` : value} AS "${column.propertyName}"`;
      })
      .join(', ');
    if (!properties || cached.size < SUBSETS_REMEMBERED) cached.set(key, list);
  }
  return list;
}
