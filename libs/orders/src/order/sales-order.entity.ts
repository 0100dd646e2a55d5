import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { EditableRecord } from '@tradewind/platform';
import type { PaymentTerms } from '../payment-terms';
import type { ActiveStage, OrderStage } from '../order-stages';
import type { TransportMode } from '../incoterms';
import { PricedLine } from '../shared/priced-line.entity';

/** A sales contract / proforma invoice and where it stands. */
@Entity('sales_order')
@Index('sales_order_board_idx', ['stage', 'deliveryDate'], { where: "stage NOT IN ('closed', 'cancelled')" })
@Index(['ownerId', 'stage'])
export class SalesOrder extends EditableRecord {
  /** Unique, and unique ignoring case too (a migration's index on lower(number)). */
  @Index({ unique: true })
  @Column({ type: 'text' })
  number!: string;

  @Index()
  @Column({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'uuid', nullable: true })
  contactId!: string | null;

  /** Copied from the customer when the order is made, so the board filters without joining the CRM. */
  @Index('sales_order_country_stage_recent_idx', { synchronize: false })
  @Column({ type: 'char', length: 2, nullable: true })
  customerCountry!: string | null;

  @Column({ type: 'text' })
  customerName!: string;

  @Column({ type: 'uuid', nullable: true })
  quotationId!: string | null;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'text' })
  incotermCode!: string;

  @Column({ type: 'text' })
  incotermPlace!: string;

  @Column({ type: 'text', default: 'sea' })
  transportMode!: TransportMode;

  @Column({ type: 'text' })
  paymentTermsText!: string;

  @Column({ type: 'jsonb' })
  paymentTerms!: PaymentTerms;

  /** YYYY-MM-DD. */
  @Column({ type: 'date' })
  orderDate!: string;

  @Column({ type: 'date', nullable: true })
  deliveryDate!: string | null;

  /** Moves with production delays; the order is at risk when it passes the delivery date. */
  @Column({ type: 'date', nullable: true })
  expectedShipDate!: string | null;

  /** The delivery date the owner was last told had passed before shipping (LateDeliveryNotices). */
  @Column({ type: 'date', nullable: true })
  lateNoticeFor!: string | null;

  @Index()
  @Index('sales_order_owner_stage_recent_idx', { synchronize: false })
  @Column({ type: 'uuid' })
  ownerId!: string;

  /** The owner's team, for managers' data scope. */
  @Column({ type: 'uuid', nullable: true })
  teamId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  merchandiserId!: string | null;

  /**
   * Lists are newest first, by (created_at to the millisecond in UTC, id): indexed on that expression
   * (created in the migration; the entity cannot describe it) for all orders and, per stage, for the
   * active ones the board shows.
   */
  @Index('sales_order_recent_idx', { synchronize: false })
  @Index('sales_order_stage_recent_idx', { synchronize: false })
  @Column({ type: 'text', default: 'draft' })
  stage!: OrderStage;

  /** While on hold: the stage to go back to. */
  @Column({ type: 'text', nullable: true })
  resumeStage!: ActiveStage | null;

  @Column({ type: 'boolean', default: false })
  atRisk!: boolean;

  @Column({ type: 'text', nullable: true })
  riskReason!: string | null;

  /** Costs the seller bears under the Incoterm, in the order currency. */
  @Column({ type: 'numeric', precision: 20, scale: 4, nullable: true })
  freightCost!: string | null;

  @Column({ type: 'numeric', precision: 20, scale: 4, nullable: true })
  insuranceCost!: string | null;

  @Column({ type: 'numeric', precision: 20, scale: 4, nullable: true })
  importDutyCost!: string | null;

  @Column({ type: 'numeric', precision: 20, scale: 4, default: 0 })
  total!: string;

  @Column({ type: 'text', nullable: true })
  bookingNumber!: string | null;

  @Column({ type: 'text', nullable: true })
  blNumber!: string | null;

  @Column({ type: 'date', nullable: true })
  blDate!: string | null;

  /** Whether its shipments carry freight, or insurance, costs: the Incoterm checks count them as the order's. */
  @Column({ type: 'boolean', default: false })
  shipmentFreightBooked!: boolean;

  @Column({ type: 'boolean', default: false })
  shipmentInsuranceBooked!: boolean;

  @Column({ type: 'date', nullable: true })
  invoiceDate!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  customsClearedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  documentsSentAt!: Date | null;

  @Column({ type: 'text', default: 'manual' })
  origin!: 'manual' | 'quotation' | 'import';

  /** orders:import: a hash of the imported content, to tell unchanged from updated on re-import. */
  @Column({ type: 'text', nullable: true })
  importFingerprint!: string | null;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;
}

@Entity('order_line')
@Index(['productId'])
export class OrderLine extends PricedLine {
  @Index()
  @Column({ type: 'uuid' })
  orderId!: string;

  @ManyToOne(() => SalesOrder, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id' })
  order?: Relation<SalesOrder>;
}

/** A row that belongs to one order and goes when the order does (installments, stage changes, comments, milestones). */
export abstract class OrderPart {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  orderId!: string;

  @ManyToOne(() => SalesOrder, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id' })
  order?: Relation<SalesOrder>;
}

/** A receivable share of the order total, matched against receipts by finance. */
@Entity('order_installment')
@Index('order_installment_due_idx', ['dueDate'], { where: 'paid_amount < amount' })
@Index(['orderId'])
export class OrderInstallment extends OrderPart {
  @Column({ type: 'int' })
  sequence!: number;

  @Column({ type: 'text' })
  trigger!: string;

  @Column({ type: 'text' })
  method!: string;

  @Column({ type: 'numeric', precision: 7, scale: 4 })
  percentage!: string;

  @Column({ type: 'int', nullable: true })
  days!: number | null;

  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'numeric', precision: 20, scale: 4 })
  amount!: string;

  @Column({ type: 'numeric', precision: 20, scale: 4, default: 0 })
  paidAmount!: string;

  @Column({ type: 'date', nullable: true })
  dueDate!: string | null;
}

/** The audited history of stage moves. */
@Entity('order_stage_change')
@Index(['orderId', 'at'])
export class OrderStageChange extends OrderPart {
  @Column({ type: 'text', nullable: true })
  fromStage!: string | null;

  @Column({ type: 'text' })
  toStage!: string;

  @Column({ type: 'uuid', nullable: true })
  byUserId!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;
}

/** A comment on an order; @mentions notify the people named. */
@Entity('order_comment')
@Index(['orderId', 'createdAt'])
export class OrderComment extends OrderPart {
  @Column({ type: 'uuid' })
  authorId!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  mentionedUserIds!: string[];

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
