import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A domain event written in the same transaction as the change it reports; the relay publishes it. */
@Entity('outbox_event')
@Index('outbox_event_unpublished_idx', ['seq'], { where: 'published_at IS NULL' })
export class OutboxEvent {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** Commit-order position, so consumers see events of one record in order. */
  @Column({ type: 'bigint', generated: 'increment' })
  seq!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  /** The moment of publishing, not the transaction's start: events of one transaction keep their order. */
  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  occurredAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}
