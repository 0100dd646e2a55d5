import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AuditChanges = Record<string, { from: unknown; to: unknown }>;

/** Who changed what and when, for every business record. Append-only. */
@Entity('audit_log')
@Index(['entityType', 'entityId', 'at'])
export class AuditLog {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The moment of recording, not the transaction's start: a history written in one transaction keeps its order. */
  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  at!: Date;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  /** Human-readable actor: an e-mail, "api-token:<name>" or "system:<job>". */
  @Column({ type: 'text' })
  actorLabel!: string;

  @Column({ type: 'text' })
  entityType!: string;

  @Column({ type: 'uuid' })
  entityId!: string;

  /** Past-tense verb: created, updated, merged, handed_over, … */
  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'jsonb', default: {} })
  changes!: AuditChanges;
}
