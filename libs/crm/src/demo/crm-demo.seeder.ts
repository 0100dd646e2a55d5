import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { runInContext, TransactionHost, User } from '@tradewind/platform';
import { ActivityService } from '../activity/activity.service';
import { ActivityType } from '../activity/activity.entity';
import { Customer } from '../customer/customer.entity';
import { CustomerService } from '../customer/customer.service';
import { FollowUpService } from '../follow-up/follow-up.service';
import { GradingService } from '../grading/grading.service';
import { OwnershipService } from '../pool/ownership.service';
import { TagService } from '../tag/tag.service';
import { DEMO_ACTIVITY_SUBJECTS, DEMO_COMPANIES, DEMO_TAG_GROUPS } from './crm-demo.data';

const DAY = 86_400_000;

/** Deterministic pseudo-random numbers, so every demo database looks the same. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** A date `years` before `now` moved `days` ahead (YYYY-MM-DD): one that comes round `days` after seeding. */
function keyDate(now: Date, years: number, days: number): string {
  return DateTime.fromJSDate(now).minus({ years }).plus({ days }).toISODate()!;
}

/**
 * Demo customers through the CRM's own services (so they obey every rule real data does): tagged
 * buyers in many countries owned by the demo salespeople, some in the pool, with timelines,
 * follow-ups (a few due today or overdue) and order figures that give them grades. Some contacts'
 * birthdays and companies' anniversaries come round in the weeks after seeding, for the dashboard.
 */
@Injectable()
export class CrmDemoSeeder {
  constructor(
    readonly tx: TransactionHost,
    private readonly customers: CustomerService,
    private readonly tags: TagService,
    private readonly activities: ActivityService,
    private readonly followUps: FollowUpService,
    private readonly grading: GradingService,
    private readonly ownership: OwnershipService,
  ) {}

  async seed(salespeople: User[], now = new Date()): Promise<{ customers: number; activities: number; followUps: number }> {
    const next = random(2026);
    const tagIds = new Map<string, string>();
    for (const group of DEMO_TAG_GROUPS) {
      const created = await this.tags.createGroup(group.name, group.kind);
      for (const [name, color] of group.tags) tagIds.set(name, (await this.tags.createTag(created.id, name, color)).id);
    }
    let activityCount = 0;
    let followUpCount = 0;
    for (const [index, company] of DEMO_COMPANIES.entries()) {
      const owner = index % 7 === 6 ? null : salespeople[index % salespeople.length];
      // A pool customer was someone's once: its former owner entered it and logged its contacts, long
      // enough ago (over 60 days) for it to have gone back to the pool, as its owner history says.
      const holder = owner ?? salespeople[(index + 1) % salespeople.length];
      const actor = { kind: 'user' as const, userId: holder.id, email: holder.email, role: holder.role, teamId: holder.teamId };
      await runInContext({ actor }, async () => {
        const customer = await this.customers.create({
          name: company.name,
          localName: company.localName,
          country: company.country,
          city: company.city,
          industry: company.industry,
          website: company.website,
          source: company.tags.find((t) => ['Canton Fair', 'Alibaba', 'Referral'].includes(t)) ?? 'Website',
          stage: company.stage,
          usualIncoterm: index % 3 === 0 ? 'FOB Ningbo' : index % 3 === 1 ? `CIF ${company.city}` : 'EXW',
          usualCurrency: company.country === 'DE' || company.country === 'FR' || company.country === 'IT' || company.country === 'ES' || company.country === 'NL' ? 'EUR' : 'USD',
          usualPaymentTerms: index % 2 === 0 ? 'T/T 30/70' : 'L/C at sight',
          companyAnniversary: index % 4 === 1 ? keyDate(now, 5 + index, index) : undefined,
          contacts: [
            {
              name: company.contact.name,
              title: company.contact.title,
              emails: [company.contact.email],
              phones: [company.contact.phone],
              preferredLanguage: company.contact.language,
              isPrimary: true,
              birthday: index % 3 === 0 ? keyDate(now, 32 + index, index * 2) : undefined,
            },
          ],
          tagIds: company.tags.map((t) => tagIds.get(t)!).filter(Boolean),
        });
        const entries = 2 + Math.floor(next() * 6);
        const author = holder;
        const [newest, span] = owner ? [0, 120] : [60, 180];
        for (let i = 0; i < entries; i++) {
          const [type, subject] = DEMO_ACTIVITY_SUBJECTS[Math.floor(next() * DEMO_ACTIVITY_SUBJECTS.length)];
          const daysAgo = newest + Math.floor(next() * (span - newest));
          await this.activities.record({ customerId: customer.id, type: type as ActivityType, subject, authorId: author.id, occurredAt: new Date(now.getTime() - daysAgo * DAY - Math.floor(next() * DAY)) });
          activityCount++;
        }
        if (!owner) await this.returnToPool(customer, new Date(now.getTime() - (span + 1) * DAY), new Date(now.getTime() - (newest - 30) * DAY));
        if (owner) {
          const dueInDays = [-2, 0, 0, 1, 3, 7, 14][index % 7];
          await this.followUps.create({ customerId: customer.id, assigneeId: owner.id, dueAt: new Date(now.getTime() + dueInDays * DAY + 3 * 3_600_000), type: index % 2 ? 'email' : 'call', note: 'Check the reorder for next season' });
          followUpCount++;
        }
      });
    }
    await this.grading.recompute(undefined, now);
    return { customers: DEMO_COMPANIES.length, activities: activityCount, followUps: followUpCount };
  }

  /**
   * Returns a customer to the pool as the nightly job does when nobody contacts it, then dates its
   * owner history as if it had been entered at `enteredAt` and returned at `returnedAt`.
   */
  private async returnToPool(customer: Customer, enteredAt: Date, returnedAt: Date): Promise<void> {
    await runInContext({ actor: { kind: 'system', name: 'crm.nightlyPoolReturn' } }, () => this.tx.run(() => this.ownership.transfer([customer], null, 'pool_return')));
    await this.tx.run(async () => {
      await this.tx.manager.query("UPDATE customer_owner_change SET at = CASE WHEN to_user_id IS NULL THEN $2::timestamptz ELSE $3::timestamptz END WHERE customer_id = $1", [customer.id, returnedAt, enteredAt]);
      await this.tx.manager.query("UPDATE activity SET occurred_at = $2 WHERE customer_id = $1 AND type = 'owner_change'", [customer.id, returnedAt]);
    });
  }
}
