import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { IdArg } from '../graphql/id-arg';
import { offsetOf, offsetPage, PageArgs, toConnection } from '../graphql/connection';
import { UserObject } from '../users/user.object';
import { Access, Public } from './access.decorators';
import { ApiTokenConnection, ApiTokenObject, AuthPayload, CreatedApiToken } from './auth.objects';
import { ApiTokenService } from './api-token.service';
import { AuthService, Session } from './auth.service';
import { CreateApiTokenInput, LoginInput } from './inputs/auth.inputs';

function toPayload(session: Session): AuthPayload {
  return { ...session, user: UserObject.from(session.user) };
}

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly apiTokenService: ApiTokenService,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Rate-limited per e-mail and per client address.' })
  async login(@Args('input') input: LoginInput, @Context('req') req: Request): Promise<AuthPayload> {
    return toPayload(await this.auth.login(input.email, input.password, req.ip));
  }

  @Public()
  @Mutation(() => AuthPayload)
  async refreshSession(@Args('refreshToken') refreshToken: string): Promise<AuthPayload> {
    return toPayload(await this.auth.refresh(refreshToken));
  }

  @Public()
  @Mutation(() => Boolean)
  async logout(@Args('refreshToken') refreshToken: string): Promise<boolean> {
    await this.auth.logout(refreshToken);
    return true;
  }

  @Mutation(() => CreatedApiToken)
  @Access({ roles: ['admin'] })
  async createApiToken(@Args('input') input: CreateApiTokenInput): Promise<CreatedApiToken> {
    const { token, record } = await this.apiTokenService.create(input);
    return { token, apiToken: ApiTokenObject.from(record) };
  }

  @Mutation(() => ApiTokenObject)
  @Access({ roles: ['admin'] })
  async revokeApiToken(@IdArg() id: string): Promise<ApiTokenObject> {
    return ApiTokenObject.from(await this.apiTokenService.revoke(id));
  }

  @Query(() => ApiTokenConnection)
  @Access({ roles: ['admin'] })
  async apiTokens(@Args() page: PageArgs) {
    const offset = offsetOf(page);
    const [items, total] = await this.apiTokenService.list(offset, page.first);
    return toConnection(offsetPage(items, total, offset), ApiTokenObject.from);
  }
}
