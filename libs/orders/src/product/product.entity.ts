import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { EditableRecord } from '@tradewind/platform';
import { Supplier } from '../supplier/supplier.entity';

/** Names or descriptions by language tag, e.g. { en: 'Claw hammer', zh: '羊角锤' }. */
export type LocalizedText = Record<string, string>;

/** A catalogue item: what is sold, how it is packed, what it costs and what rebate it earns. */
@Entity('product')
export class Product extends EditableRecord {
  @Index({ unique: true })
  @Column({ type: 'text' })
  sku!: string;

  @Column({ type: 'jsonb' })
  names!: LocalizedText;

  @Column({ type: 'jsonb', default: {} })
  descriptions!: LocalizedText;

  /** 6 to 10 digits, without dots. */
  @Index()
  @Column({ type: 'text', nullable: true })
  hsCode!: string | null;

  /** Name for the customs declaration (申报品名), if it differs from the English name. */
  @Column({ type: 'text', nullable: true })
  customsName!: string | null;

  /** Unit of measure: pcs, set, pair, kg, m … */
  @Column({ type: 'text', default: 'pcs' })
  unit!: string;

  @Column({ type: 'int', nullable: true })
  unitsPerCarton!: number | null;

  @Column({ type: 'numeric', precision: 10, scale: 2, nullable: true })
  cartonLengthCm!: string | null;

  @Column({ type: 'numeric', precision: 10, scale: 2, nullable: true })
  cartonWidthCm!: string | null;

  @Column({ type: 'numeric', precision: 10, scale: 2, nullable: true })
  cartonHeightCm!: string | null;

  /** Per full carton. */
  @Column({ type: 'numeric', precision: 12, scale: 3, nullable: true })
  netWeightKg!: string | null;

  @Column({ type: 'numeric', precision: 12, scale: 3, nullable: true })
  grossWeightKg!: string | null;

  /** Export VAT rebate rate in percent (e.g. 13). */
  @Column({ type: 'numeric', precision: 5, scale: 2, default: 0 })
  vatRebateRate!: string;

  @Column({ type: 'numeric', precision: 20, scale: 4, nullable: true })
  defaultCost!: string | null;

  @Column({ type: 'char', length: 3, nullable: true })
  costCurrency!: string | null;

  @Column({ type: 'uuid', nullable: true })
  defaultSupplierId!: string | null;

  @ManyToOne(() => Supplier, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'default_supplier_id' })
  defaultSupplier?: Relation<Supplier>;

  @Column({ type: 'boolean', default: true })
  active!: boolean;
}

/** A list price of a product in one currency. */
@Entity('product_price')
export class ProductPrice {
  @PrimaryColumn({ type: 'uuid' })
  productId!: string;

  @PrimaryColumn({ type: 'char', length: 3 })
  currency!: string;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id' })
  product?: Relation<Product>;

  @Column({ type: 'numeric', precision: 20, scale: 4 })
  amount!: string;
}
