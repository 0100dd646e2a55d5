import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { EditableRecord } from '@tradewind/platform';

export const SHIPMENT_MODES = ['sea', 'air', 'rail', 'road'] as const;
export type ShipmentMode = (typeof SHIPMENT_MODES)[number];

export const SHIPMENT_STATUSES = ['planned', 'booked', 'shipped', 'arrived'] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

export interface Container {
  number: string;
  /** 20GP, 40GP, 40HQ, 45HQ, 20RF … */
  type: string;
  sealNumber?: string;
}

/** A consignment: one or more orders of one customer leaving together (or part of one order). */
@Entity('shipment')
@Index(['ownerId', 'status'])
export class Shipment extends EditableRecord {
  @Index({ unique: true })
  @Column({ type: 'text' })
  reference!: string;

  @Index()
  @Column({ type: 'uuid' })
  customerId!: string;

  /** Owner and team of the orders, for the same data scope as orders. */
  @Column({ type: 'uuid' })
  ownerId!: string;

  @Column({ type: 'uuid', nullable: true })
  teamId!: string | null;

  @Column({ type: 'text' })
  mode!: ShipmentMode;

  @Column({ type: 'text', default: 'planned' })
  status!: ShipmentStatus;

  @Column({ type: 'text', nullable: true })
  carrier!: string | null;

  @Column({ type: 'text', nullable: true })
  forwarder!: string | null;

  @Index()
  @Column({ type: 'text', nullable: true })
  bookingNumber!: string | null;

  @Column({ type: 'jsonb', default: [] })
  containers!: Container[];

  @Column({ type: 'text', nullable: true })
  vessel!: string | null;

  @Column({ type: 'text', nullable: true })
  voyage!: string | null;

  @Column({ type: 'text', nullable: true })
  portOfLoading!: string | null;

  @Column({ type: 'text', nullable: true })
  portOfDischarge!: string | null;

  @Column({ type: 'date', nullable: true })
  etd!: string | null;

  @Column({ type: 'date', nullable: true })
  eta!: string | null;

  @Column({ type: 'date', nullable: true })
  atd!: string | null;

  @Column({ type: 'date', nullable: true })
  ata!: string | null;

  /** B/L number by sea, AWB number by air, CMR / rail waybill otherwise. */
  @Column({ type: 'text', nullable: true })
  transportDocumentNumber!: string | null;

  @Column({ type: 'date', nullable: true })
  transportDocumentDate!: string | null;

  @Column({ type: 'numeric', precision: 20, scale: 4, nullable: true })
  freightCost!: string | null;

  @Column({ type: 'numeric', precision: 20, scale: 4, nullable: true })
  insuranceCost!: string | null;

  @Column({ type: 'char', length: 3, nullable: true })
  costCurrency!: string | null;

  /** Customs trade mode code for the declaration (0110 general trade by default). */
  @Column({ type: 'text', default: '0110' })
  tradeMode!: string;

  @Column({ type: 'timestamptz', nullable: true })
  customsClearedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;
}

/** How much of an order line a shipment carries, with packing values typed over the computed ones. */
@Entity('shipment_item')
@Index(['orderLineId'])
export class ShipmentItem {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  shipmentId!: string;

  @ManyToOne(() => Shipment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'shipment_id' })
  shipment?: Relation<Shipment>;

  @Index()
  @Column({ type: 'uuid' })
  orderId!: string;

  @Column({ type: 'uuid' })
  orderLineId!: string;

  @Column({ type: 'numeric', precision: 18, scale: 3 })
  quantity!: string;

  @Column({ type: 'int', nullable: true })
  overrideCartons!: number | null;

  @Column({ type: 'numeric', precision: 12, scale: 3, nullable: true })
  overrideNetWeightKg!: string | null;

  @Column({ type: 'numeric', precision: 12, scale: 3, nullable: true })
  overrideGrossWeightKg!: string | null;

  @Column({ type: 'numeric', precision: 12, scale: 3, nullable: true })
  overrideCbm!: string | null;
}
