import { createHash } from 'node:crypto';
import type { ParsedOrder } from './order-import.types';

// Bump when the normalised form changes, so every stored fingerprint reads as "updated" once.
const FINGERPRINT_VERSION = 'order-import/v1';

/**
 * A stable hash of what the file says about an order: the importer stores it and compares on
 * re-import to tell created / updated / unchanged. It covers the inputs (normalised: decimals without
 * trailing zeros, names with collapsed spaces, terms in canonical form, lines in file order) but not
 * row numbers, so moving an order within the file or adding blank rows changes nothing.
 */
export function contentFingerprint(order: ParsedOrder): string {
  const normalised = [
    FINGERPRINT_VERSION,
    order.orderNo,
    order.customer.name,
    order.customer.country ?? null,
    order.orderDate,
    order.currency,
    order.incoterm.code,
    order.incoterm.place,
    order.paymentTerms.installments.map((t) => [t.percentage, t.method, t.trigger, 'days' in t ? t.days : null]),
    order.deliveryDate ?? null,
    order.received?.toFixed() ?? null,
    order.lines.map((line) => [line.sku ?? null, line.description, line.quantity, line.unitPrice]),
  ];
  return createHash('sha256').update(JSON.stringify(normalised)).digest('hex');
}
