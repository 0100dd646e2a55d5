import type { Role } from '../context/actor';

declare module '../events/domain-event' {
  interface DomainEventMap {
    /** A user account was created. */
    'platform.user.created': { userId: string; role: Role; teamId: string | null };
    /** A user can no longer sign in; their sessions were revoked. */
    'platform.user.deactivated': { userId: string };
    'platform.user.activated': { userId: string };
  }
}
