import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { entityColumnList } from './entity-columns';

const ambient = new AsyncLocalStorage<EntityManager>();

const JSON_ROWS_PER_STATEMENT = 5000;

/**
 * Gives repositories the entity manager of the ambient transaction (or the plain one outside a
 * transaction). Services open transactions with `run` or `@Transactional()`; nested calls join.
 */
@Injectable()
export class TransactionHost {
  constructor(readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return ambient.getStore() ?? this.dataSource.manager;
  }

  get inTransaction(): boolean {
    return ambient.getStore() !== undefined;
  }

  run<T>(fn: () => Promise<T>): Promise<T> {
    if (ambient.getStore()) return fn();
    return this.dataSource.transaction((manager) => ambient.run(manager, fn));
  }

  /**
   * A read-only SQL statement: inside a transaction on its connection (it sees the transaction's own
   * writes), outside one on the shared read connections TypeORM's SELECTs use (PipelinedReadPool), where
   * `manager.query` would take a connection of its own.
   */
  async read<T>(sql: string, parameters?: readonly unknown[]): Promise<T[]> {
    const transaction = ambient.getStore();
    if (transaction) return transaction.query(sql, parameters as unknown[]);
    const runner = this.dataSource.createQueryRunner('slave');
    try {
      return await runner.query(sql, parameters as unknown[]);
    } finally {
      await runner.release();
    }
  }

  /**
   * An entity's rows through `read`: `SELECT <its columns> FROM <its table> <alias> <rest>`, `rest` being
   * the WHERE and ORDER BY. The values are those TypeORM's hydration gives (entityColumnList), in plain
   * objects, so this is for reads that are shown, never saved. Without the query builder and hydration:
   * in profiles of the order page, building the SQL of a dozen small finds cost more CPU than
   * PostgreSQL's index lookups answering them.
   */
  readEntities<T extends ObjectLiteral>(entity: EntityTarget<T>, alias: string, rest: string, parameters: readonly unknown[]): Promise<T[]> {
    return this.read<T>(this.selectEntity(entity, alias, undefined, rest), parameters);
  }

  /** readEntities with only the given properties' columns: less for PostgreSQL to send and for pg to parse. */
  readEntityFields<T extends ObjectLiteral, K extends keyof T & string>(
    entity: EntityTarget<T>,
    alias: string,
    properties: readonly K[],
    rest: string,
    parameters: readonly unknown[],
  ): Promise<Pick<T, K>[]> {
    return this.read<Pick<T, K>>(this.selectEntity(entity, alias, new Set(properties), rest), parameters);
  }

  private selectEntity(entity: EntityTarget<ObjectLiteral>, alias: string, properties: ReadonlySet<string> | undefined, rest: string): string {
    const metadata = this.dataSource.getMetadata(entity);
    return `SELECT ${entityColumnList(metadata, alias, properties)} FROM "${metadata.tableName}" ${alias} ${rest}`;
  }

  /**
   * A multi-row INSERT or UPDATE whose rows arrive as one JSON parameter ($1, read with
   * jsonb_to_recordset; `extra` are $2…), in chunks: a round trip per chunk instead of per row, and
   * no parameter list of thousands of values for TypeORM to build and PostgreSQL to bind.
   */
  async writeJsonRows(sql: string, rows: readonly object[], extra: readonly unknown[] = []): Promise<void> {
    for (let i = 0; i < rows.length; i += JSON_ROWS_PER_STATEMENT) {
      await this.manager.query(sql, [JSON.stringify(rows.slice(i, i + JSON_ROWS_PER_STATEMENT)), ...extra]);
    }
  }
}

/** Wraps a service method in a transaction; the class must expose `tx: TransactionHost`. */
export function Transactional(): MethodDecorator {
  return (_target, _key, descriptor: PropertyDescriptor) => {
    const original = descriptor.value as (...args: unknown[]) => Promise<unknown>;
    descriptor.value = function (this: { tx: TransactionHost }, ...args: unknown[]) {
      return this.tx.run(() => original.apply(this, args));
    };
    return descriptor;
  };
}
