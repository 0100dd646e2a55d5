import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DataScope } from '@tradewind/platform';

/**
 * The customers a caller may see, as a WHERE clause on alias `c`: everyone sees the shared pool
 * (unowned customers, to claim them); sales also see their own and those shared with them;
 * managers their team's; admin, finance and operations roles all.
 */
export function applyCustomerScope<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, scope: DataScope, alias = 'c'): SelectQueryBuilder<T> {
  switch (scope.kind) {
    case 'all':
      return qb;
    case 'team':
      return qb.andWhere(`(${alias}.owner_id IS NULL OR ${alias}.team_id = :scopeTeamId OR ${alias}.owner_id = :scopeUserId)`, {
        scopeTeamId: scope.teamId,
        scopeUserId: scope.userId,
      });
    case 'own':
      return qb.andWhere(
        `(${alias}.owner_id IS NULL OR ${alias}.owner_id = :scopeUserId OR EXISTS (SELECT 1 FROM customer_share cs WHERE cs.customer_id = ${alias}.id AND cs.user_id = :scopeUserId))`,
        { scopeUserId: scope.userId },
      );
  }
}
