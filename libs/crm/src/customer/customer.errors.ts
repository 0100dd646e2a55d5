import { ConflictError, NotFoundError, RuleViolationError } from '@tradewind/platform';

/** Error codes of the CRM's customers (extensions.reason). */
export const CustomerErrors = {
  notFound: (id: string) => new NotFoundError('customer', id, 'CRM_CUSTOMER_NOT_FOUND'),
  stale: (id: string) => new ConflictError(`customer ${id} was changed by someone else; reload and try again`, 'STALE_VERSION'),
  notInPool: (name: string) => new RuleViolationError(`${name} is not in the pool any more: someone else owns it`, 'CRM_NOT_IN_POOL'),
  claimCapReached: (cap: number) => new RuleViolationError(`you already hold ${cap} customers, the most anyone may claim; release some to the pool first`, 'CRM_CLAIM_CAP_REACHED'),
  /** `action` completes "only the owner or a manager can …", e.g. "release Acme Ltd to the pool". */
  notOwner: (action: string) => new RuleViolationError(`only the owner or a manager can ${action}`, 'CRM_NOT_OWNER'),
  mergeSelf: () => new RuleViolationError('a customer cannot be merged into itself', 'CRM_MERGE_SELF'),
};
