import { ForbiddenError, Role, User, ValidationFailedError } from '@tradewind/platform';

const WHAT_THEY_DO: Record<Role, string> = {
  admin: 'is an administrator',
  manager: 'is a manager',
  sales: 'is a salesperson',
  merchandiser: 'is a merchandiser',
  logistics: 'works in logistics',
  finance: 'works in finance',
};

/** Error codes of the customer handover (extensions.reason). */
export const HandoverErrors = {
  recipientCannotOwn: (user: User) =>
    ValidationFailedError.field(
      'input.toUserId',
      `${user.displayName} ${WHAT_THEY_DO[user.role]}; customers go to salespeople or managers`,
      'CRM_HANDOVER_RECIPIENT_ROLE',
    ),
  recipientInactive: (user: User) =>
    ValidationFailedError.field(
      'input.toUserId',
      `${user.displayName}'s account is deactivated; hand over to an active colleague`,
      'CRM_HANDOVER_RECIPIENT_INACTIVE',
    ),
  outsideTeam: () => new ForbiddenError('managers hand over work within their own team', 'CRM_HANDOVER_OUTSIDE_TEAM'),
};
