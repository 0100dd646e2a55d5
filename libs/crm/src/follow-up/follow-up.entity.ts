import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { Customer } from '../customer/customer.entity';
import { EditableRecord } from '@tradewind/platform';

export const FOLLOW_UP_TYPES = ['call', 'email', 'meeting', 'visit', 'message', 'other'] as const;
export type FollowUpType = (typeof FOLLOW_UP_TYPES)[number];

/** A task to contact a customer at a given time; logging an activity from it completes it. */
@Entity('follow_up')
@Index('follow_up_open_idx', ['assigneeId', 'dueAt'], { where: 'done_at IS NULL' })
@Index('follow_up_reminder_idx', ['dueAt'], { where: 'done_at IS NULL AND reminder_sent_at IS NULL' })
/** At most one open follow-up of the grade policy per customer, however many gradings run at once. */
@Index('follow_up_open_policy_uq', ['customerId'], { unique: true, where: "origin = 'policy' AND done_at IS NULL" })
export class FollowUp extends EditableRecord {
  @Index()
  @Column({ type: 'uuid' })
  customerId!: string;

  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: Relation<Customer>;

  @Column({ type: 'uuid', nullable: true })
  contactId!: string | null;

  @Column({ type: 'uuid' })
  assigneeId!: string;

  @Column({ type: 'timestamptz' })
  dueAt!: Date;

  @Column({ type: 'text', default: 'call' })
  type!: FollowUpType;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  doneAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  doneActivityId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reminderSentAt!: Date | null;

  /** 'manual', or 'policy' when the grade's follow-up policy created it. */
  @Column({ type: 'text', default: 'manual' })
  origin!: 'manual' | 'policy';

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;
}
