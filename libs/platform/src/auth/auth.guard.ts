import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { Actor } from '../context/actor';
import { currentContext } from '../context/request-context';
import { ForbiddenError, UnauthenticatedError } from '../errors';
import { ACCESS_METADATA, AccessRule, PUBLIC_METADATA } from './access.decorators';
import { ApiTokenService, API_TOKEN_PREFIX } from './api-token.service';
import { TokenService } from './token-service';

/**
 * Global guard for every resolver and route: identifies the caller (access token or API token),
 * puts the actor into the request context for the data layer, then applies the route's AccessRule.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly apiTokens: ApiTokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_METADATA, targets) ?? false;
    const request = requestOf(context);
    const store = currentContext();
    if (!store) throw new Error('request context missing: configureHttpApp() must run before routes');
    const bearer = bearerToken(request);
    if (isPublic) {
      // A public route still knows a valid caller (logout), but a bad token must not block it.
      if (bearer) store.actor = await this.identify(bearer).catch(() => undefined);
      return true;
    }
    if (!bearer) throw new UnauthenticatedError('sign in first: send "Authorization: Bearer <token>"');
    const actor = store.actor ?? (await this.identify(bearer));
    store.actor = actor;
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, targets) ?? {};
    authorize(actor, rule, context.getHandler().name);
    return true;
  }

  private async identify(token: string): Promise<Actor> {
    if (token.startsWith(API_TOKEN_PREFIX)) return this.apiTokens.authenticate(token);
    const claims = await this.tokens.verifyAccessToken(token);
    return { kind: 'user', ...claims };
  }
}

function authorize(actor: Actor, rule: AccessRule, operation: string): void {
  if (actor.kind === 'apiToken') {
    if (!rule.scope) throw new ForbiddenError(`${operation} is not available to API tokens`);
    if (!actor.scopes.includes(rule.scope)) throw new ForbiddenError(`API token lacks the "${rule.scope}" scope needed for ${operation}`);
    return;
  }
  if (actor.kind === 'user' && rule.roles && !rule.roles.includes(actor.role)) {
    throw new ForbiddenError(`${operation} is not available to the ${actor.role} role`);
  }
}

function requestOf(context: ExecutionContext): Request {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext<{ req: Request }>().req;
  return context.switchToHttp().getRequest<Request>();
}

function bearerToken(request: Request): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new UnauthenticatedError('Authorization header must be "Bearer <token>"');
  return match[1];
}
