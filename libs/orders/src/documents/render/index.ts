export * from './document.renderer';
export { DOCUMENT_LABELS } from './labels';
export type { DocumentLabels } from './labels';
export { formatDate, formatDecimal, formatMoney, formatUnitPrice, groupThousands } from './figures.formatter';
