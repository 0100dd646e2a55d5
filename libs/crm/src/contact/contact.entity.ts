import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { EditableRecord } from '@tradewind/platform';
import { Customer } from '../customer/customer.entity';

export interface PhoneNumber {
  /** E.164 when it could be read, else null. */
  e164: string | null;
  raw: string;
}

export interface MessagingHandles {
  whatsapp?: string;
  wechat?: string;
  skype?: string;
  telegram?: string;
  line?: string;
}

/** GIN on email_domains(emails) (a SQL function, in the migration): finding customers by e-mail domain. */
@Index('contact_email_domains_idx', { synchronize: false })
@Entity('contact')
export class Contact extends EditableRecord {
  @Index()
  @Column({ type: 'uuid' })
  customerId!: string;

  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id' })
  customer?: Relation<Customer>;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  /** Trimmed and lower-cased. */
  @Index('contact_emails_idx', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  emails!: string[];

  @Column({ type: 'jsonb', default: [] })
  phones!: PhoneNumber[];

  /** E.164 numbers of `phones`, for lookups. */
  @Index('contact_phone_e164_idx', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  phoneE164!: string[];

  @Column({ type: 'jsonb', default: {} })
  messaging!: MessagingHandles;

  /** YYYY-MM-DD. */
  @Column({ type: 'date', nullable: true })
  birthday!: string | null;

  /** BCP 47, e.g. "en", "de", "zh-CN". */
  @Column({ type: 'text', nullable: true })
  preferredLanguage!: string | null;

  @Column({ type: 'boolean', default: false })
  isPrimary!: boolean;
}
