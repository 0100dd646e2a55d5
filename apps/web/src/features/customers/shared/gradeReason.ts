import { useTranslation } from 'react-i18next';
import type { GradeBasisFieldsFragment } from '../../../gql/graphql';
import { formatMoneyCompact } from '../../../shared/money';

/**
 * Why a customer has its grade, in the UI language, worded from the code and figures the server
 * sends (its gradeReason is English, for integrations). Null before the customer is first graded.
 */
export function useGradeReason(basis: GradeBasisFieldsFragment | null | undefined): string | null {
  const { t } = useTranslation();
  if (!basis) return null;
  switch (basis.code) {
    case 'marked_lost':
      return t('customers.gradeBasis.marked_lost');
    case 'silent_after_orders':
      return t('customers.gradeBasis.silent_after_orders', { months: basis.monthsSinceOrder ?? 0, contactMonths: basis.monthsSinceContact ?? 0 });
    case 'order_overdue':
      return basis.usualIntervalDays
        ? t('customers.gradeBasis.order_overdue_usually', { count: basis.daysSinceOrder ?? 0, interval: basis.usualIntervalDays })
        : t('customers.gradeBasis.order_overdue', { count: basis.daysSinceOrder ?? 0 });
    case 'order_figures':
      return t('customers.gradeBasis.order_figures', { count: basis.orders12m ?? 0, revenue: basis.revenue12m ? formatMoneyCompact(basis.revenue12m) : '—' });
    case 'recent_contact_no_order':
      return t('customers.gradeBasis.recent_contact_no_order', { count: basis.daysSinceContact ?? 0 });
    case 'quiet_no_order':
      return t('customers.gradeBasis.quiet_no_order', { count: basis.daysSinceContact ?? 0 });
    case 'silent_no_order':
      return t('customers.gradeBasis.silent_no_order', { count: basis.monthsSinceContact ?? 0 });
    case 'never_contacted':
      return t('customers.gradeBasis.never_contacted');
  }
}
