import { Injectable } from '@nestjs/common';
import { EventPublisher, keysetRead, Page, PageArgs, TransactionHost, ValidationFailedError } from '@tradewind/platform';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Activity, ActivityType } from './activity.entity';

export interface NewActivity {
  customerId: string;
  type: ActivityType;
  subject?: string | null;
  body?: string | null;
  contactId?: string | null;
  occurredAt?: Date;
  authorId?: string | null;
  data?: Record<string, unknown> | null;
}

/** Contacts people log (logActivity); the other types are entries the system writes, with their facts in `data`. */
const LOGGED_TYPES: readonly ActivityType[] = ['email', 'call', 'meeting', 'note', 'whatsapp', 'wechat'];

/** The customer timeline: logged contacts and the changes the system records, newest first. */
@Injectable()
export class ActivityService {
  constructor(
    readonly tx: TransactionHost,
    private readonly events: EventPublisher,
  ) {}

  async record(activity: NewActivity): Promise<Activity> {
    // A bare "call" on the timeline tells a colleague nothing.
    if (LOGGED_TYPES.includes(activity.type) && !activity.subject?.trim() && !activity.body?.trim()) {
      throw ValidationFailedError.field('input.subject', 'give a subject or details', undefined, '请填写主题或内容');
    }
    const occurredAt = activity.occurredAt ?? new Date();
    const row = this.tx.manager.create(Activity, {
      customerId: activity.customerId,
      type: activity.type,
      subject: activity.subject ?? null,
      body: activity.body ?? null,
      contactId: activity.contactId ?? null,
      occurredAt,
      authorId: activity.authorId ?? null,
      data: activity.data ?? null,
    });
    await this.tx.manager.save(row);
    // Contacts by people keep a customer out of the idle-return; system entries do not count.
    if (activity.authorId && !['status_change', 'owner_change', 'order'].includes(activity.type)) {
      await this.tx.manager.query(
        'UPDATE customer SET last_activity_at = GREATEST(coalesce(last_activity_at, $2), $2), pool_warning_sent_at = NULL WHERE id = $1',
        [activity.customerId, occurredAt],
      );
      // The grade reads the last contact: the worker regrades the customer (OnActivityLogged).
      await this.events.publish('crm.activity.logged', { activityId: row.id, customerId: row.customerId, type: row.type, occurredAt: occurredAt.toISOString() });
    }
    return row;
  }

  async recordMany(activities: NewActivity[]): Promise<void> {
    if (activities.length === 0) return;
    const now = new Date();
    await this.tx.manager.insert(
      Activity,
      activities.map((a) => ({
        customerId: a.customerId,
        type: a.type,
        subject: a.subject ?? null,
        body: a.body ?? null,
        contactId: a.contactId ?? null,
        occurredAt: a.occurredAt ?? now,
        authorId: a.authorId ?? null,
        data: a.data ?? null,
      })) as QueryDeepPartialEntity<Activity>[],
    );
  }

  /** Newest first; read as plain rows (keysetRead): shown, never saved. */
  timeline(customerId: string, page: PageArgs, types?: ActivityType[]): Promise<Page<Activity>> {
    const filter = types?.length
      ? { where: 'a.customer_id = $1 AND a.type = ANY($2::text[])', parameters: [customerId, types] }
      : { where: 'a.customer_id = $1', parameters: [customerId] };
    return keysetRead(this.tx, { entity: Activity, alias: 'a', ...filter }, page, {
      // To the millisecond (the cursor's precision), in UTC so the expression is immutable: activity_timeline_idx is on it.
      expression: "date_trunc('milliseconds', a.occurred_at AT TIME ZONE 'UTC')",
      direction: 'DESC',
      valueOf: (a) => a.occurredAt,
      idExpression: 'a.id',
      idOf: (a) => a.id,
    });
  }

  async moveToCustomer(fromCustomerId: string, toCustomerId: string): Promise<number> {
    const result = await this.tx.manager.update(Activity, { customerId: fromCustomerId }, { customerId: toCustomerId });
    return result.affected ?? 0;
  }
}
