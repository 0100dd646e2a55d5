import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { EditableRecord } from '@tradewind/platform';
import { OrderPart, SalesOrder } from '../order/sales-order.entity';

export const MILESTONE_KINDS = ['materials_ready', 'production_start', 'qc_inspection', 'packing', 'ready_to_ship'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

/** A purchase order to a factory for (part of) a sales order. */
@Entity('purchase_order')
export class PurchaseOrder extends EditableRecord {
  @Index({ unique: true })
  @Column({ type: 'text' })
  number!: string;

  @Index()
  @Column({ type: 'uuid' })
  orderId!: string;

  @ManyToOne(() => SalesOrder, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id' })
  order?: Relation<SalesOrder>;

  @Column({ type: 'uuid' })
  supplierId!: string;

  @Column({ type: 'char', length: 3 })
  currency!: string;

  @Column({ type: 'date' })
  dueDate!: string;

  @Column({ type: 'numeric', precision: 20, scale: 4, default: 0 })
  total!: string;

  @Column({ type: 'text', default: 'open' })
  status!: 'open' | 'delivered' | 'cancelled';
}

@Entity('purchase_order_line')
export class PurchaseOrderLine {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  purchaseOrderId!: string;

  @ManyToOne(() => PurchaseOrder, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'purchase_order_id' })
  purchaseOrder?: Relation<PurchaseOrder>;

  @Column({ type: 'uuid' })
  orderLineId!: string;

  @Column({ type: 'uuid', nullable: true })
  productId!: string | null;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'numeric', precision: 18, scale: 3 })
  quantity!: string;

  @Column({ type: 'numeric', precision: 20, scale: 4 })
  unitCost!: string;

  @Column({ type: 'numeric', precision: 20, scale: 4 })
  amount!: string;
}

/** A step of production with its planned and actual dates; delays move the planned dates that follow. */
@Entity('production_milestone')
@Index(['orderId', 'kind'], { unique: true })
export class ProductionMilestone extends OrderPart {
  @Column({ type: 'text' })
  kind!: MilestoneKind;

  @Column({ type: 'date' })
  plannedDate!: string;

  /** The plan before any delay, to show how far it slipped. */
  @Column({ type: 'date' })
  originalDate!: string;

  @Column({ type: 'date', nullable: true })
  actualDate!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
