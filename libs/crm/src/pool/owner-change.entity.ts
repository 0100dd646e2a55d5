import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Customer } from '../customer/customer.entity';

export const OWNER_CHANGE_REASONS = ['created', 'import', 'claim', 'assign', 'rule', 'handover', 'pool_return', 'release', 'merge'] as const;
export type OwnerChangeReason = (typeof OWNER_CHANGE_REASONS)[number];

/** Every change of a customer's owner, so the history stays visible after handovers. */
@Entity('customer_owner_change')
@Index(['customerId', 'at'])
export class OwnerChange {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  customerId!: string;

  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: Relation<Customer>;

  @Column({ type: 'uuid', nullable: true })
  fromUserId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  toUserId!: string | null;

  @Column({ type: 'text' })
  reason!: OwnerChangeReason;

  @Column({ type: 'uuid', nullable: true })
  byUserId!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;
}

/** A customer shared with a colleague who is not the owner (they see it like their own). */
@Entity('customer_share')
export class CustomerShare {
  @PrimaryColumn({ type: 'uuid' })
  customerId!: string;

  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: Relation<Customer>;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  sharedAt!: Date;
}
