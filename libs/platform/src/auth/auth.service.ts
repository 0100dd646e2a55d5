import { Inject, Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { newId } from '@tradewind/shared';
import { APP_CONFIG, AppConfig } from '../config/config';
import { TransactionHost, Transactional } from '../database/transaction-host';
import { UnauthenticatedError } from '../errors';
import { User } from '../users/user.entity';
import { normaliseEmail } from '../users/users.service';
import { LoginRateLimiter } from './login-rate-limiter';
import { dummyPasswordHash, verifyPassword } from './passwords';
import { RefreshToken } from './refresh-token.entity';
import { hashToken, TokenService } from './token-service';

export interface Session {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: User;
}

@Injectable()
export class AuthService {
  constructor(
    readonly tx: TransactionHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: TokenService,
    private readonly limiter: LoginRateLimiter,
  ) {}

  async login(email: string, password: string, ip?: string): Promise<Session> {
    await this.limiter.hit(email, ip);
    const user = await this.tx.manager.findOneBy(User, { email: normaliseEmail(email) });
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
    // One message for every failure: callers must not learn which e-mails exist or are deactivated.
    if (!user || !ok || !user.active) throw new UnauthenticatedError('e-mail or password is wrong', 'BAD_CREDENTIALS');
    await this.limiter.reset(email);
    return this.tx.run(async () => {
      await this.tx.manager.update(User, { id: user.id }, { lastLoginAt: new Date() });
      return this.issue(user, newId());
    });
  }

  /** Rotates a refresh token. Presenting a token that was already rotated revokes its whole session. */
  async refresh(refreshToken: string): Promise<Session> {
    // The revocation of a replayed session must commit even though the call fails, so the
    // transaction returns the refusal instead of throwing it.
    const outcome = await this.tx.run(async (): Promise<Session | UnauthenticatedError> => {
      const record = await this.tx.manager.findOne(RefreshToken, {
        where: { tokenHash: hashToken(refreshToken) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!record) return new UnauthenticatedError('refresh token is invalid', 'REFRESH_TOKEN_INVALID');
      if (record.revokedAt) {
        if (record.replacedById) await this.revokeFamily(record.familyId);
        return new UnauthenticatedError('refresh token was already used or revoked; sign in again', 'REFRESH_TOKEN_REVOKED');
      }
      if (record.expiresAt.getTime() <= Date.now()) return new UnauthenticatedError('session has expired; sign in again', 'REFRESH_TOKEN_EXPIRED');
      const user = await this.tx.manager.findOneBy(User, { id: record.userId });
      if (!user || !user.active) return new UnauthenticatedError('account is not active', 'ACCOUNT_INACTIVE');
      const session = await this.issue(user, record.familyId);
      const next = await this.tx.manager.findOneByOrFail(RefreshToken, { tokenHash: hashToken(session.refreshToken) });
      await this.tx.manager.update(RefreshToken, { id: record.id }, { revokedAt: new Date(), replacedById: next.id });
      return session;
    });
    if (outcome instanceof UnauthenticatedError) throw outcome;
    return outcome;
  }

  /** Ends the session the refresh token belongs to. Unknown tokens are ignored (logout is idempotent). */
  @Transactional()
  async logout(refreshToken: string): Promise<void> {
    const record = await this.tx.manager.findOneBy(RefreshToken, { tokenHash: hashToken(refreshToken) });
    if (record) await this.revokeFamily(record.familyId);
  }

  private async revokeFamily(familyId: string): Promise<void> {
    await this.tx.manager.update(RefreshToken, { familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  private async issue(user: User, familyId: string): Promise<Session> {
    const refreshToken = this.tokens.newSecret();
    await this.tx.manager.insert(RefreshToken, {
      userId: user.id,
      familyId,
      tokenHash: hashToken(refreshToken),
      expiresAt: new Date(Date.now() + this.config.refreshTokenTtlSeconds * 1000),
      revokedAt: null,
      replacedById: null,
    });
    const accessToken = await this.tokens.signAccessToken({ userId: user.id, email: user.email, role: user.role, teamId: user.teamId });
    return { accessToken, refreshToken, expiresIn: this.tokens.accessTtlSeconds, user };
  }
}
