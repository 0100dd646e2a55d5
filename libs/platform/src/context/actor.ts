export const ROLES = ['admin', 'manager', 'sales', 'merchandiser', 'logistics', 'finance'] as const;
export type Role = (typeof ROLES)[number];

/** Scopes an integration's API token may hold. */
export const API_SCOPES = ['crm:read', 'crm:write', 'orders:read', 'orders:write', 'admin'] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export type Actor =
  | { kind: 'user'; userId: string; email: string; role: Role; teamId: string | null }
  | { kind: 'apiToken'; tokenId: string; name: string; scopes: ApiScope[]; createdById: string }
  | { kind: 'system'; name: string };

/**
 * Which records an actor may see. Enforced by repositories, so a record outside the scope
 * behaves exactly like a record that does not exist.
 */
export type DataScope =
  | { kind: 'all' }
  | { kind: 'team'; teamId: string; userId: string }
  | { kind: 'own'; userId: string };

export function dataScopeOf(actor: Actor): DataScope {
  if (actor.kind !== 'user') return { kind: 'all' };
  // Merchandisers and logistics clerks serve every salesperson's orders, so they see all.
  switch (actor.role) {
    case 'admin':
    case 'finance':
    case 'merchandiser':
    case 'logistics':
      return { kind: 'all' };
    case 'manager':
      return actor.teamId ? { kind: 'team', teamId: actor.teamId, userId: actor.userId } : { kind: 'own', userId: actor.userId };
    case 'sales':
      return { kind: 'own', userId: actor.userId };
  }
}

/** A user as the actor of what is done in their name (a job they started, a check of their data scope). */
export function userActor(user: { id: string; email: string; role: Role; teamId: string | null }): Actor {
  return { kind: 'user', userId: user.id, email: user.email, role: user.role, teamId: user.teamId };
}

/** The id written to audit logs and `created_by` columns (null for system jobs). */
export function actorUserId(actor: Actor): string | null {
  switch (actor.kind) {
    case 'user':
      return actor.userId;
    case 'apiToken':
      return actor.createdById;
    case 'system':
      return null;
  }
}

export function describeActor(actor: Actor): string {
  switch (actor.kind) {
    case 'user':
      return actor.email;
    case 'apiToken':
      return `api-token:${actor.name}`;
    case 'system':
      return `system:${actor.name}`;
  }
}
