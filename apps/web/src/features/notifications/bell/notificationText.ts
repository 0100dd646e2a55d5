import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { formatInstant } from '../../../shared/userTime';
import { isOwnerChangeReason } from '../../customers/shared/ownerChangeReasons';
import { isMilestoneKind } from '../../orders/shared/milestoneKinds';

export interface NotificationLike {
  kind: string;
  params: unknown;
  /** The server's English text, for kinds this version of the app does not know. */
  text: string;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function text(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : fallback;
}

function count(value: unknown): number {
  return typeof value === 'number' ? value : Number(value) || 0;
}

/** A notification in the user's language, worded from its kind and parameters. */
export function notificationText(notification: NotificationLike, t: TFunction): string {
  const params = record(notification.params);
  const customer = text(params.customerName, t('notifications.aCustomer'));
  switch (notification.kind) {
    case 'follow_up_due':
      return t('notifications.kinds.follow_up_due', { customer, due: params.dueAt ? formatInstant(text(params.dueAt), 'MM-DD HH:mm') : '' });
    case 'pool_return_warning':
      return t('notifications.kinds.pool_return_warning', {
        customer,
        date: params.returnsOn ? dayjs(text(params.returnsOn)).format('YYYY-MM-DD') : '',
      });
    case 'key_date': {
      const values = { customer, contact: text(params.contactName), years: count(params.years), date: params.occursOn ? dayjs(text(params.occursOn)).format('MM-DD') : '' };
      return params.keyDate === 'birthday' ? t('notifications.kinds.key_date_birthday', values) : t('notifications.kinds.key_date_anniversary', values);
    }
    case 'customer_assigned': {
      const reason = isOwnerChangeReason(params.reason) ? t(`customers.ownerReasons.${params.reason}`) : text(params.reason);
      return params.byName
        ? t('notifications.kinds.customer_assigned_by', { customer, reason, by: text(params.byName) })
        : t('notifications.kinds.customer_assigned', { customer, reason });
    }
    case 'customer_merged': {
      const values = { merged: text(params.mergedName, t('notifications.aCustomer')), customer, owner: text(params.ownerName), by: text(params.byName, t('notifications.aColleague')) };
      return params.ownerName ? t('notifications.kinds.customer_merged_owned', values) : t('notifications.kinds.customer_merged', values);
    }
    case 'import_finished':
      return t('notifications.kinds.import_finished', {
        created: count(params.created),
        merged: count(params.merged),
        errors: count(params.errors),
      });
    case 'order_at_risk': {
      const milestone = isMilestoneKind(params.milestone) ? t(`orders.milestones.${params.milestone}`) : text(params.milestone);
      const values = { number: text(params.number), milestone, days: count(params.days), expected: text(params.expectedShipDate, '—') };
      return count(params.atRisk) ? t('notifications.kinds.order_at_risk', values) : t('notifications.kinds.order_delayed', values);
    }
    case 'order_late':
      return t('notifications.kinds.order_late', { number: text(params.number), delivery: text(params.deliveryDate, '—'), count: count(params.days) });
    case 'mention':
      return t('notifications.kinds.mention', { author: text(params.authorName, t('notifications.aColleague')), number: text(params.number) });
    default:
      return notification.text;
  }
}
