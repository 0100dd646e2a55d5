import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A generated document (PDF). Regenerating after a change makes a new version; old ones stay downloadable. */
@Entity('order_document')
@Index(['ownerType', 'ownerId', 'kind', 'language', 'version'], { unique: true })
export class OrderDocument {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** What it was generated from. */
  @Column({ type: 'text' })
  ownerType!: 'order' | 'quotation' | 'shipment';

  @Column({ type: 'uuid' })
  ownerId!: string;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  language!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'text' })
  number!: string;

  @Column({ type: 'text' })
  fileName!: string;

  /** Hash of the document model: an unchanged order regenerates to the same version. */
  @Column({ type: 'text' })
  contentHash!: string;

  @Column({ type: 'bytea', select: false })
  content!: Buffer;

  @Column({ type: 'int' })
  sizeBytes!: number;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
