import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A pair of customers the matching rules take for one, as last computed over every customer
 * (DuplicatesService.refresh). The list reads them page by page in `position` order, keeping the
 * pairs the reader may see and whose customers are still unmerged.
 */
@Entity('customer_duplicate_pair')
export class DuplicatePair {
  @PrimaryColumn({ type: 'int' })
  position!: number;

  @Column({ type: 'uuid' })
  aId!: string;

  @Column({ type: 'uuid' })
  bId!: string;

  @Column({ type: 'text' })
  matchedOn!: string;

  @Column({ type: 'text' })
  reason!: string;
}

/** When the stored pairs were computed: one row, absent until the first computation. */
@Entity('customer_duplicate_run')
export class DuplicateRun {
  @PrimaryColumn({ type: 'int', default: 1 })
  id!: number;

  /** When the computation started: a change after it may be missing from the pairs. */
  @Column({ type: 'timestamptz' })
  computedAt!: Date;

  @Column({ type: 'int' })
  pairCount!: number;
}
