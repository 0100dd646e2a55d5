import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../graphql/connection';
import { UserObject } from '../users/user.object';
import { ApiToken } from './api-token.entity';

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Bearer token for API calls; short-lived.' })
  accessToken!: string;

  @Field({ description: 'Exchange with refreshSession for a new pair; rotated on every use.' })
  refreshToken!: string;

  @Field(() => Int, { description: 'Seconds until the access token expires.' })
  expiresIn!: number;

  @Field(() => UserObject)
  user!: UserObject;
}

@ObjectType('ApiToken')
export class ApiTokenObject {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'First characters of the token, to tell tokens apart.' })
  prefix!: string;

  @Field(() => [String])
  scopes!: string[];

  @Field(() => Date, { nullable: true })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field()
  createdAt!: Date;

  static from(t: ApiToken): ApiTokenObject {
    return { id: t.id, name: t.name, prefix: t.prefix, scopes: t.scopes, lastUsedAt: t.lastUsedAt, expiresAt: t.expiresAt, revokedAt: t.revokedAt, createdAt: t.createdAt };
  }
}

@ObjectType()
export class CreatedApiToken {
  @Field({ description: 'The secret, shown this once. Store it now.' })
  token!: string;

  @Field(() => ApiTokenObject)
  apiToken!: ApiTokenObject;
}

@ObjectType()
export class ApiTokenConnection extends Connection(ApiTokenObject, 'ApiToken') {}
