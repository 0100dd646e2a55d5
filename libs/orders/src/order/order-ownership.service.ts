import { Injectable } from '@nestjs/common';
import type { HandoverMove } from '@tradewind/crm';
import { AuditTrail, TransactionHost, User } from '@tradewind/platform';
import { QuotationService } from '../quotation/quotation.service';

// Orders still being worked on: every stage but the two ends.
const FINISHED_STAGES = ['closed', 'cancelled'];

/** Who owns orders and quotations when their salesperson hands over, leaves or changes team. */
@Injectable()
export class OrderOwnershipService {
  constructor(
    readonly tx: TransactionHost,
    private readonly audit: AuditTrail,
    private readonly quotations: QuotationService,
  ) {}

  /** The orders module's part of a CRM handover, in its transaction: open quotations and open orders. */
  async handOver(move: HandoverMove): Promise<{ quotations: number; orders: number }> {
    return {
      quotations: move.includeQuotations ? await this.quotations.reassignOpen(move.customerIds, move.fromUserId, move.to) : 0,
      orders: move.includeOrders ? await this.reassignOpen(move.customerIds, move.fromUserId, move.to) : 0,
    };
  }

  /** Gives `to` the open orders `fromUserId` owns of these customers (a handover); returns how many. */
  async reassignOpen(customerIds: string[], fromUserId: string, to: User): Promise<number> {
    if (customerIds.length === 0) return 0;
    const [moved]: [{ id: string; number: string }[], number] = await this.tx.manager.query(
      `UPDATE sales_order SET owner_id = $3, team_id = $4, version = version + 1, updated_at = now()
       WHERE customer_id = ANY($1::uuid[]) AND owner_id = $2 AND stage <> ALL($5::text[])
       RETURNING id, number`,
      [customerIds, fromUserId, to.id, to.teamId, FINISHED_STAGES],
    );
    await this.audit.recordMany(moved.map((order) => ({ entityType: 'order', entityId: order.id, action: 'handed_over', changes: { ownerId: { from: fromUserId, to: to.id } } })));
    return moved.length;
  }

  /** Why `userId` may not be deactivated yet: open orders or quotations nobody else would see to. */
  async openWorkRefusal(userId: string): Promise<string | undefined> {
    const [{ orders, quotations }]: { orders: number; quotations: number }[] = await this.tx.manager.query(
      `SELECT (SELECT count(*) FROM sales_order WHERE owner_id = $1 AND stage <> ALL($2::text[]))::int AS orders,
              (SELECT count(*) FROM quotation WHERE owner_id = $1 AND is_latest AND status IN ('draft', 'sent'))::int AS quotations`,
      [userId, FINISHED_STAGES],
    );
    const open = [orders ? `${orders} open order${orders === 1 ? '' : 's'}` : '', quotations ? `${quotations} open quotation${quotations === 1 ? '' : 's'}` : ''].filter(Boolean);
    return open.length ? `this user still owns ${open.join(' and ')}; hand their customers over first (with their orders and quotations)` : undefined;
  }

  /** A salesperson's orders and quotations move into their new team with them (managers see by team). */
  async followOwnersTeam(userId: string, teamId: string | null): Promise<void> {
    await this.tx.manager.query('UPDATE sales_order SET team_id = $2 WHERE owner_id = $1', [userId, teamId]);
    await this.tx.manager.query('UPDATE quotation SET team_id = $2 WHERE owner_id = $1', [userId, teamId]);
  }
}
