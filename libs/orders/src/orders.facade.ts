import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@tradewind/platform';
import { OrderService, type ShipmentFacts } from './order/order.service';
import { LineUsageCheck, OrderLineUsage } from './order/order-line-usage';
import { OrderLine, SalesOrder } from './order/sales-order.entity';
import { Product } from './product/product.entity';
import { OrderDocument } from './order-documents/order-document.entity';
import { DocumentModelToStore, OrderDocumentService, OrderShipmentDetails } from './order-documents/order-document.service';
import { In } from 'typeorm';
import { decimal } from '@tradewind/shared';

/** What other modules (logistics, finance) may ask of orders. */
@Injectable()
export class OrdersFacade {
  constructor(
    readonly tx: TransactionHost,
    private readonly orders: OrderService,
    private readonly documents: OrderDocumentService,
    private readonly lineUsage: OrderLineUsage,
  ) {}

  /** Another module's records that refer to order lines (logistics: shipments), which then may not be replaced. */
  registerLineUsage(check: LineUsageCheck): void {
    this.lineUsage.register(check);
  }

  /** Renders and stores a document another module built (logistics: the packing list), versioned like the order's own. */
  storeDocument(ownerType: 'shipment', ownerId: string, model: DocumentModelToStore): Promise<OrderDocument> {
    return this.documents.store(ownerType, ownerId, model);
  }

  listDocuments(ownerType: 'shipment', ownerId: string, limit?: number): Promise<OrderDocument[]> {
    return this.documents.list({ type: ownerType, id: ownerId }, limit);
  }

  /** Who may see a module's records decides who may download their documents. */
  registerDocumentVisibility(ownerType: 'shipment', check: (id: string) => Promise<unknown>): void {
    this.documents.registerVisibility(ownerType, check);
  }

  /** How an order's goods left, for its commercial invoice (logistics knows the shipments). */
  registerShipmentDetails(details: (orderId: string) => Promise<OrderShipmentDetails | null>): void {
    this.documents.registerShipmentDetails(details);
  }

  /** Letterhead, bank details and the buyer block, as the order's documents print them. */
  documentParties(orderId: string, language: 'en' | 'zh') {
    return this.documents.partiesForOrder(orderId, language);
  }

  /** An order the caller may see; not-found otherwise. */
  async getOrder(id: string): Promise<SalesOrder & { openAmount: string }> {
    const order = await this.orders.getVisible(id);
    const installments = await this.orders.installments([order.id]);
    const open = installments.reduce((sum, i) => sum.plus(decimal(i.amount).minus(i.paidAmount)), decimal(0));
    return Object.assign(order, { openAmount: open.toFixed() });
  }

  lines(orderIds: readonly string[]): Promise<OrderLine[]> {
    return this.orders.lines(orderIds);
  }

  products(ids: readonly string[]): Promise<Product[]> {
    return ids.length ? this.tx.manager.findBy(Product, { id: In([...ids]) }) : Promise.resolve([]);
  }

  /** Money received for an order (finance's matching lands here). */
  recordReceipt(orderId: string, amount: string, note?: string): Promise<SalesOrder> {
    return this.orders.recordReceipt(orderId, amount, note);
  }

  /** Moves an order's stage under the same rules as the API (used by demo data and shipment flows). */
  moveStage(orderId: string, to: SalesOrder['stage']): Promise<SalesOrder> {
    return this.orders.moveStage(orderId, to);
  }

  /** Logistics records what it learns (booking, B/L, customs) on the orders a shipment carries. */
  recordShipmentFacts(orderIds: string[], facts: ShipmentFacts): Promise<void> {
    return this.orders.recordShipmentFacts(orderIds, facts);
  }
}
