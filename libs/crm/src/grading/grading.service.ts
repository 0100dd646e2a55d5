import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@tradewind/platform';
import { FollowUpService } from '../follow-up/follow-up.service';
import { CrmSettingsService } from '../settings/crm-settings.service';
import { GradeBasis, gradeCustomer, GradingFacts, sameGradeBasis } from './grade.rules';

const BATCH = 5000;
const DAY_MS = 86_400_000;

interface FactsRow {
  id: string;
  owner_id: string | null;
  stage: string;
  grade: string | null;
  grade_basis: GradeBasis | null;
  created_at: Date;
  last_activity_at: Date | null;
  order_count: number | null;
  orders12m: number | null;
  revenue12m_amount: string | null;
  first_order_date: string | null;
  last_order_date: string | null;
}

export interface GradingRun {
  graded: number;
  changed: number;
  followUpsCreated: number;
}

/**
 * Recomputes grades in batches (one read and one set-based update per 5,000 customers, each batch its
 * own transaction), then creates the follow-ups each grade's policy asks for.
 */
@Injectable()
export class GradingService {
  constructor(
    readonly tx: TransactionHost,
    private readonly settings: CrmSettingsService,
    private readonly followUps: FollowUpService,
  ) {}

  async recompute(customerIds?: string[], now = new Date()): Promise<GradingRun> {
    const settings = await this.settings.get();
    const run: GradingRun = { graded: 0, changed: 0, followUpsCreated: 0 };
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const done = await this.tx.run(async () => {
        const rows: FactsRow[] = await this.tx.manager.query(
          `SELECT c.id, c.owner_id, c.stage, c.grade, c.grade_basis, c.created_at, c.last_activity_at,
                  s.order_count, s.orders12m, s.revenue12m_amount, s.first_order_date::text, s.last_order_date::text
           FROM customer c LEFT JOIN customer_order_stats s ON s.customer_id = c.id
           WHERE c.merged_into_id IS NULL AND c.id > $1 ${customerIds ? 'AND c.id = ANY($3::uuid[])' : ''}
           ORDER BY c.id LIMIT $2`,
          customerIds ? [after, BATCH, customerIds] : [after, BATCH],
        );
        if (rows.length === 0) return true;
        after = rows[rows.length - 1].id;
        const ids: string[] = [];
        const grades: string[] = [];
        const reasons: string[] = [];
        const bases: string[] = [];
        const policy: { customerId: string; assigneeId: string; dueAt: Date }[] = [];
        for (const row of rows) {
          const result = gradeCustomer(toFacts(row), settings.grading, settings.reportingCurrency, now);
          run.graded++;
          if (result.grade !== row.grade || !sameGradeBasis(result.basis, row.grade_basis)) {
            ids.push(row.id);
            grades.push(result.grade);
            reasons.push(result.reason);
            bases.push(JSON.stringify(result.basis));
          }
          const interval = settings.followUpDays[result.grade];
          const lastTouch = row.last_activity_at ?? row.created_at;
          if (row.owner_id && interval !== null && now.getTime() - lastTouch.getTime() >= interval * DAY_MS) {
            policy.push({ customerId: row.id, assigneeId: row.owner_id, dueAt: now });
          }
        }
        if (ids.length) {
          await this.tx.manager.query(
            `UPDATE customer c SET grade = g.grade, grade_reason = g.reason, grade_basis = g.basis, graded_at = $5
             FROM unnest($1::uuid[], $2::text[], $3::text[], $4::jsonb[]) AS g(id, grade, reason, basis) WHERE c.id = g.id`,
            [ids, grades, reasons, bases, now],
          );
          run.changed += ids.length;
        }
        run.followUpsCreated += await this.followUps.createPolicyFollowUps(policy);
        return rows.length < BATCH;
      });
      if (done) return run;
    }
  }
}

function toFacts(row: FactsRow): GradingFacts {
  return {
    stage: row.stage,
    createdAt: row.created_at,
    lastActivityAt: row.last_activity_at,
    orderCount: row.order_count ?? 0,
    orders12m: row.orders12m ?? 0,
    revenue12m: row.revenue12m_amount ?? '0',
    firstOrderDate: row.first_order_date,
    lastOrderDate: row.last_order_date,
  };
}
