import { useQuery } from '@apollo/client';
import { Alert, Empty, Space, Tag, Timeline, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { OrderTimelineQuery as OrderTimelineResult } from '../../../gql/graphql';
import { CursorPager } from '../../../shared/CursorPager';
import { formatMoney } from '../../../shared/money';
import { problemText, serverProblem } from '../../../shared/serverProblem';
import { useCursorPages } from '../../../shared/useCursorPages';
import { formatInstant } from '../../../shared/userTime';
import { isDocumentKind, isMilestoneKind, isOrderStage, isTransportMode, MILESTONE_KINDS } from '../shared/labels';
import { OrderTimelineQuery } from './order.graphql';

type Entry = OrderTimelineResult['order']['timeline']['nodes'][number];

const KINDS = [
  'created',
  'stage_changed',
  'payment_recorded',
  'production_planned',
  'milestone_recorded',
  'delayed',
  'document_generated',
  'updated',
  'comment',
] as const;
type Kind = (typeof KINDS)[number];
function isKind(value: string): value is Kind {
  return (KINDS as readonly string[]).includes(value);
}
const COLORS: Record<Kind, string> = {
  created: 'blue',
  stage_changed: 'cyan',
  payment_recorded: 'green',
  production_planned: 'purple',
  milestone_recorded: 'purple',
  delayed: 'red',
  document_generated: 'gold',
  updated: 'gray',
  comment: 'geekblue',
};

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}

/** What an entry says, in words: stage and payment entries worded, others as "field: from → to". */
function describe(entry: Entry, t: TFunction, currency: string): string {
  const details = record(entry.details);
  const change = (key: string) => record(details[key]);
  const stageName = (stage: unknown) => (isOrderStage(stage) ? t(`orders.stages.${stage}`) : shown(stage));
  switch (entry.kind) {
    case 'comment':
      return shown(details.body);
    case 'stage_changed':
      return t('orders.timeline.stageChanged', { from: stageName(change('stage').from), to: stageName(change('stage').to) });
    case 'payment_recorded': {
      const amount = change('received').to;
      const note = change('note').to;
      const money = typeof amount === 'string' ? formatMoney({ amount, currency }) : shown(amount);
      return note
        ? t('orders.timeline.paymentWithNote', { amount: money, note: shown(note) })
        : t('orders.timeline.payment', { amount: money });
    }
    case 'document_generated':
      return Object.entries(details)
        .map(([kind, value]) =>
          t('orders.timeline.document', {
            kind: isDocumentKind(kind) ? t(`documents.kinds.${kind}`) : kind,
            version: shown(record(value).to),
          }),
        )
        .join('; ');
    default:
      return Object.entries(details)
        .map(([key, value]) => {
          const { from, to } = record(value);
          const said = (v: unknown) => fieldValue(key, v, t, currency);
          const label = fieldLabel(key, t);
          return from === null || from === undefined ? `${label}: ${said(to)}` : `${label}: ${said(from)} → ${said(to)}`;
        })
        .join('; ');
  }
}

/** The order fields a "created" or "updated" entry may name, by the label the order page uses. */
const FIELD_LABELS = {
  number: 'number',
  total: 'total',
  currency: 'currency',
  incotermCode: 'incoterm',
  incotermPlace: 'incotermPlace',
  transportMode: 'transportMode',
  paymentTermsText: 'paymentTerms',
  deliveryDate: 'deliveryDate',
  expectedShipDate: 'expectedShipDate',
  freightCost: 'freightCost',
  insuranceCost: 'insuranceCost',
  importDutyCost: 'importDutyCost',
} as const;
const MONEY_FIELDS: ReadonlySet<string> = new Set(['total', 'freightCost', 'insuranceCost', 'importDutyCost']);

function milestoneRank(key: string): number {
  return isMilestoneKind(key) ? MILESTONE_KINDS.indexOf(key) : MILESTONE_KINDS.length;
}

function fieldLabel(key: string, t: TFunction): string {
  if (isMilestoneKind(key)) return t(`orders.milestones.${key}`);
  if (key === 'plan') return t('orders.timeline.kinds.production_planned');
  return key in FIELD_LABELS ? t(`orders.fields.${FIELD_LABELS[key as keyof typeof FIELD_LABELS]}`) : key;
}

function fieldValue(key: string, value: unknown, t: TFunction, currency: string): string {
  if (typeof value === 'string' && MONEY_FIELDS.has(key)) return formatMoney({ amount: value, currency });
  if (typeof value === 'string' && key === 'transportMode' && isTransportMode(value)) return t(`orders.transportModes.${value}`);
  if (key === 'plan') {
    // In production order: the stored plan's keys come back in whatever order the database keeps them.
    return Object.entries(record(value))
      .sort(([a], [b]) => milestoneRank(a) - milestoneRank(b))
      .map(([milestone, date]) => `${isMilestoneKind(milestone) ? t(`orders.milestones.${milestone}`) : milestone} ${shown(date)}`)
      .join('，');
  }
  // A delay is stored as "+3 days: the supplier's note" (the audit trail is English).
  const delay = typeof value === 'string' && isMilestoneKind(key) ? /^\+(\d+) days?(?:: ([\s\S]*))?$/.exec(value) : null;
  if (delay) {
    const days = Number(delay[1]);
    return delay[2] ? t('orders.timeline.delayedByWithNote', { count: days, note: delay[2] }) : t('orders.timeline.delayedBy', { count: days });
  }
  return shown(value);
}

/** Everything that happened to the order (changes and comments), newest first. */
export function OrderTimelineTab({ orderId, currency }: { orderId: string; currency: string }) {
  const { t } = useTranslation();
  const pages = useCursorPages();
  const { data, previousData, loading, error } = useQuery(OrderTimelineQuery, {
    variables: { id: orderId, first: pages.pageSize, after: pages.after },
    notifyOnNetworkStatusChange: true,
  });
  const timeline = (data ?? previousData)?.order.timeline;

  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      {error && <Alert type="error" showIcon message={problemText(serverProblem(error), t)} />}
      {timeline && timeline.nodes.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orders.timeline.empty')} />
      ) : (
        <Timeline
          style={{ marginTop: 8 }}
          items={(timeline?.nodes ?? []).map((entry, index) => ({
            key: `${entry.at}-${index}`,
            color: isKind(entry.kind) ? COLORS[entry.kind] : 'gray',
            children: (
              <div data-testid="order-timeline-item">
                <Space size={8} wrap>
                  <Tag color={isKind(entry.kind) ? COLORS[entry.kind] : undefined}>
                    {isKind(entry.kind) ? t(`orders.timeline.kinds.${entry.kind}`) : entry.kind}
                  </Tag>
                  <Typography.Text type="secondary">{formatInstant(entry.at)}</Typography.Text>
                  <Typography.Text type="secondary">· {entry.user?.displayName ?? entry.actor}</Typography.Text>
                </Space>
                <div>
                  <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{describe(entry, t, currency)}</Typography.Text>
                </div>
              </div>
            ),
          }))}
        />
      )}
      {timeline && timeline.totalCount > 0 && (
        <CursorPager pages={pages} connection={timeline} loading={loading} />
      )}
    </Space>
  );
}
