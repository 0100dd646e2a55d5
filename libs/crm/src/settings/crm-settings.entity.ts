import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CustomerGrade } from '../customer/customer.entity';

export interface GradingThresholds {
  /** Revenue in the reporting currency over the last 12 months that makes a customer VIP / key. */
  vipRevenue12m: string;
  keyRevenue12m: string;
  /** Orders in the last 12 months that make a customer VIP / key (whichever comes first). */
  vipOrders12m: number;
  keyOrders12m: number;
  /** A customer without orders is "potential" while it had activity this recently. */
  potentialActivityDays: number;
  /** Without a usual interval yet, dormant after this many months without an order. */
  dormantMonths: number;
  /** Lost after this many months without an order or any activity. */
  lostMonths: number;
}

export interface AssignmentRule {
  /** Matches when every given condition holds. */
  country?: string;
  industry?: string;
  /** Where matching pool customers go: a team (its manager assigns on) or straight to a user. */
  teamId?: string;
  userId?: string;
}

export interface CrmSettingsValue {
  reportingCurrency: string;
  grading: GradingThresholds;
  /** Days between contacts each grade's follow-up policy asks for; null: no automatic follow-ups. */
  followUpDays: Record<CustomerGrade, number | null>;
  pool: {
    /** Owned customers with no logged activity for this many days return to the pool. */
    idleDays: number;
    /** The owner is warned this many days before. */
    warningDays: number;
    /** How many customers a salesperson may hold at most when claiming from the pool. */
    claimCap: number;
  };
  assignmentRules: AssignmentRule[];
}

export const DEFAULT_CRM_SETTINGS: CrmSettingsValue = {
  reportingCurrency: 'USD',
  grading: {
    vipRevenue12m: '150000',
    keyRevenue12m: '50000',
    vipOrders12m: 6,
    keyOrders12m: 3,
    potentialActivityDays: 90,
    dormantMonths: 12,
    lostMonths: 24,
  },
  followUpDays: { vip: 30, key: 45, regular: 60, potential: 21, dormant: 90, lost: null },
  pool: { idleDays: 30, warningDays: 3, claimCap: 200 },
  assignmentRules: [],
};

/** The CRM's company-wide settings: one row. */
@Entity('crm_settings')
export class CrmSettings {
  @PrimaryColumn({ type: 'int', default: 1 })
  id!: number;

  @Column({ type: 'jsonb' })
  value!: CrmSettingsValue;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
