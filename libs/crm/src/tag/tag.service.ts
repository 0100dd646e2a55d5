import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  actorUserId,
  AuditTrail,
  ConflictError,
  currentActor,
  ForbiddenError,
  inNameOrder,
  NotFoundError,
  TransactionHost,
  Transactional,
  FieldProblems,
  ValidationFailedError,
} from '@tradewind/platform';
import { CustomerService } from '../customer/customer.service';
import { CustomerTag, CustomerView, Tag, TagGroup, TagGroupKind } from './tag.entity';

const COLOR = /^#[0-9a-fA-F]{6}$/;

/** Tag groups, tags, tagging customers, and saved customer views. */
@Injectable()
export class TagService {
  constructor(
    readonly tx: TransactionHost,
    private readonly customers: CustomerService,
    private readonly audit: AuditTrail,
  ) {}

  @Transactional()
  async createGroup(name: string, kind: TagGroupKind): Promise<TagGroup> {
    const trimmed = name.trim();
    if (await this.tx.manager.existsBy(TagGroup, { name: trimmed })) throw new ConflictError(`tag group "${trimmed}" already exists`, 'CRM_TAG_GROUP_TAKEN');
    const group = await this.tx.manager.save(this.tx.manager.create(TagGroup, { name: trimmed, kind }));
    await this.audit.record({ entityType: 'tag_group', entityId: group.id, action: 'created' });
    return group;
  }

  @Transactional()
  async createTag(groupId: string, name: string, color?: string): Promise<Tag> {
    if (!(await this.tx.manager.existsBy(TagGroup, { id: groupId }))) throw ValidationFailedError.field('input.groupId', `tag group ${groupId} does not exist`);
    if (color && !COLOR.test(color)) throw ValidationFailedError.field('input.color', 'must be a colour like #1677ff');
    const trimmed = name.trim();
    if (await this.tx.manager.existsBy(Tag, { groupId, name: trimmed })) throw new ConflictError(`tag "${trimmed}" already exists in this group`, 'CRM_TAG_TAKEN');
    const tag = await this.tx.manager.save(this.tx.manager.create(Tag, { groupId, name: trimmed, color: color ?? '#1677ff' }));
    await this.audit.record({ entityType: 'tag', entityId: tag.id, action: 'created' });
    return tag;
  }

  listGroups(offset: number, limit: number): Promise<[TagGroup[], number]> {
    return this.tx.manager.findAndCount(TagGroup, { order: { name: 'ASC', id: 'ASC' }, skip: offset, take: limit });
  }

  listTags(groupId: string | undefined, offset: number, limit: number): Promise<[Tag[], number]> {
    return this.tx.manager.findAndCount(Tag, { where: groupId ? { groupId } : {}, order: { name: 'ASC', id: 'ASC' }, skip: offset, take: limit });
  }

  tagsByIds(ids: readonly string[]): Promise<Tag[]> {
    return ids.length ? this.tx.manager.findBy(Tag, { id: In([...ids]) }) : Promise.resolve([]);
  }

  groupsByIds(ids: readonly string[]): Promise<TagGroup[]> {
    return ids.length ? this.tx.manager.findBy(TagGroup, { id: In([...ids]) }) : Promise.resolve([]);
  }

  /** The tags of each customer, in one query (DataLoader batching of a list's or a 360 page's tags). */
  async tagsOfCustomers(customerIds: readonly string[]): Promise<Map<string, Tag[]>> {
    const map = new Map<string, Tag[]>();
    if (customerIds.length === 0) return map;
    const rows = await this.tx.read<{ customer_id: string; id: string; group_id: string; name: string; color: string; created_at: Date; updated_at: Date }>(
      `SELECT ct.customer_id, t.id, t.group_id, t.name, t.color, t.created_at, t.updated_at
       FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.customer_id = ANY($1::uuid[])`,
      [customerIds],
    );
    for (const r of rows) {
      const tag = this.tx.manager.create(Tag, { id: r.id, groupId: r.group_id, name: r.name, color: r.color, createdAt: r.created_at, updatedAt: r.updated_at });
      const tags = map.get(r.customer_id);
      if (tags) tags.push(tag);
      else map.set(r.customer_id, [tag]);
    }
    return map;
  }

