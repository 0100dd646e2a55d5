import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { PricedLine } from '../shared/priced-line.entity';
import { EditableRecord } from '@tradewind/platform';
import type { PaymentTerms } from '../payment-terms';

export const QUOTATION_STATUSES = ['draft', 'sent', 'accepted', 'rejected', 'expired'] as const;
export type QuotationStatus = (typeof QUOTATION_STATUSES)[number];

/**
 * One revision of a quotation. A revision is a new row with the same number and revision + 1, so
 * earlier versions stay as they were sent.
 */
@Entity('quotation')
@Index(['number', 'revision'], { unique: true })
@Index('quotation_expiry_idx', ['validUntil'], { where: "status IN ('draft', 'sent')" })
export class Quotation extends EditableRecord {
  @Column({ type: 'text' })
  number!: string;

  /** 1, 2, … per number (`version` is the row's optimistic lock). */
  @Column({ type: 'int', default: 1 })
  revision!: number;

  @Column({ type: 'boolean', default: true })
  isLatest!: boolean;

  @Index()
  @Column({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'uuid', nullable: true })
  contactId!: string | null;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'text' })
  incotermCode!: string;

  @Column({ type: 'text' })
  incotermPlace!: string;

  @Column({ type: 'text' })
  paymentTermsText!: string;

  @Column({ type: 'jsonb' })
  paymentTerms!: PaymentTerms;

  /** YYYY-MM-DD. */
  @Column({ type: 'date' })
  validUntil!: string;

  @Column({ type: 'text', default: 'draft' })
  status!: QuotationStatus;

  @Index()
  @Column({ type: 'uuid' })
  ownerId!: string;

  @Column({ type: 'uuid', nullable: true })
  teamId!: string | null;

  @Column({ type: 'numeric', precision: 20, scale: 4, default: 0 })
  total!: string;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  /** The order it became, once accepted and converted. */
  @Column({ type: 'uuid', nullable: true })
  orderId!: string | null;
}

@Entity('quotation_line')
export class QuotationLine extends PricedLine {
  @Index()
  @Column({ type: 'uuid' })
  quotationId!: string;

  @ManyToOne(() => Quotation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'quotation_id' })
  quotation?: Relation<Quotation>;
}
