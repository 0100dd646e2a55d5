import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Relation } from 'typeorm';
import type { MatchRule } from '../matching';

export const IMPORT_STATUSES = ['uploaded', 'running', 'done', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** One upload of a customer spreadsheet: a dry run or a real import, run by the worker. */
@Entity('customer_import')
export class CustomerImport {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  fileName!: string;

  /** The uploaded file, kept until the import is confirmed and done. */
  @Column({ type: 'bytea', nullable: true, select: false })
  file!: Buffer | null;

  /** Column index → field, as detected and possibly edited by the user. */
  @Column({ type: 'jsonb', nullable: true })
  mapping!: (string | null)[] | null;

  @Column({ type: 'boolean' })
  dryRun!: boolean;

  @Column({ type: 'text', default: 'uploaded' })
  status!: ImportStatus;

  @Column({ type: 'int', default: 0 })
  totalRows!: number;

  @Column({ type: 'int', default: 0 })
  processedRows!: number;

  @Column({ type: 'int', default: 0 })
  created!: number;

  @Column({ type: 'int', default: 0 })
  merged!: number;

  @Column({ type: 'int', default: 0 })
  errors!: number;

  /** Why the whole file could not be used. */
  @Column({ type: 'text', nullable: true })
  failure!: string | null;

  @Index()
  @Column({ type: 'uuid' })
  createdById!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}

/** The outcome of one row of an import (the report the user reviews and downloads). */
@Entity('customer_import_row')
export class CustomerImportRow {
  @PrimaryColumn({ type: 'uuid' })
  importId!: string;

  @ManyToOne(() => CustomerImport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'import_id' })
  import?: Relation<CustomerImport>;

  @PrimaryColumn({ type: 'int' })
  row!: number;

  @Column({ type: 'text' })
  status!: 'created' | 'merged' | 'error';

  @Column({ type: 'uuid', nullable: true })
  customerId!: string | null;

  /** For dry runs: the row (of this file) whose new customer this row joins. */
  @Column({ type: 'int', nullable: true })
  mergedIntoRow!: number | null;

  @Column({ type: 'text', nullable: true })
  customerName!: string | null;

  @Column({ type: 'text', nullable: true })
  matchedOn!: MatchRule | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  warnings!: string[];
}
