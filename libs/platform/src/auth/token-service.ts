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
/** Verified access tokens remembered at most; the map starts over when full. */
const VERIFIED_TOKENS_KEPT = 10_000;

/** Signs and checks short-lived access tokens (HS256 JWT) and makes opaque random secrets. */
@Injectable()
export class TokenService {
  private readonly key: Uint8Array;
  /**
   * Tokens already verified, by their text, until they expire: a session sends the same token with
   * every request, and checking its signature and claims again cost about 2% of the API's CPU on the
   * customer 360 page. The same text verifies the same way; the expiry is checked on every use.
   */
  private readonly verified = new Map<string, { claims: Readonly<AccessClaims>; expiresAtMs: number }>();

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
    const known = this.verified.get(token);
    if (known && Date.now() < known.expiresAtMs) return known.claims;
    // Expired (or never seen): jose decides, and names the reason.
    if (known) this.verified.delete(token);
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, algorithms: ['HS256'] });
      const role = payload.role as Role;
      if (payload.typ !== 'access' || !payload.sub || !ROLES.includes(role) || typeof payload.email !== 'string' || typeof payload.exp !== 'number') {
        throw new UnauthenticatedError('access token is malformed');
      }
      const claims = Object.freeze({ userId: payload.sub, email: payload.email, role, teamId: (payload.team as string | null) ?? null });
      if (this.verified.size >= VERIFIED_TOKENS_KEPT) this.verified.clear();
      // jose accepts a token while the current second is before `exp`.
      this.verified.set(token, { claims, expiresAtMs: payload.exp * 1000 });
      return claims;
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