  /** Adds and removes tags on customers the caller may see. */
  @Transactional()
  async tagCustomers(customerIds: string[], addTagIds: string[], removeTagIds: string[]): Promise<void> {
    const visible = await this.customers.findVisibleMany(customerIds);
    if (visible.length !== new Set(customerIds).size) throw new NotFoundError('customer', customerIds.filter((id) => !visible.some((c) => c.id === id)).join(', '), 'CRM_CUSTOMER_NOT_FOUND');
    const tags = await this.tagsByIds([...addTagIds, ...removeTagIds]);
    const found = new Set(tags.map((tag) => tag.id));
    const problems = new FieldProblems();
    for (const [field, ids] of [['addTagIds', addTagIds], ['removeTagIds', removeTagIds]] as const) {
      const missing = ids.filter((id) => !found.has(id));
      if (missing.length) problems.add(`input.${field}`, `no such tag: ${missing.join(', ')}`, `标签不存在：${missing.join(', ')}`);
    }
    problems.throwIfAny();
    if (addTagIds.length) {
      await this.tx.manager
        .createQueryBuilder()
        .insert()
        .into(CustomerTag)
        .values(visible.flatMap((c) => addTagIds.map((tagId) => ({ customerId: c.id, tagId }))))
        .orIgnore()
        .execute();
    }
    if (removeTagIds.length) await this.tx.manager.delete(CustomerTag, { customerId: In(visible.map((c) => c.id)), tagId: In(removeTagIds) });
    await this.audit.recordMany(
      visible.map((c) => ({ entityType: 'customer', entityId: c.id, action: 'tagged', changes: { tags: { from: removeTagIds, to: addTagIds } } })),
    );
  }

  @Transactional()
  async saveView(input: { id?: string; name: string; filter: Record<string, unknown>; columns?: string[]; shared?: boolean }): Promise<CustomerView> {
    const ownerId = actorUserId(currentActor());
    if (!ownerId) throw new ForbiddenError('saved views belong to a signed-in user');
    let view: CustomerView;
    if (input.id) {
      const existing = await this.tx.manager.findOneBy(CustomerView, { id: input.id, ownerId });
      if (!existing) throw new NotFoundError('customer view', input.id);
      view = existing;
    } else {
      view = this.tx.manager.create(CustomerView, { ownerId });
    }
    Object.assign(view, { name: input.name.trim(), filter: input.filter, columns: input.columns ?? view.columns ?? [], shared: input.shared ?? view.shared ?? false });
    return this.tx.manager.save(view);
  }

  @Transactional()
  async deleteView(id: string): Promise<void> {
    const ownerId = actorUserId(currentActor());
    // An undefined ownerId would leave the condition out and delete anybody's view.
    if (!ownerId) throw new ForbiddenError('saved views belong to a signed-in user');
    const result = await this.tx.manager.delete(CustomerView, { id, ownerId });
    if (!result.affected) throw new NotFoundError('customer view', id);
  }

  /** Your views and the ones colleagues shared. */
  listViews(offset: number, limit: number): Promise<[CustomerView[], number]> {
    const ownerId = actorUserId(currentActor());
    return this.tx.manager
      .createQueryBuilder(CustomerView, 'v')
      .where('v.owner_id = :ownerId OR v.shared', { ownerId })
      .orderBy(inNameOrder('v.name'), 'ASC')
      .addOrderBy('v.id', 'ASC')
      .skip(offset)
      .take(limit)
      .getManyAndCount();
  }

  async moveToCustomer(fromCustomerId: string, toCustomerId: string): Promise<void> {
    await this.tx.manager.query(
      `INSERT INTO customer_tag (customer_id, tag_id) SELECT $2, tag_id FROM customer_tag WHERE customer_id = $1 ON CONFLICT DO NOTHING`,
      [fromCustomerId, toCustomerId],
    );
    await this.tx.manager.delete(CustomerTag, { customerId: fromCustomerId });
  }
}
