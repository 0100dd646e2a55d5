import { Injectable } from '@nestjs/common';
import { SelectQueryBuilder } from 'typeorm';
import { DataScope, TransactionHost } from '@tradewind/platform';
import { SalesOrder } from './sales-order.entity';

/** Orders a caller may see: sales their own, managers their team's, every other role all. */
export function applyOrderScope<T extends object>(qb: SelectQueryBuilder<T>, scope: DataScope, alias = 'o'): SelectQueryBuilder<T> {
  switch (scope.kind) {
    case 'all':
      return qb;
    case 'team':
      return qb.andWhere(`(${alias}.team_id = :orderScopeTeam OR ${alias}.owner_id = :orderScopeUser)`, { orderScopeTeam: scope.teamId, orderScopeUser: scope.userId });
    case 'own':
      return qb.andWhere(`${alias}.owner_id = :orderScopeUser`, { orderScopeUser: scope.userId });
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

  lock(id: string): Promise<SalesOrder | null> {
    return this.tx.manager.findOne(SalesOrder, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }
}
