import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Customer } from '../customer/customer.entity';

export const ACTIVITY_TYPES = ['email', 'call', 'meeting', 'note', 'whatsapp', 'wechat', 'status_change', 'follow_up', 'owner_change', 'order'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** One entry of a customer's timeline: a logged contact, a note, or a change the system recorded. */
@Entity('activity')
export class Activity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  customerId!: string;

  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: Relation<Customer>;

  @Column({ type: 'uuid', nullable: true })
  contactId!: string | null;

  @Column({ type: 'text' })
  type!: ActivityType;

  @Column({ type: 'text', nullable: true })
  subject!: string | null;

  @Column({ type: 'text', nullable: true })
  body!: string | null;

  /**
   * The timeline's order, on an expression the entity cannot describe (created in the migration):
   * (customer_id, occurred_at to the millisecond in UTC, id), the keyset the timeline pages by.
   */
  @Index('activity_timeline_idx', { synchronize: false })
  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  /** Who logged it; null for entries the system wrote. */
  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  /** Structured facts of system entries (old/new stage, owners, order number …). */
  @Column({ type: 'jsonb', nullable: true })
  data!: Record<string, unknown> | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
