import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { TransactionHost, Transactional } from '../database/transaction-host';
import { Actor, API_SCOPES, ApiScope, actorUserId, currentActor } from '../context';
import { NotFoundError, UnauthenticatedError, ValidationFailedError } from '../errors';
import { AuditTrail } from '../audit/audit-trail';
import { ApiToken } from './api-token.entity';
import { hashToken, TokenService } from './token-service';

export const API_TOKEN_PREFIX = 'twk_';
// Recording every use would turn each read into a write; once a minute is precise enough.
const LAST_USED_RESOLUTION_MS = 60_000;

@Injectable()
export class ApiTokenService {
  constructor(
    readonly tx: TransactionHost,
    private readonly tokens: TokenService,
    private readonly audit: AuditTrail,
  ) {}

  /** Issues a token; the returned secret is shown once and never stored. */
  @Transactional()
  async create(input: { name: string; scopes: ApiScope[]; expiresAt?: Date | null }): Promise<{ token: string; record: ApiToken }> {
    const unknown = input.scopes.filter((s) => !API_SCOPES.includes(s));
    if (unknown.length) throw ValidationFailedError.field('input.scopes', `unknown scope ${unknown.join(', ')}; allowed: ${API_SCOPES.join(', ')}`);
    if (input.scopes.length === 0) throw ValidationFailedError.field('input.scopes', 'give at least one scope');
    if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) throw ValidationFailedError.field('input.expiresAt', 'must be in the future');
    const creator = actorUserId(currentActor());
    if (!creator) throw new UnauthenticatedError('only a signed-in admin can create API tokens');
    const token = `${API_TOKEN_PREFIX}${this.tokens.newSecret()}`;
    const record = this.tx.manager.create(ApiToken, {
      name: input.name.trim(),
      prefix: token.slice(0, 12),
      tokenHash: hashToken(token),
      scopes: [...new Set(input.scopes)],
      createdById: creator,
      expiresAt: input.expiresAt ?? null,
      lastUsedAt: null,
      revokedAt: null,
    });
    await this.tx.manager.save(record);
    await this.audit.record({ entityType: 'api_token', entityId: record.id, action: 'created', changes: { scopes: { from: null, to: record.scopes } } });
    return { token, record };
  }

  @Transactional()
  async revoke(id: string): Promise<ApiToken> {
    const record = await this.tx.manager.findOneBy(ApiToken, { id, revokedAt: IsNull() });
    if (!record) throw new NotFoundError('api token', id);
    record.revokedAt = new Date();
    await this.tx.manager.save(record);
    await this.audit.record({ entityType: 'api_token', entityId: id, action: 'revoked' });
    return record;
  }

  async list(offset: number, limit: number): Promise<[ApiToken[], number]> {
    return this.tx.manager.findAndCount(ApiToken, { order: { createdAt: 'DESC', id: 'DESC' }, skip: offset, take: limit });
  }

  async authenticate(token: string): Promise<Actor> {
    const record = await this.tx.manager.findOneBy(ApiToken, { tokenHash: hashToken(token) });
    if (!record || record.revokedAt) throw new UnauthenticatedError('API token is invalid or revoked', 'API_TOKEN_INVALID');
    if (record.expiresAt && record.expiresAt.getTime() <= Date.now()) throw new UnauthenticatedError('API token has expired', 'API_TOKEN_EXPIRED');
    if (!record.lastUsedAt || Date.now() - record.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      await this.tx.manager.update(ApiToken, { id: record.id }, { lastUsedAt: new Date() });
    }
    return { kind: 'apiToken', tokenId: record.id, name: record.name, scopes: record.scopes, createdById: record.createdById };
  }
}
