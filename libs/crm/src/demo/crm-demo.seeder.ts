import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { runInContext, TransactionHost, User } from '@tradewind/platform';
import { ActivityService } from '../activity/activity.service';
import { ActivityType } from '../activity/activity.entity';
import { CustomerService } from '../customer/customer.service';
import { FollowUpService } from '../follow-up/follow-up.service';
import { GradingService } from '../grading/grading.service';
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
      const actor = owner ? { kind: 'user' as const, userId: owner.id, email: owner.email, role: owner.role, teamId: owner.teamId } : { kind: 'system' as const, name: 'demo-seed' };
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
          toPool: !owner,
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
        // A pool customer was someone's once: a former owner logged its contacts, long enough ago (over
        // 60 days) for it to have gone back to the pool.
        const author = owner ?? salespeople[(index + 1) % salespeople.length];
        const [newest, span] = owner ? [0, 120] : [60, 180];
        for (let i = 0; i < entries; i++) {
          const [type, subject] = DEMO_ACTIVITY_SUBJECTS[Math.floor(next() * DEMO_ACTIVITY_SUBJECTS.length)];
          const daysAgo = newest + Math.floor(next() * (span - newest));
          await this.activities.record({ customerId: customer.id, type: type as ActivityType, subject, authorId: author.id, occurredAt: new Date(now.getTime() - daysAgo * DAY - Math.floor(next() * DAY)) });
          activityCount++;
        }
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
}
