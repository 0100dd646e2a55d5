import { Injectable } from '@nestjs/common';
import { companyTimeZone, isKnownTimeZone } from '@tradewind/shared';
import { IsNull } from 'typeorm';
import { inNameOrder } from '../database/collation';
import { containsPattern } from '../database/sql-conditions';
import { planForEachValue } from '../database/statement-cache';
import { TransactionHost, Transactional } from '../database/transaction-host';
import { AuditTrail, diffFields } from '../audit/audit-trail';
import { ROLES, Role } from '../context/actor';
import { ConflictError, NotFoundError, RuleViolationError, ValidationFailedError } from '../errors';
import { EventPublisher } from '../events/event-publisher';
import { hashPassword } from '../auth/passwords';
import { RefreshToken } from '../auth/refresh-token.entity';
import { byKey, requestLoader } from '../graphql/loaders';
import { Team } from './team.entity';
import { UserObject } from './user.object';
import { UiLanguage, User } from './user.entity';
import './users.events';

export interface CreateUserData {
  email: string;
  password: string;
  displayName?: string;
  role: Role;
  teamId?: string | null;
  language?: UiLanguage;
  timeZone?: string;
}

export interface UpdateUserData {
  displayName?: string;
  role?: Role;
  teamId?: string | null;
  language?: UiLanguage;
  timeZone?: string;
}

export interface UserFilterData {
  role?: Role;
  teamId?: string;
  active?: boolean;
  search?: string;
}

/** Lets a module veto a user's deactivation (e.g. the CRM while the user still owns customers). */
export type DeactivationCheck = (userId: string) => Promise<string | undefined>;

/** Lets a module follow a user into another team, in the same transaction (e.g. the CRM: their customers' team). */
export type TeamChangeHandler = (userId: string, teamId: string | null) => Promise<void>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

@Injectable()
export class UsersService {
  private readonly deactivationChecks: DeactivationCheck[] = [];
  private readonly teamChangeHandlers: TeamChangeHandler[] = [];

  constructor(
    readonly tx: TransactionHost,
    private readonly audit: AuditTrail,
    private readonly events: EventPublisher,
  ) {}

  registerDeactivationCheck(check: DeactivationCheck): void {
    this.deactivationChecks.push(check);
  }

  registerTeamChangeHandler(handler: TeamChangeHandler): void {
    this.teamChangeHandlers.push(handler);
  }

  @Transactional()
  async create(data: CreateUserData): Promise<User> {
    const email = normaliseEmail(data.email);
    if (!EMAIL.test(email)) throw ValidationFailedError.field('input.email', `"${data.email}" is not an e-mail address`, undefined, `“${data.email}”不是有效的邮箱地址`);
    if (data.password.length < 8) throw ValidationFailedError.field('input.password', 'must be at least 8 characters long', undefined, '密码至少 8 个字符');
    if (!ROLES.includes(data.role)) throw ValidationFailedError.field('input.role', `must be one of ${ROLES.join(', ')}`);
    if (data.timeZone && !isKnownTimeZone(data.timeZone)) throw ValidationFailedError.field('input.timeZone', `unknown time zone "${data.timeZone}"`);
    if (await this.tx.manager.existsBy(User, { email })) throw new ConflictError(`a user with e-mail ${email} already exists`, 'USER_EMAIL_TAKEN', { messageZh: `邮箱 ${email} 已有用户使用` });
    if (data.teamId) await this.requireTeam(data.teamId, 'input.teamId');
    const user = this.tx.manager.create(User, {
      email,
      displayName: data.displayName?.trim() || email.split('@')[0],
      passwordHash: await hashPassword(data.password),
      role: data.role,
      teamId: data.teamId ?? null,
      active: true,
      language: data.language ?? 'zh-CN',
      // A new colleague works where the company does unless told otherwise.
      timeZone: data.timeZone ?? companyTimeZone(),
      lastLoginAt: null,
    });
    await this.tx.manager.save(user);
    await this.audit.record({ entityType: 'user', entityId: user.id, action: 'created', changes: { role: { from: null, to: user.role } } });
    await this.events.publish('platform.user.created', { userId: user.id, role: user.role, teamId: user.teamId });
    return user;
  }

  @Transactional()
  async update(id: string, data: UpdateUserData, expectedVersion?: number): Promise<User> {
    const user = await this.get(id);
    if (expectedVersion !== undefined && user.version !== expectedVersion) {
      throw new ConflictError(`user ${id} was changed by someone else; reload and try again`, 'STALE_VERSION');
    }
    if (data.role && !ROLES.includes(data.role)) throw ValidationFailedError.field('input.role', `must be one of ${ROLES.join(', ')}`);
    if (data.teamId) await this.requireTeam(data.teamId, 'input.teamId');
    if (data.timeZone && !isKnownTimeZone(data.timeZone)) throw ValidationFailedError.field('input.timeZone', `unknown time zone "${data.timeZone}"`);
    if (data.role && data.role !== 'admin') await this.keepAnActiveAdmin(user);
    const changes = diffFields(user, data, ['displayName', 'role', 'teamId', 'language', 'timeZone']);
    Object.assign(user, data);
    await this.tx.manager.save(user);
    if (changes.teamId) for (const handler of this.teamChangeHandlers) await handler(id, user.teamId);
    if (Object.keys(changes).length) await this.audit.record({ entityType: 'user', entityId: id, action: 'updated', changes });
    return user;
  }

