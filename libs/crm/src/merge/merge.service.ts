import { Injectable } from '@nestjs/common';
import { actorUserId, AuditTrail, currentActor, EventPublisher, TransactionHost, Transactional } from '@tradewind/platform';
import { ActivityService } from '../activity/activity.service';
import { ContactService } from '../contact/contact.service';
import { Customer } from '../customer/customer.entity';
import { CustomerErrors } from '../customer/customer.errors';
import { CustomerRepository } from '../customer/customer.repository';
import { CustomerService } from '../customer/customer.service';
import { FollowUpService } from '../follow-up/follow-up.service';
import { TagService } from '../tag/tag.service';
import { OwnerChange } from '../pool/owner-change.entity';
import { OwnershipService } from '../pool/ownership.service';

// Fields the survivor takes from the merged record when it has none itself (nothing is overwritten).
const FILLABLE = [
  'localName', 'country', 'city', 'address', 'website', 'websiteDomain', 'industry', 'source', 'priceSensitivity',
  'usualIncoterm', 'usualCurrency', 'usualPaymentTerms', 'companyAnniversary',
] as const;

/** Merges a duplicate into the surviving customer: everything moves over, nothing is lost. */
@Injectable()
export class MergeService {
  constructor(
    readonly tx: TransactionHost,
    private readonly customers: CustomerService,
    private readonly repository: CustomerRepository,
    private readonly contacts: ContactService,
    private readonly activities: ActivityService,
    private readonly followUps: FollowUpService,
    private readonly tags: TagService,
    private readonly ownership: OwnershipService,
    private readonly audit: AuditTrail,
    private readonly events: EventPublisher,
  ) {}

  @Transactional()
  async merge(survivorId: string, mergedId: string): Promise<Customer> {
    const survivorVisible = await this.customers.getVisible(survivorId);
    const mergedVisible = await this.customers.getVisible(mergedId);
    if (survivorVisible.id === mergedVisible.id) throw CustomerErrors.mergeSelf();
    const [first, second] = await this.repository.lockMany([survivorVisible.id, mergedVisible.id]);
    const survivor = first.id === survivorVisible.id ? first : second;
    const merged = first.id === survivorVisible.id ? second : first;
    // Merging moves a record's contacts, history and orders: seeing it (shared, or in the pool) is not enough.
    for (const customer of [survivor, merged]) this.ownership.requireOwnerOrManager(customer, `merge ${customer.name}`);

    const filled: Record<string, { from: unknown; to: unknown }> = {};
    for (const field of FILLABLE) {
      if ((survivor[field] === null || survivor[field] === undefined) && merged[field] !== null) {
        filled[field] = { from: null, to: merged[field] };
        (survivor as unknown as Record<string, unknown>)[field] = merged[field];
      }
    }
    survivor.aliases = [...new Set([...survivor.aliases, merged.normalizedName, ...merged.aliases])].filter((a) => a !== survivor.normalizedName);
    survivor.productsOfInterest = [...new Set([...survivor.productsOfInterest, ...merged.productsOfInterest])];
    if (merged.notes) survivor.notes = survivor.notes ? `${survivor.notes}\n\n${merged.notes}` : merged.notes;
    if (!survivor.ownerId && merged.ownerId) Object.assign(survivor, { ownerId: merged.ownerId, teamId: merged.teamId, ownedSince: merged.ownedSince });
    if (merged.lastActivityAt && (!survivor.lastActivityAt || merged.lastActivityAt > survivor.lastActivityAt)) survivor.lastActivityAt = merged.lastActivityAt;
    await this.repository.save(survivor);

    await this.contacts.moveToCustomer(merged.id, survivor.id);
    await this.activities.moveToCustomer(merged.id, survivor.id);
    await this.followUps.moveToCustomer(merged.id, survivor.id, survivor.ownerId);
    await this.tags.moveToCustomer(merged.id, survivor.id);
    await this.tx.manager.query(
      'INSERT INTO customer_share (customer_id, user_id, shared_at) SELECT $2, user_id, shared_at FROM customer_share WHERE customer_id = $1 ON CONFLICT DO NOTHING',
      [merged.id, survivor.id],
    );
    await this.tx.manager.query('DELETE FROM customer_share WHERE customer_id = $1', [merged.id]);
    await this.tx.manager.update(OwnerChange, { customerId: merged.id }, { customerId: survivor.id });
    await this.mergeOrderStats(merged.id, survivor.id);

    const mergedOwnerId = merged.ownerId;
    merged.mergedIntoId = survivor.id;
    merged.ownerId = null;
    await this.repository.save(merged);

    await this.activities.record({ customerId: survivor.id, type: 'status_change', authorId: actorUserId(currentActor()), data: { merged: { id: merged.id, name: merged.name } } });
    await this.audit.recordMany([
      { entityType: 'customer', entityId: survivor.id, action: 'merged', changes: { absorbed: { from: null, to: merged.id }, ...filled } },
      { entityType: 'customer', entityId: merged.id, action: 'merged_into', changes: { mergedIntoId: { from: null, to: survivor.id } } },
    ]);
    await this.events.publish('crm.customer.merged', {
      survivorId: survivor.id, mergedId: merged.id, mergedName: merged.name, mergedOwnerId, survivorName: survivor.name, survivorOwnerId: survivor.ownerId,
    });
    return survivor;
  }

  /**
   * Adds the merged customer's order figures to the survivor's until the orders module recomputes them.
   * Amounts kept in another currency (figures from before a change of reporting currency) are not
   * added: a sum of two currencies is no amount, and the recomputation brings them in converted.
   */
  private async mergeOrderStats(fromId: string, toId: string): Promise<void> {
    await this.tx.manager.query(
      `INSERT INTO customer_order_stats AS s (customer_id, order_count, open_quotation_count, first_order_date, last_order_date, revenue_amount, revenue12m_amount, orders12m, revenue_currency, receivable_open_amount, receivable_overdue_amount)
       SELECT $2, order_count, open_quotation_count, first_order_date, last_order_date, revenue_amount, revenue12m_amount, orders12m, revenue_currency, receivable_open_amount, receivable_overdue_amount
       FROM customer_order_stats WHERE customer_id = $1
       ON CONFLICT (customer_id) DO UPDATE SET
         order_count = s.order_count + EXCLUDED.order_count,
         open_quotation_count = s.open_quotation_count + EXCLUDED.open_quotation_count,
         first_order_date = LEAST(s.first_order_date, EXCLUDED.first_order_date),
         last_order_date = GREATEST(s.last_order_date, EXCLUDED.last_order_date),
         revenue_amount = s.revenue_amount + CASE WHEN EXCLUDED.revenue_currency = s.revenue_currency THEN EXCLUDED.revenue_amount ELSE 0 END,
         revenue12m_amount = s.revenue12m_amount + CASE WHEN EXCLUDED.revenue_currency = s.revenue_currency THEN EXCLUDED.revenue12m_amount ELSE 0 END,
         orders12m = s.orders12m + EXCLUDED.orders12m,
         receivable_open_amount = s.receivable_open_amount + CASE WHEN EXCLUDED.revenue_currency = s.revenue_currency THEN EXCLUDED.receivable_open_amount ELSE 0 END,
         receivable_overdue_amount = s.receivable_overdue_amount + CASE WHEN EXCLUDED.revenue_currency = s.revenue_currency THEN EXCLUDED.receivable_overdue_amount ELSE 0 END,
         updated_at = now()`,
      [fromId, toId],
    );
    await this.tx.manager.query('DELETE FROM customer_order_stats WHERE customer_id = $1', [fromId]);
  }
}
