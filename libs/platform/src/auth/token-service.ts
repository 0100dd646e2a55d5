import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { jwtVerify, SignJWT, errors as joseErrors } from 'jose';
import { APP_CONFIG, AppConfig } from '../config/config';
import { ROLES, Role } from '../context/actor';
import { UnauthenticatedError } from '../errors';

export interface AccessClaims {
  userId: string;
  email: string;
  role: Role;
  teamId: string | null;
}

const ISSUER = 'tradewind';

/** Signs and checks short-lived access tokens (HS256 JWT) and makes opaque random secrets. */
@Injectable()
export class TokenService {
  private readonly key: Uint8Array;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.key = new TextEncoder().encode(config.jwtSecret);
  }

  get accessTtlSeconds(): number {
    return this.config.accessTokenTtlSeconds;
  }

  signAccessToken(claims: AccessClaims): Promise<string> {
    return new SignJWT({ email: claims.email, role: claims.role, team: claims.teamId, typ: 'access' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.userId)
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(`${this.config.accessTokenTtlSeconds}s`)
      .sign(this.key);
  }

  async verifyAccessToken(token: string): Promise<AccessClaims> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, algorithms: ['HS256'] });
      const role = payload.role as Role;
      if (payload.typ !== 'access' || !payload.sub || !ROLES.includes(role) || typeof payload.email !== 'string') {
        throw new UnauthenticatedError('access token is malformed');
      }
      return { userId: payload.sub, email: payload.email, role, teamId: (payload.team as string | null) ?? null };
    } catch (error) {
      if (error instanceof UnauthenticatedError) throw error;
      if (error instanceof joseErrors.JWTExpired) throw new UnauthenticatedError('access token has expired', 'TOKEN_EXPIRED');
      throw new UnauthenticatedError('access token is invalid', 'TOKEN_INVALID');
    }
  }

  /** A random secret for refresh and API tokens (256 bits, base64url). */
  newSecret(): string {
    return randomBytes(32).toString('base64url');
  }
}

/** Opaque tokens are stored as SHA-256: they are random and long, so a slow hash adds nothing. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