  @Transactional()
  async setActive(id: string, active: boolean): Promise<User> {
    const user = await this.get(id);
    if (user.active === active) return user;
    if (!active) {
      await this.keepAnActiveAdmin(user);
      for (const check of this.deactivationChecks) {
        const refusal = await check(id);
        if (refusal) throw new RuleViolationError(refusal, 'USER_HAS_OPEN_WORK');
      }
      // Signing out everywhere: refresh tokens stop working at once, access tokens within their short life.
      await this.tx.manager.update(RefreshToken, { userId: id, revokedAt: IsNull() }, { revokedAt: new Date() });
    }
    user.active = active;
    await this.tx.manager.save(user);
    await this.audit.record({ entityType: 'user', entityId: id, action: active ? 'activated' : 'deactivated' });
    await this.events.publish(active ? 'platform.user.activated' : 'platform.user.deactivated', { userId: id });
    return user;
  }

  /**
   * Refuses to take away the last active admin (deactivated or made another role): nobody could then
   * manage users or settings. The active admins are locked, so two admins removing each other at
   * once cannot both succeed.
   */
  private async keepAnActiveAdmin(user: User): Promise<void> {
    if (user.role !== 'admin' || !user.active) return;
    const admins: { id: string }[] = await this.tx.manager.query("SELECT id FROM app_user WHERE role = 'admin' AND active ORDER BY id FOR UPDATE", []);
    if (!admins.some((admin) => admin.id !== user.id)) {
      throw new RuleViolationError('the company needs an active admin: make another user an admin first', 'USER_LAST_ADMIN');
    }
  }

  async get(id: string): Promise<User> {
    const user = await this.tx.manager.findOneBy(User, { id });
    if (!user) throw new NotFoundError('user', id);
    return user;
  }

  /** A user's time zone, for "today" on their clock; UTC when there is no such user. */
  async timeZoneOf(userId: string | null): Promise<string> {
    const user = userId ? await this.tx.manager.findOneBy(User, { id: userId }) : null;
    return user?.timeZone ?? 'UTC';
  }

  findByEmail(email: string): Promise<User | null> {
    return this.tx.manager.findOneBy(User, { email: normaliseEmail(email) });
  }

  /** Plain rows (readEntities): for showing, not saving. */
  findByIds(ids: readonly string[]): Promise<User[]> {
    return ids.length ? this.tx.readEntities(User, 'u', 'WHERE u.id = ANY($1::uuid[])', [ids]) : Promise.resolve([]);
  }

  /**
   * A user as GraphQL shows them (an owner, an author), loaded together with every other user the same
   * request asks for: one query per request, however many resolvers ask.
   */
  loadObject(id: string | null): Promise<UserObject | null> {
    if (!id) return Promise.resolve(null);
    return requestLoader<string, UserObject | null>('platform.users', async (ids) => byKey(ids, (await this.findByIds(ids)).map(UserObject.from), (u) => u.id)).load(id);
  }

  async list(filter: UserFilterData, offset: number, limit: number): Promise<[User[], number]> {
    const qb = this.tx.manager.createQueryBuilder(User, 'u');
    if (filter.role) qb.andWhere('u.role = :role', { role: filter.role });
    if (filter.teamId) qb.andWhere('u.team_id = :teamId', { teamId: filter.teamId });
    if (filter.active !== undefined) qb.andWhere('u.active = :active', { active: filter.active });
    if (filter.search) planForEachValue(qb).andWhere('(u.email ILIKE :q OR u.display_name ILIKE :q)', { q: containsPattern(filter.search) });
    return qb.orderBy(inNameOrder('u.display_name'), 'ASC').addOrderBy('u.id', 'ASC').skip(offset).take(limit).getManyAndCount();
  }

  async teamMemberIds(teamId: string): Promise<string[]> {
    const rows = await this.tx.manager.find(User, { select: { id: true }, where: { teamId } });
    return rows.map((r) => r.id);
  }

  async count(): Promise<number> {
    return this.tx.manager.count(User);
  }

  @Transactional()
  async createTeam(name: string): Promise<Team> {
    const trimmed = name.trim();
    if (!trimmed) throw ValidationFailedError.field('input.name', 'must not be empty', undefined, '名称不能为空');
    if (await this.tx.manager.existsBy(Team, { name: trimmed })) throw new ConflictError(`team "${trimmed}" already exists`, 'TEAM_NAME_TAKEN');
    const team = await this.tx.manager.save(this.tx.manager.create(Team, { name: trimmed }));
    await this.audit.record({ entityType: 'team', entityId: team.id, action: 'created' });
    return team;
  }

  listTeams(offset: number, limit: number): Promise<[Team[], number]> {
    return this.tx.manager.findAndCount(Team, { order: { name: 'ASC', id: 'ASC' }, skip: offset, take: limit });
  }

  private async requireTeam(teamId: string, path: string): Promise<void> {
    if (!(await this.tx.manager.existsBy(Team, { id: teamId }))) throw ValidationFailedError.field(path, `team ${teamId} does not exist`);
  }
}
