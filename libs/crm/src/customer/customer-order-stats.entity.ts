import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Order figures of a customer, kept by the CRM from the orders module's events (the CRM never reads
 * order tables). Revenue is in the company's reporting currency.
 */
@Entity('customer_order_stats')
export class CustomerOrderStats {
  @PrimaryColumn({ type: 'uuid' })
  customerId!: string;

  @Column({ type: 'int', default: 0 })
  orderCount!: number;

  @Column({ type: 'int', default: 0 })
  openQuotationCount!: number;

  @Column({ type: 'date', nullable: true })
  firstOrderDate!: string | null;

  @Column({ type: 'date', nullable: true })
  lastOrderDate!: string | null;

  @Column({ type: 'numeric', precision: 18, scale: 2, default: 0 })
  revenueAmount!: string;

  @Column({ type: 'numeric', precision: 18, scale: 2, default: 0 })
  revenue12mAmount!: string;

  @Column({ type: 'int', default: 0 })
  orders12m!: number;

  @Column({ type: 'char', length: 3, default: 'USD' })
  revenueCurrency!: string;

  @Column({ type: 'numeric', precision: 18, scale: 2, default: 0 })
  receivableOpenAmount!: string;

  @Column({ type: 'numeric', precision: 18, scale: 2, default: 0 })
  receivableOverdueAmount!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
