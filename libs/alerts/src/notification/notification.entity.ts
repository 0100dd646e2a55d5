import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { User } from '@tradewind/platform';

export const NOTIFICATION_KINDS = ['follow_up_due', 'pool_return_warning', 'customer_assigned', 'import_finished', 'mention', 'order_at_risk', 'order_late', 'key_date', 'customer_merged'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** An in-app notification; the SPA words it from `kind` and `params` in the reader's language. */
@Entity('notification')
@Index('notification_inbox_idx', ['userId', 'createdAt', 'id'])
@Index('notification_unread_idx', ['userId'], { where: 'read_at IS NULL' })
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Column({ type: 'text' })
  kind!: NotificationKind;

  /** English text, for e-mail and for clients that do not localise. */
  @Column({ type: 'text' })
  text!: string;

  /** Values the text is made of (customer name, due time …). */
  @Column({ type: 'jsonb', default: {} })
  params!: Record<string, string | number | null>;

  /** Where the notification leads in the SPA, e.g. /customers/<id>. */
  @Column({ type: 'text', nullable: true })
  link!: string | null;

  /** The event it came from; with `userId` it makes delivery idempotent. */
  @Column({ type: 'text', nullable: true })
  sourceKey!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
