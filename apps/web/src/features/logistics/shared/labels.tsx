import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export type ShipmentStatus = 'planned' | 'booked' | 'shipped' | 'arrived';
export const SHIPMENT_STATUSES: readonly ShipmentStatus[] = ['planned', 'booked', 'shipped', 'arrived'];
export const SHIPMENT_MODES = ['sea', 'air', 'rail', 'road'] as const;
export const CONTAINER_TYPES = ['20GP', '40GP', '40HQ', '45HQ', '20RF', '40RF'];

const COLORS: Record<ShipmentStatus, string> = { planned: 'default', booked: 'blue', shipped: 'orange', arrived: 'green' };

function isShipmentStatus(value: string): value is ShipmentStatus {
  return (SHIPMENT_STATUSES as readonly string[]).includes(value);
}

export function ShipmentStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return isShipmentStatus(status) ? <Tag color={COLORS[status]}>{t(`logistics.statuses.${status}`)}</Tag> : <Tag>{status}</Tag>;
}

export function ModeText({ mode }: { mode: string }) {
  const { t } = useTranslation();
  return <>{mode === 'sea' || mode === 'air' || mode === 'rail' || mode === 'road' ? t(`orders.transportModes.${mode}`) : mode}</>;
}
