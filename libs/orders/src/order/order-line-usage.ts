import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@tradewind/platform';
import { decimal } from '@tradewind/shared';
import type { OrderLine } from './sales-order.entity';

/** A record that refers to an order's lines. */
export interface LineUse {
  kind: 'purchase_order' | 'shipment';
  number: string;
}

/** Which of the orders have lines something refers to, and what, by order id. */
export type LineUsageCheck = (orderIds: readonly string[]) => Promise<Map<string, LineUse[]>>;

const USE_WORDS: Record<LineUse['kind'], { en: string; zh: string }> = {
  purchase_order: { en: 'purchase order', zh: '采购单' },
  shipment: { en: 'shipment', zh: '出运' },
};

/** "purchase order PO-2026-0001, shipment SH-…" in English and Chinese. */
export function describeLineUses(uses: readonly LineUse[]): { en: string; zh: string } {
  return {
    en: uses.map((u) => `${USE_WORDS[u.kind].en} ${u.number}`).join(', '),
    zh: uses.map((u) => `${USE_WORDS[u.kind].zh} ${u.number}`).join('、'),
  };
}

/**
 * What refers to an order's lines: its purchase orders here, shipments in logistics (which registers
 * its check, as orders cannot import logistics). Lines so referenced must keep their ids and
 * quantities, so an order whose lines are used may not have them replaced.
 */
@Injectable()
export class OrderLineUsage {
  private readonly checks: LineUsageCheck[] = [(orderIds) => this.purchaseOrders(orderIds)];

  constructor(private readonly tx: TransactionHost) {}

  register(check: LineUsageCheck): void {
    this.checks.push(check);
  }

  async of(orderIds: readonly string[]): Promise<Map<string, LineUse[]>> {
    const usage = new Map<string, LineUse[]>();
    if (orderIds.length === 0) return usage;
    for (const check of this.checks) {
      for (const [orderId, uses] of await check(orderIds)) usage.set(orderId, [...(usage.get(orderId) ?? []), ...uses]);
    }
    return usage;
  }

  private async purchaseOrders(orderIds: readonly string[]): Promise<Map<string, LineUse[]>> {
    const rows: { order_id: string; numbers: string[] }[] = await this.tx.manager.query(
      `SELECT l.order_id, array_agg(DISTINCT po.number ORDER BY po.number) AS numbers
         FROM purchase_order_line pl JOIN order_line l ON l.id = pl.order_line_id JOIN purchase_order po ON po.id = pl.purchase_order_id
        WHERE l.order_id = ANY($1::uuid[]) GROUP BY l.order_id`,
      [orderIds],
    );
    return new Map(rows.map((r) => [r.order_id, r.numbers.map((number) => ({ kind: 'purchase_order' as const, number }))]));
  }
}

/** What a line sells: SKU, description, quantity and price. */
type LineTerms = Pick<OrderLine, 'description' | 'quantity' | 'unitPrice'> & { sku?: string | null };
type LineContent = LineTerms & Pick<OrderLine, 'position'> & { unit?: string; productId?: string | null };

/** Whether two lines sell the same thing at the same quantity and price. */
export function sameLineTerms(a: LineTerms, b: LineTerms): boolean {
  return (a.sku ?? null) === (b.sku ?? null) && a.description === b.description && decimal(a.quantity).equals(b.quantity) && decimal(a.unitPrice).equals(b.unitPrice);
}

/** Whether new lines say what the stored ones say (an edit form sends the lines back unchanged). */
export function sameLines(stored: readonly OrderLine[], next: readonly LineContent[]): boolean {
  if (stored.length !== next.length) return false;
  const byPosition = [...stored].sort((a, b) => a.position - b.position);
  return next.every((line, i) => {
    const old = byPosition[i];
    return old.position === line.position && (old.productId ?? null) === (line.productId ?? null) && old.unit === (line.unit ?? 'pcs') && sameLineTerms(old, line);
  });
}
