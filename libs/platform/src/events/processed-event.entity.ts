import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Inbox of handled events: a redelivered event finds its row here and is skipped. */
@Entity('processed_event')
export class ProcessedEvent {
  @PrimaryColumn({ type: 'uuid' })
  eventId!: string;

  @PrimaryColumn({ type: 'text' })
  handler!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  processedAt!: Date;
}
