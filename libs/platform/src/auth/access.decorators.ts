import { SetMetadata } from '@nestjs/common';
import type { ApiScope, Role } from '../context/actor';

export const PUBLIC_METADATA = 'tw:public';
export const ACCESS_METADATA = 'tw:access';

export interface AccessRule {
  /** Roles of signed-in users allowed to call; absent means every signed-in user. */
  roles?: readonly Role[];
  /** Scope an API token needs; absent means API tokens may not call it at all. */
  scope?: ApiScope;
}

/** Reachable without signing in (login, token refresh, health checks). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_METADATA, true);

/** Who may call a resolver or route; checked by the global AuthGuard. */
export const Access = (rule: AccessRule): MethodDecorator & ClassDecorator => SetMetadata(ACCESS_METADATA, rule);
