import { Injectable } from '@nestjs/common';
import { SelectQueryBuilder } from 'typeorm';
import { allOf, andWhereBound, BindValue, DataScope, positionalBinder, TransactionHost } from '@tradewind/platform';
import { SalesOrder } from './sales-order.entity';

/** Orders a caller may see: sales their own, managers their team's, every other role all. */
export function applyOrderScope<T extends object>(qb: SelectQueryBuilder<T>, scope: DataScope, alias = 'o'): SelectQueryBuilder<T> {
  return andWhereBound(qb, (bind) => orderScopeCondition(scope, alias, bind));
}

/** The scope as an SQL condition on `alias` (null for "all"), for the query builder or SQL written by hand. */
export function orderScopeCondition(scope: DataScope, alias: string, bind: BindValue): string | null {
  switch (scope.kind) {
    case 'all':
      return null;
    case 'team':
      return `(${alias}.team_id = ${bind('orderScopeTeam', scope.teamId)} OR ${alias}.owner_id = ${bind('orderScopeUser', scope.userId)})`;
    case 'own':
      return `${alias}.owner_id = ${bind('orderScopeUser', scope.userId)}`;
  }
}

/** Whether the scope covers one order in memory: the rule orderScopeCondition writes as SQL. */
export function orderScopeCovers(scope: DataScope, order: { ownerId: string; teamId: string | null }): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'team':
      return order.teamId === scope.teamId || order.ownerId === scope.userId;
    case 'own':
      return order.ownerId === scope.userId;
  }
}

@Injectable()
export class OrderRepository {
  constructor(private readonly tx: TransactionHost) {}

  scoped(scope: DataScope): SelectQueryBuilder<SalesOrder> {
    return applyOrderScope(this.tx.manager.createQueryBuilder(SalesOrder, 'o'), scope);
  }

  findVisible(id: string, scope: DataScope): Promise<SalesOrder | null> {
    return this.scoped(scope).andWhere('o.id = :id', { id }).getOne();
  }

  /** findVisible as a plain row read with constant SQL: for showing, never saving. */
  async readVisible(id: string, scope: DataScope): Promise<SalesOrder | null> {
    const parameters: unknown[] = [id];
    const rows = await this.tx.readEntities(SalesOrder, 'o', `WHERE ${allOf('o.id = $1', orderScopeCondition(scope, 'o', positionalBinder(parameters)))}`, parameters);
    return rows[0] ?? null;
  }

  lock(id: string): Promise<SalesOrder | null> {
    return this.tx.manager.findOne(SalesOrder, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }
}
