import { CsvValue } from './copy-loader';
import { Random } from './random';
import { ACTIVITY_TEXTS } from './crm-world';
import { GenerateContext, TableGenerator } from './table-generator';

const DAY = 86_400_000;
/** Share of customers with a long timeline (key accounts logged daily); they hold about half of all activities. */
const BUSY_SHARE = 0.03;

type LoggedType = keyof typeof ACTIVITY_TEXTS;
// prettier-ignore
const TYPES: readonly (readonly [LoggedType | 'follow_up' | 'status_change' | 'owner_change' | 'order', number])[] = [
  ['email', 35], ['call', 15], ['meeting', 5], ['note', 10], ['whatsapp', 15], ['wechat', 5],
  ['follow_up', 3], ['status_change', 5], ['owner_change', 2], ['order', 5],
];
const SYSTEM_TYPES = new Set(['status_change', 'owner_change', 'order']);
const STAGES = ['lead', 'prospect', 'customer', 'dormant'];
const BODIES = [
  'They will confirm the quantities after their sales meeting next week.',
  'Agreed to send two samples by DHL; they pay the courier.',
  'Price is OK for 2 x 40HQ, asked for 3% off for a third container.',
  'Their QC found scratches on 2% of the last lot; we offered a credit note.',
  'New buyer in charge from next month, introduced by the current one.',
];

interface TimelineOwner {
  id: string;
  author: string | null;
  createdAt: Date;
  lastActivityAt: Date | null;
}

/**
 * Customer timelines: e-mails, calls, meetings, notes and messages authored by the customer's owner
 * (or last owner, for pool customers), and the entries the system writes (stage and owner changes,
 * orders). Spread over three years, skewed so a few percent of customers hold about half of them.
 * Each customer's newest logged activity is exactly its last_activity_at, as the CRM keeps it.
 */
export const activitiesGenerator: TableGenerator = {
  key: 'activities',
  unit: 'timeline entries of the customers (needs --customers)',
  async generate(count: number, context: GenerateContext): Promise<void> {
    const { db, random, now } = context;
    const customers: TimelineOwner[] = (
      await db.query<{ id: string; author: string | null; created_at: Date; last_activity_at: Date | null }>(
        `SELECT c.id, coalesce(c.owner_id, (SELECT h.from_user_id FROM customer_owner_change h WHERE h.customer_id = c.id ORDER BY h.at DESC LIMIT 1)) AS author,
                c.created_at, c.last_activity_at
         FROM customer c ORDER BY c.id`,
      )
    ).rows.map((r) => ({ id: r.id, author: r.author, createdAt: r.created_at, lastActivityAt: r.last_activity_at }));
    if (customers.length === 0) throw new Error('the activities generator needs customers: generate customers first');
    const contactsOf = new Map<string, string[]>();
    for (const row of (await db.query<{ id: string; customer_id: string }>('SELECT id, customer_id FROM contact ORDER BY customer_id, id')).rows) {
      const list = contactsOf.get(row.customer_id) ?? [];
      list.push(row.id);
      contactsOf.set(row.customer_id, list);
    }

    // Every customer with a last activity gets at least that one; the rest is shared out by weight.
    const weights = customers.map((c) => (random.chance(BUSY_SHARE) ? 10 + random.next() * 30 : c.lastActivityAt ? random.next() * 1.6 : random.next() * 0.2));
    const total = weights.reduce((a, b) => a + b, 0);
    // Cumulative rounding, so the shares add up to `count` (plus the forced first ones).
    let cumulative = 0;
    const counts = weights.map((w, i) => {
      const before = Math.round(cumulative);
      cumulative += (w / total) * count;
      return Math.max(customers[i].lastActivityAt ? 1 : 0, Math.round(cumulative) - before);
    });

    const earliest = now.getTime() - 3 * 365 * DAY;
    function* rows(from: number, to: number): Generator<CsvValue[]> {
      for (let i = from; i < to; i++) {
        const customer = customers[i];
        const contacts = contactsOf.get(customer.id) ?? [];
        const from = Math.max(earliest, customer.createdAt.getTime());
        const to = customer.lastActivityAt?.getTime() ?? now.getTime();
        for (let n = 0; n < counts[i]; n++) {
          const newest = n === 0 && customer.lastActivityAt !== null;
          const type = newest ? random.pick(['email', 'call', 'whatsapp'] as const) : random.weighted(TYPES);
          const occurredAt = newest ? customer.lastActivityAt! : new Date(from + Math.floor(random.next() * Math.max(1, to - from)));
          const system = SYSTEM_TYPES.has(type);
          yield [
            random.uuid(),
            customer.id,
            !system && contacts.length && random.chance(0.5) ? random.pick(contacts) : null,
            type,
            subjectOf(type, random),
            !system && random.chance(0.3) ? random.pick(BODIES) : null,
            occurredAt,
            system ? null : customer.author,
            system ? JSON.stringify(dataOf(type, random)) : null,
            new Date(occurredAt.getTime() + random.int(0, 600_000)),
          ];
        }
      }
    }
    // In parts, so the server loads one while the next is written.
    const parts = Math.max(1, Math.min(8, Math.round(count / 250_000)));
    let written = 0;
    for (let part = 0; part < parts; part++) {
      const from = Math.floor((customers.length * part) / parts);
      const to = Math.floor((customers.length * (part + 1)) / parts);
      written += await context.copy.load(
        'activity',
        ['id', 'customer_id', 'contact_id', 'type', 'subject', 'body', 'occurred_at', 'author_id', 'data', 'created_at'],
        rows(from, to),
      );
    }
    const busiest = [...counts].sort((a, b) => b - a);
    context.log(`${written} activities for ${customers.length} customers (busiest ${busiest[0]}, 99th percentile ${busiest[Math.floor(customers.length / 100)]})`);
  },
};

function subjectOf(type: string, random: Random): string | null {
  if (type in ACTIVITY_TEXTS) return random.pick(ACTIVITY_TEXTS[type as LoggedType]);
  switch (type) {
    case 'follow_up':
      return 'Follow-up done';
    case 'order':
      return `Order SO-${random.int(10000, 99999)} confirmed`;
    default:
      return null;
  }
}

function dataOf(type: string, random: Random): Record<string, unknown> {
  switch (type) {
    case 'status_change': {
      const from = random.pick(STAGES);
      return { from, to: random.pick(STAGES.filter((s) => s !== from)) };
    }
    case 'order':
      return { orderNumber: `SO-${random.int(10000, 99999)}`, amount: String(random.int(2_000, 80_000)), currency: 'USD' };
    default:
      return { reason: random.pick(['handover', 'assign', 'claim']) };
  }
}
