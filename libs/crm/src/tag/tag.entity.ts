import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { BaseRecord } from '@tradewind/platform';
import { Customer } from '../customer/customer.entity';

export const TAG_GROUP_KINDS = ['region', 'industry', 'value', 'custom'] as const;
export type TagGroupKind = (typeof TAG_GROUP_KINDS)[number];

@Entity('tag_group')
export class TagGroup extends BaseRecord {
  @Index({ unique: true })
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', default: 'custom' })
  kind!: TagGroupKind;
}

@Entity('tag')
@Index(['groupId', 'name'], { unique: true })
export class Tag extends BaseRecord {
  @Column({ type: 'uuid' })
  groupId!: string;

  @ManyToOne(() => TagGroup, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group?: Relation<TagGroup>;

  @Column({ type: 'text' })
  name!: string;

  /** CSS colour, e.g. "#1677ff". */
  @Column({ type: 'text', default: '#1677ff' })
  color!: string;
}

@Entity('customer_tag')
@Index(['tagId', 'customerId'])
export class CustomerTag {
  @PrimaryColumn({ type: 'uuid' })
  customerId!: string;

  @PrimaryColumn({ type: 'uuid' })
  tagId!: string;

  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: Relation<Customer>;

  @ManyToOne(() => Tag, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tag_id' })
  tag?: Relation<Tag>;
}

/** A named customer list filter (tags, search, columns) a user saved, optionally shared. */
@Entity('customer_view')
export class CustomerView extends BaseRecord {
  @Index()
  @Column({ type: 'uuid' })
  ownerId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'jsonb' })
  filter!: Record<string, unknown>;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  columns!: string[];

  @Column({ type: 'boolean', default: false })
  shared!: boolean;
}
