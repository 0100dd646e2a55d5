import { Injectable } from '@nestjs/common';
import { In, SelectQueryBuilder } from 'typeorm';
import { allOf, andWhereBound, BindValue, DataScope, positionalBinder, TransactionHost } from '@tradewind/platform';
import { Customer } from './customer.entity';
import { customerScopeCondition } from './customer-scope';

/** Reads and writes customers; every read for a caller goes through the caller's data scope. */
@Injectable()
export class CustomerRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** Visible, not merged customers as alias `c`, for lists and lookups. */
  scoped(scope: DataScope): SelectQueryBuilder<Customer> {
    return andWhereBound(this.tx.manager.createQueryBuilder(Customer, 'c'), (bind) => visibleCondition(scope, bind));
  }

  findVisible(id: string, scope: DataScope): Promise<Customer | null> {
    return this.scoped(scope).andWhere('c.id = :id', { id }).getOne();
  }

  /** findVisible as a plain row read with constant SQL: for showing, never saving. */
  async readVisible(id: string, scope: DataScope): Promise<Customer | null> {
    const parameters: unknown[] = [id];
    const rows = await this.tx.readEntities(Customer, 'c', `WHERE c.id = $1 AND ${visibleCondition(scope, positionalBinder(parameters))}`, parameters);
    return rows[0] ?? null;
  }

  findVisibleMany(ids: readonly string[], scope: DataScope): Promise<Customer[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.scoped(scope).andWhere('c.id IN (:...ids)', { ids: [...ids] }).getMany();
  }

  /** Follows merges: the id of the customer a (possibly merged) id stands for now. */
  async survivorId(id: string): Promise<string | null> {
    const rows = await this.tx.read<{ id: string }>(
      `WITH RECURSIVE chain(id, merged_into_id, depth) AS (
         SELECT id, merged_into_id, 0 FROM customer WHERE id = $1
         UNION ALL
         SELECT c.id, c.merged_into_id, chain.depth + 1 FROM customer c JOIN chain ON c.id = chain.merged_into_id WHERE chain.depth < 20
       ) SELECT id FROM chain WHERE merged_into_id IS NULL LIMIT 1`,
      [id],
    );
    return rows[0]?.id ?? null;
  }

  /** Locks the rows for the rest of the transaction (ownership changes, merges). */
  lockMany(ids: readonly string[]): Promise<Customer[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.tx.manager.find(Customer, { where: { id: In([...ids]) }, lock: { mode: 'pessimistic_write' }, order: { id: 'ASC' } });
  }

  get(id: string): Promise<Customer | null> {
    return this.tx.manager.findOneBy(Customer, { id });
  }

  save(customer: Customer): Promise<Customer> {
    return this.tx.manager.save(customer);
  }

  create(data: Partial<Customer>): Customer {
    return this.tx.manager.create(Customer, data);
  }

  countOwnedBy(userId: string): Promise<number> {
    return this.tx.manager.count(Customer, { where: { ownerId: userId, mergedIntoId: undefined } });
  }
}

/** The customers `scoped` reads, as an SQL condition on alias `c`: not merged away, within the scope. */
export function visibleCondition(scope: DataScope, bind: BindValue): string {
  return allOf('c.merged_into_id IS NULL', customerScopeCondition(scope, 'c', bind));
}
