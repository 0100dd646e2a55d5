import type { ActivityType } from './activity/activity.entity';
import type { KeyDateKind } from './key-dates/key-dates.service';
import type { OwnerChangeReason } from './pool/owner-change.entity';

declare module '@tradewind/platform' {
  interface DomainEventMap {
    /** A customer record was created (by hand, an import, or an order import). */
    'crm.customer.created': { customerId: string; ownerId: string | null; origin: 'manual' | 'import' | 'order_import' };
    /** Fields of a customer changed. */
    'crm.customer.updated': { customerId: string; fields: string[] };
    /** A customer got another owner, or went to / came from the pool (null). */
    'crm.customer.ownerChanged': { customerId: string; fromUserId: string | null; toUserId: string | null; reason: OwnerChangeReason };
    /** `mergedId` was merged into `survivorId`; records pointing to it should move. */
    'crm.customer.merged': {
      survivorId: string;
      mergedId: string;
      /** Who to tell and in what words (absent from events published before they were added). */
      mergedName?: string;
      mergedOwnerId?: string | null;
      survivorName?: string;
      survivorOwnerId?: string | null;
    };
    /** A user's customers (and open work) were handed to another user. */
    'crm.customers.handedOver': { fromUserId: string; toUserId: string; customerIds: string[]; includeQuotations: boolean };
    /** The owner is warned that an idle customer returns to the pool soon. */
    'crm.customer.poolReturnWarned': { customerId: string; ownerId: string; returnsOn: string };
    /** A person logged a contact with a customer (call, e-mail, meeting, message …), which moved its last contact. */
    'crm.activity.logged': { activityId: string; customerId: string; type: ActivityType; occurredAt: string };
    /** A follow-up is due (or overdue) and its assignee should be reminded. */
    'crm.followUp.reminderDue': { followUpId: string; assigneeId: string; customerId: string; dueAt: string };
    /** A contact's birthday or a customer's company anniversary comes round within a few days; its owner should be told. */
    'crm.keyDate.approaching': {
      kind: KeyDateKind;
      occursOn: string;
      years: number;
      customerId: string;
      ownerId: string;
      contactId: string | null;
      contactName: string | null;
    };
    /** A spreadsheet import finished. */
    'crm.customers.imported': { importId: string | null; created: number; merged: number; errors: number; byUserId: string | null };
  }

  interface JobMap {
    /** Recompute grades (all customers, or the given ones) and their follow-up policies. */
    'crm.recomputeGrades': { customerIds?: string[] };
    /** Warn owners of idle customers, and return those idle too long to the pool. */
    'crm.returnIdleCustomers': Record<string, never>;
    /** Publish reminders for follow-ups that are due. */
    'crm.sendFollowUpReminders': Record<string, never>;
    /** Run an uploaded import (dry run or real). */
    'crm.runImport': { importId: string };
    /** Compute the possible duplicates over every customer and store them for the list. */
    'crm.refreshDuplicates': Record<string, never>;
    /** Tell owners of their customers' birthdays and anniversaries coming round. */
    'crm.remindKeyDates': Record<string, never>;
  }
}

export const CRM_JOBS = ['crm.recomputeGrades', 'crm.returnIdleCustomers', 'crm.sendFollowUpReminders', 'crm.runImport', 'crm.refreshDuplicates', 'crm.remindKeyDates'] as const;
