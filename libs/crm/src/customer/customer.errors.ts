import { ConflictError, NotFoundError, RuleViolationError } from '@tradewind/platform';

/** Error codes of the CRM's customers (extensions.reason). */
export const CustomerErrors = {
  notFound: (id: string) => new NotFoundError('customer', id, 'CRM_CUSTOMER_NOT_FOUND'),
  stale: (id: string) => new ConflictError(`customer ${id} was changed by someone else; reload and try again`, 'STALE_VERSION'),
  notInPool: (name: string) => new RuleViolationError(`${name} is not in the pool any more: someone else owns it`, 'CRM_NOT_IN_POOL'),
  claimCapReached: (held: number, cap: number, claiming: number) => {
    const room = Math.max(cap - held, 0);
    const may = room === 0 ? 'you may claim none; release some to the pool first' : `you may claim ${room} more, not ${claiming}`;
    const mayZh = room === 0 ? '不能再认领，请先将部分客户释放到公海' : `还可认领 ${room} 个，不能认领 ${claiming} 个`;
    return new RuleViolationError(`you hold ${held} customer${held === 1 ? '' : 's'} and may hold at most ${cap}: ${may}`, 'CRM_CLAIM_CAP_REACHED', {
      messageZh: `你已有 ${held} 个客户，最多可有 ${cap} 个：${mayZh}`,
    });
  },
  /** `action` completes "only the owner or a manager can …", e.g. "release Acme Ltd to the pool". */
  notOwner: (action: string) => new RuleViolationError(`only the owner or a manager can ${action}`, 'CRM_NOT_OWNER'),
  mergeSelf: () => new RuleViolationError('a customer cannot be merged into itself', 'CRM_MERGE_SELF'),
};
