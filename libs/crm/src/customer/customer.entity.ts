import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { EditableRecord, Team, User } from '@tradewind/platform';
import type { GradeBasis } from '../grading/grade.rules';

export const CUSTOMER_STAGES = ['lead', 'prospect', 'customer', 'dormant', 'lost'] as const;
export type CustomerStage = (typeof CUSTOMER_STAGES)[number];

export const CUSTOMER_GRADES = ['vip', 'key', 'regular', 'potential', 'dormant', 'lost'] as const;
export type CustomerGrade = (typeof CUSTOMER_GRADES)[number];

export const PRICE_SENSITIVITIES = ['price', 'balanced', 'quality'] as const;
export type PriceSensitivity = (typeof PRICE_SENSITIVITIES)[number];

/** A customer company: the company's record, not a salesperson's. */
@Entity('customer')
@Index('customer_scope_idx', ['ownerId', 'teamId'])
@Index('customer_pool_idx', ['lastActivityAt'], { where: 'owner_id IS NOT NULL AND merged_into_id IS NULL' })
/**
 * The list's default order (by name, in reading order): its first page without a sort, and its count
 * from the index alone. Built in the migration on (name COLLATE "und-x-icu", id), which TypeORM
 * cannot describe.
 */
@Index('customer_list_name_idx', { synchronize: false })
export class Customer extends EditableRecord {
  /** Trigram index (created in the migration) serves the list's substring search. */
  @Index('customer_name_trgm_idx', { synchronize: false })
  @Column({ type: 'text' })
  name!: string;

  /** Legal-form-free, case- and punctuation-folded name: matching and exact-name lookups. */
  @Index()
  @Column({ type: 'text' })
  normalizedName!: string;

  /** Names of customers merged into this one and earlier spellings, normalised like normalizedName. */
  @Index('customer_aliases_idx', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases!: string[];

  /** The name in the customer's own script (e.g. 株式会社…, ООО …). Trigram index: the list's search. */
  @Index('customer_local_name_trgm_idx', { synchronize: false })
  @Column({ type: 'text', nullable: true })
  localName!: string | null;

  /** ISO 3166-1 alpha-2. */
  @Index()
  @Column({ type: 'char', length: 2, nullable: true })
  country!: string | null;

  @Column({ type: 'text', nullable: true })
  city!: string | null;

  @Column({ type: 'text', nullable: true })
  address!: string | null;

  /** As typed, for display. */
  @Column({ type: 'text', nullable: true })
  website!: string | null;

  /** Host without scheme, www., port and path, lower case. Trigram index: the list's search. */
  @Index()
  @Index('customer_website_domain_trgm_idx', { synchronize: false })
  @Column({ type: 'text', nullable: true })
  websiteDomain!: string | null;

  @Column({ type: 'text', nullable: true })
  industry!: string | null;

  /** Where the lead came from: exhibition, Alibaba, referral, import file … */
  @Column({ type: 'text', nullable: true })
  source!: string | null;

  /** Null: the customer is in the shared pool (公海). */
  @Column({ type: 'uuid', nullable: true })
  ownerId!: string | null;

  @ManyToOne(() => User)
  @JoinColumn({ name: 'owner_id' })
  owner?: Relation<User>;

  @Column({ type: 'uuid', nullable: true })
  teamId!: string | null;

  @ManyToOne(() => Team, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'team_id' })
  team?: Relation<Team>;

  @Column({ type: 'text', default: 'lead' })
  stage!: CustomerStage;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  productsOfInterest!: string[];

  @Column({ type: 'text', nullable: true })
  priceSensitivity!: PriceSensitivity | null;

  @Column({ type: 'text', nullable: true })
  usualIncoterm!: string | null;

  /** ISO 4217. */
  @Column({ type: 'char', length: 3, nullable: true })
  usualCurrency!: string | null;

  @Column({ type: 'text', nullable: true })
  usualPaymentTerms!: string | null;

  /** YYYY-MM-DD. */
  @Column({ type: 'date', nullable: true })
  companyAnniversary!: string | null;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ type: 'text', nullable: true })
  grade!: CustomerGrade | null;

  /** Why the grade, in English figures ("3 orders, USD 182k in 12 months"): describeGradeBasis(gradeBasis). */
  @Column({ type: 'text', nullable: true })
  gradeReason!: string | null;

  /** Why the grade, as a code and its figures, for each reader to say in its own language. */
  @Column({ type: 'jsonb', nullable: true })
  gradeBasis!: GradeBasis | null;

  @Column({ type: 'timestamptz', nullable: true })
  gradedAt!: Date | null;

  /** Newest logged activity; drives the return of idle customers to the pool. */
  @Column({ type: 'timestamptz', nullable: true })
  lastActivityAt!: Date | null;

  /** When the owner last got (or claimed) the customer. */
  @Column({ type: 'timestamptz', nullable: true })
  ownedSince!: Date | null;

  /** Set when the owner was warned that the customer will return to the pool. */
  @Column({ type: 'timestamptz', nullable: true })
  poolWarningSentAt!: Date | null;

  /** Set on a customer merged into another: its id keeps resolving to the survivor. */
  @Index({ where: 'merged_into_id IS NOT NULL' })
  @Column({ type: 'uuid', nullable: true })
  mergedIntoId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  /**
   * The ids of the customer's tags, mirrored from customer_tag by database triggers (the application
   * writes it only where it inserts a customer and its tags together, the import, to spare the
   * triggers' update): its GIN index serves the list's tag filter. Not read into the entity.
   */
  @Index('customer_tag_ids_idx', { synchronize: false })
  @Column({ type: 'uuid', array: true, default: () => "'{}'", select: false, insert: false, update: false })
  tagIds!: string[];
}
