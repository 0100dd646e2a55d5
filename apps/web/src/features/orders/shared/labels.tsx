import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

import { isOrderStage, type OrderStage } from './stages';

export { ORDER_STAGES, MAIN_LINE, isOrderStage, type OrderStage } from './stages';

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

export function AtRiskTag({ atRisk, reason }: { atRisk: boolean; reason?: string | null }) {
  const { t } = useTranslation();
  if (!atRisk) return null;
  const tag = (
    <Tag color="error" data-testid="at-risk">
      {t('orders.atRisk')}
    </Tag>
  );
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

export type MilestoneKind = 'materials_ready' | 'production_start' | 'qc_inspection' | 'packing' | 'ready_to_ship';
export const MILESTONE_KINDS: readonly MilestoneKind[] = [
  'materials_ready',
  'production_start',
  'qc_inspection',
  'packing',
  'ready_to_ship',
];
export function isMilestoneKind(value: unknown): value is MilestoneKind {
  return typeof value === 'string' && (MILESTONE_KINDS as readonly string[]).includes(value);
}

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
