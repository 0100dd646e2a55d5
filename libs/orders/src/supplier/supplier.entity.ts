import { Column, Entity, Index } from 'typeorm';
import { EditableRecord } from '@tradewind/platform';

/** A factory or trading company the exporter buys from. */
@Entity('supplier')
export class Supplier extends EditableRecord {
  @Index({ unique: true })
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  contactName!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  address!: string | null;
}
