import { Column, PrimaryGeneratedColumn } from 'typeorm';

/** The columns every priced line shares (quotation lines and order lines). */
export abstract class PricedLine {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'uuid', nullable: true })
  productId!: string | null;

  @Column({ type: 'text', nullable: true })
  sku!: string | null;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'numeric', precision: 18, scale: 3 })
  quantity!: string;

  @Column({ type: 'text', default: 'pcs' })
  unit!: string;

  @Column({ type: 'numeric', precision: 20, scale: 4 })
  unitPrice!: string;

  /** quantity × unitPrice, rounded to the currency's minor unit. */
  @Column({ type: 'numeric', precision: 20, scale: 4 })
  amount!: string;
}
