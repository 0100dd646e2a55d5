import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ActivityType, CustomerGrade, CustomerStage, GradeBasisFieldsFragment } from '../../../gql/graphql';
import { useGradeReason } from './gradeReason';

export const STAGES: readonly CustomerStage[] = ['lead', 'prospect', 'customer', 'dormant', 'lost'];
export const GRADES: readonly CustomerGrade[] = ['vip', 'key', 'regular', 'potential', 'dormant', 'lost'];

/** Activities a person logs; the others (orders, owner and stage changes) are recorded by the system. */
export type LoggableActivityType = Extract<ActivityType, 'email' | 'call' | 'meeting' | 'note' | 'whatsapp' | 'wechat'>;
export const LOGGABLE_ACTIVITY_TYPES: readonly LoggableActivityType[] = ['call', 'email', 'meeting', 'note', 'whatsapp', 'wechat'];
export const ACTIVITY_TYPES: readonly ActivityType[] = [...LOGGABLE_ACTIVITY_TYPES, 'follow_up', 'order', 'owner_change', 'status_change'];

export type FollowUpType = 'call' | 'email' | 'meeting' | 'visit' | 'message' | 'other';
export const FOLLOW_UP_TYPES: readonly FollowUpType[] = ['call', 'email', 'meeting', 'visit', 'message', 'other'];

export function isFollowUpType(value: string): value is FollowUpType {
  return (FOLLOW_UP_TYPES as readonly string[]).includes(value);
}

/** The activity that completes a follow-up of this type, as the log form's first guess. */
export function activityTypeFor(followUpType: string): LoggableActivityType {
  switch (followUpType) {
    case 'email':
      return 'email';
    case 'meeting':
    case 'visit':
      return 'meeting';
    case 'message':
      return 'whatsapp';
    case 'call':
      return 'call';
    default:
      return 'note';
  }
}

export { isOwnerChangeReason, type OwnerChangeReason } from './ownerChangeReasons';

export type MatchRule = 'email' | 'email_domain' | 'website' | 'phone' | 'name' | 'fuzzy_name';
const MATCH_RULES: readonly string[] = ['email', 'email_domain', 'website', 'phone', 'name', 'fuzzy_name'];
export function isMatchRule(value: unknown): value is MatchRule {
  return typeof value === 'string' && MATCH_RULES.includes(value);
}

const STAGE_COLORS: Record<CustomerStage, string> = {
  lead: 'default',
  prospect: 'processing',
  customer: 'success',
  dormant: 'warning',
  lost: 'error',
};
const GRADE_COLORS: Record<CustomerGrade, string> = {
  vip: 'gold',
  key: 'volcano',
  regular: 'blue',
  potential: 'cyan',
  dormant: 'default',
  lost: 'default',
};

export function StageTag({ stage }: { stage: CustomerStage }) {
  const { t } = useTranslation();
  return <Tag color={STAGE_COLORS[stage]}>{t(`customers.stages.${stage}`)}</Tag>;
}

/** The grade, with the figures behind it on hover. */
export function GradeTag({ grade, basis }: { grade: CustomerGrade | null | undefined; basis?: GradeBasisFieldsFragment | null }) {
  const { t } = useTranslation();
  const reason = useGradeReason(basis);
  if (!grade) return <Tag>{t('customers.grades.none')}</Tag>;
  const tag = <Tag color={GRADE_COLORS[grade]}>{t(`customers.grades.${grade}`)}</Tag>;
  return reason ? <Tooltip title={reason}>{tag}</Tooltip> : tag;
}

export function MatchRuleTag({ rule }: { rule: string | null | undefined }) {
  const { t } = useTranslation();
  if (!rule) return null;
  return <Tag color="purple">{isMatchRule(rule) ? t(`customers.matchRules.${rule}`) : rule}</Tag>;
}

/** A tag chip in the tag's own colour. */
export function CustomerTagChip({
  tag,
  closable,
  onClose,
}: {
  tag: { name: string; color: string };
  closable?: boolean;
  onClose?: () => void;
}) {
  return (
    <Tag
      color={tag.color}
      closable={closable}
      onClose={(event) => {
        event.preventDefault();
        onClose?.();
      }}
    >
      {tag.name}
    </Tag>
  );
}

export { formatMoney } from '../../../shared/money';
