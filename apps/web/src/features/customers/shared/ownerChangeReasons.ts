// Apart from labels.tsx so that plain modules (the notification wording and its unit test) need no JSX.
export type OwnerChangeReason = 'created' | 'import' | 'claim' | 'assign' | 'rule' | 'handover' | 'pool_return' | 'release' | 'merge';
const OWNER_CHANGE_REASONS: readonly string[] = [
  'created',
  'import',
  'claim',
  'assign',
  'rule',
  'handover',
  'pool_return',
  'release',
  'merge',
];
export function isOwnerChangeReason(value: unknown): value is OwnerChangeReason {
  return typeof value === 'string' && OWNER_CHANGE_REASONS.includes(value);
}
