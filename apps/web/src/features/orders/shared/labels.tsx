import { Tag, Tooltip } from 'antd';
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import { isOrderStage, type OrderStage } from './stages';

export { ORDER_STAGES, MAIN_LINE, isOrderStage, skippedStages, type OrderStage } from './stages';

const STAGE_COLORS: Record<OrderStage, string> = {
  draft: 'default',
  confirmed: 'blue',
  deposit_received: 'cyan',
  in_production: 'geekblue',
  ready: 'purple',
  booked: 'magenta',
  shipped: 'orange',
  customs_cleared: 'gold',
  documents_sent: 'lime',
  paid: 'green',
  closed: 'default',
  cancelled: 'red',
  on_hold: 'volcano',
};

export function OrderStageTag({ stage }: { stage: string }) {
  const { t } = useTranslation();
  if (!isOrderStage(stage)) return <Tag>{stage}</Tag>;
  return <Tag color={STAGE_COLORS[stage]}>{t(`orders.stages.${stage}`)}</Tag>;
}

/** What the SPA needs to word an order's risk; the server decides whether the order is at risk. */
export interface RiskFacts {
  atRisk: boolean;
  riskReason?: string | null;
  deliveryDate?: string | null;
  expectedShipDate?: string | null;
}

/**
 * Why an order is at risk, in the reader's language: production expects to ship after the agreed
 * delivery date, or that date has passed before shipping (the server's stored English reason only when
 * the dates say neither).
 */
export function riskText(t: TFunction, order: RiskFacts, today = dayjs().format('YYYY-MM-DD')): string | null {
  if (!order.atRisk) return null;
  const delivery = order.deliveryDate;
  if (delivery && order.expectedShipDate && order.expectedShipDate > delivery) {
    return t('orders.detail.atRiskDefault', { expected: order.expectedShipDate, delivery, count: dayjs(order.expectedShipDate).diff(dayjs(delivery), 'day') });
  }
  if (delivery && delivery < today) return t('orders.detail.atRiskOverdue', { delivery, count: dayjs(today).diff(dayjs(delivery), 'day') });
  return order.riskReason ?? null;
}

export function AtRiskTag({ order }: { order: RiskFacts }) {
  const { t } = useTranslation();
  if (!order.atRisk) return null;
  const tag = (
    <Tag color="error" data-testid="at-risk">
      {t('orders.atRisk')}
    </Tag>
  );
  const reason = riskText(t, order);
  return reason ? <Tooltip title={reason}>{tag}</Tooltip> : tag;
}

export type QuotationStatus = 'draft' | 'sent' | 'accepted' | 'rejected' | 'expired';
export const QUOTATION_STATUSES: readonly QuotationStatus[] = ['draft', 'sent', 'accepted', 'rejected', 'expired'];
const QUOTATION_COLORS: Record<QuotationStatus, string> = {
  draft: 'default',
  sent: 'processing',
  accepted: 'success',
  rejected: 'error',
  expired: 'warning',
};

function isQuotationStatus(value: string): value is QuotationStatus {
  return (QUOTATION_STATUSES as readonly string[]).includes(value);
}

/** The status, and beside a draft or sent quotation whose validity date has passed, that it lapsed. */
export function QuotationStatusTag({ status, pastValidity }: { status: string; pastValidity?: boolean }) {
  const { t } = useTranslation();
  const tag = isQuotationStatus(status) ? <Tag color={QUOTATION_COLORS[status]}>{t(`quotations.statuses.${status}`)}</Tag> : <Tag>{status}</Tag>;
  if (!pastValidity) return tag;
  return (
    <>
      {tag}
      <Tooltip title={t('quotations.pastValidityHint')}>
        <Tag color="orange" data-testid="quotation-lapsed">
          {t('quotations.pastValidity')}
        </Tag>
      </Tooltip>
    </>
  );
}

export { isMilestoneKind, MILESTONE_KINDS, type MilestoneKind } from './milestoneKinds';

export type DocumentKind = 'quotation' | 'proforma_invoice' | 'sales_contract' | 'commercial_invoice' | 'packing_list';
export const ORDER_DOCUMENT_KINDS: readonly DocumentKind[] = ['proforma_invoice', 'sales_contract', 'commercial_invoice'];
export function isDocumentKind(value: string): value is DocumentKind {
  return ['quotation', 'proforma_invoice', 'sales_contract', 'commercial_invoice', 'packing_list'].includes(value);
}

export type DocumentLanguage = 'en' | 'zh';
export const DOCUMENT_LANGUAGES: readonly DocumentLanguage[] = ['zh', 'en'];

export const INCOTERMS = ['EXW', 'FCA', 'FAS', 'FOB', 'CFR', 'CIF', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP'] as const;
export const CURRENCIES = ['USD', 'EUR', 'CNY', 'GBP', 'JPY', 'HKD', 'AUD', 'CAD', 'CHF', 'AED', 'SGD'] as const;
export const TRANSPORT_MODES = ['sea', 'air', 'rail', 'road'] as const;
export type TransportMode = (typeof TRANSPORT_MODES)[number];
export function isTransportMode(value: string): value is TransportMode {
  return (TRANSPORT_MODES as readonly string[]).includes(value);
}
