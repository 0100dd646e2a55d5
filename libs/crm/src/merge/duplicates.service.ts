import { Injectable } from '@nestjs/common';
import { currentActor, dataScopeOf, JobQueue, positionalBinder, TransactionHost } from '@tradewind/platform';
import { Customer } from '../customer/customer.entity';
import { CustomerRepository } from '../customer/customer.repository';
import { customerScopeCondition } from '../customer/customer-scope';
import { CustomerKeysRepository } from '../import-job/customer-keys.repository';
import { CustomerMatcher, explainMatch, MatchRule } from '../matching';

export interface DuplicatePairView {
  a: Customer;
  b: Customer;
  matchedOn: MatchRule;
  reason: string;
}

export interface DuplicatesPage {
  total: number;
  items: DuplicatePairView[];
  /** When the listed pairs were computed. */
  computedAt: Date;
  /** Customers changed since: a new computation is on its way and the list may still change. */
  refreshing: boolean;
  /** Pairs with one customer in the reader's scope and one outside it: theirs to know of, an admin's to merge. */
  beyondScope: number;
}

// Pairs kept over every customer; each reader sees those of customers in their scope.
const MAX_STORED_PAIRS = 20_000;
// At most one computation is queued per window, however many pages are read meanwhile.
const REFRESH_WINDOW_MS = 30_000;

/**
 * Pairs of customers the import's matching rules would take for one. Computing them means building
 * the matcher over every customer (3 to 4 s at 100,000 customers), so a worker job does it
 * (`refresh`) and the list reads the stored pairs: the reader's scope and merges since apply at once,
 * other changes once the job has run, which reading the list asks for when customers changed.
 */
@Injectable()
export class DuplicatesService {
  constructor(
    readonly tx: TransactionHost,
    private readonly repository: CustomerRepository,
    private readonly keys: CustomerKeysRepository,
    private readonly jobs: JobQueue,
  ) {}

  async possibleDuplicates(offset: number, limit: number): Promise<DuplicatesPage> {
    let run = await this.lastRun();
    if (!run) {
      // Never computed yet (a new installation): once, now, rather than an empty list.
      await this.refresh();
      run = (await this.lastRun())!;
    }
    const refreshing = await this.changedSince(run.computedAt);
    if (refreshing) await this.jobs.enqueue('crm.refreshDuplicates', {}, { jobId: `crm.refreshDuplicates-${Math.floor(Date.now() / REFRESH_WINDOW_MS)}` });
    const parameters: unknown[] = [];
    const bind = positionalBinder(parameters);
    const scope = dataScopeOf(currentActor());
    const visible = [customerScopeCondition(scope, 'a', bind), customerScopeCondition(scope, 'b', bind)].filter((c): c is string => c !== null);
    const pairs = 'FROM customer_duplicate_pair p JOIN customer a ON a.id = p.a_id JOIN customer b ON b.id = p.b_id WHERE a.merged_into_id IS NULL AND b.merged_into_id IS NULL';
    const from = `${pairs}${visible.map((condition) => ` AND ${condition}`).join('')}`;
    // Both sides visible: listed. One side only: counted, so a manager knows a customer of theirs has a double elsewhere.
    const [{ total, beyond_scope: beyondScope }]: { total: number; beyond_scope: number }[] = await this.tx.manager.query(
      visible.length === 2
        ? `SELECT count(*) FILTER (WHERE (${visible[0]}) AND (${visible[1]}))::int AS total,
             count(*) FILTER (WHERE (${visible[0]}) <> (${visible[1]}))::int AS beyond_scope ${pairs} AND ((${visible[0]}) OR (${visible[1]}))`
        : `SELECT count(*)::int AS total, 0 AS beyond_scope ${from}`,
      parameters,
    );
    const rows: { a_id: string; b_id: string; matched_on: MatchRule; reason: string }[] = await this.tx.manager.query(
      `SELECT p.a_id, p.b_id, p.matched_on, p.reason ${from} ORDER BY p.position OFFSET ${bind('offset', offset)} LIMIT ${bind('limit', limit)}`,
      parameters,
    );
    const customers = new Map((await this.repository.findVisibleMany(rows.flatMap((r) => [r.a_id, r.b_id]), scope)).map((c) => [c.id, c]));
    const items = rows.flatMap((r) => {
      const a = customers.get(r.a_id);
      const b = customers.get(r.b_id);
      return a && b ? [{ a, b, matchedOn: r.matched_on, reason: r.reason }] : [];
    });
    return { total, items, computedAt: run.computedAt, refreshing, beyondScope };
  }

  /** Computes the pairs over every customer and stores them in place of the last ones (job crm.refreshDuplicates). */
  async refresh(): Promise<number> {
    const startedAt = new Date();
    const matcher = new CustomerMatcher(await this.keys.load());
    const rows = matcher
      .possibleDuplicates(MAX_STORED_PAIRS)
      .flatMap((pair) =>
        pair.a.kind === 'customer' && pair.b.kind === 'customer'
          ? [{ a_id: pair.a.customerId, b_id: pair.b.customerId, matched_on: pair.evidence.matchedOn, reason: explainMatch(pair.evidence) }]
          : [],
      )
      .map((row, position) => ({ position, ...row }));
    await this.tx.run(async () => {
      await this.tx.manager.query('DELETE FROM customer_duplicate_pair');
      await this.tx.writeJsonRows(
        `INSERT INTO customer_duplicate_pair (position, a_id, b_id, matched_on, reason)
         SELECT position, a_id, b_id, matched_on, reason FROM jsonb_to_recordset($1::jsonb) AS x(position int, a_id uuid, b_id uuid, matched_on text, reason text)`,
        rows,
      );
      // When it started: what changed while it ran may be missing, and shows as a change since.
      await this.tx.manager.query(
        `INSERT INTO customer_duplicate_run (id, computed_at, pair_count) VALUES (1, $1, $2)
         ON CONFLICT (id) DO UPDATE SET computed_at = excluded.computed_at, pair_count = excluded.pair_count`,
        [startedAt, rows.length],
      );
    });
    return rows.length;
  }

  private async lastRun(): Promise<{ computedAt: Date } | undefined> {
    const [run]: { computed_at: Date }[] = await this.tx.manager.query('SELECT computed_at FROM customer_duplicate_run WHERE id = 1');
    return run && { computedAt: run.computed_at };
  }

  /** Whether a customer or contact was written after `at` (creations, edits, merges, imports). */
  private async changedSince(at: Date): Promise<boolean> {
    const [{ changed }]: { changed: boolean }[] = await this.tx.manager.query(
      'SELECT EXISTS (SELECT 1 FROM customer WHERE updated_at > $1) OR EXISTS (SELECT 1 FROM contact WHERE updated_at > $1) AS changed',
      [at],
    );
    return changed;
  }
}
