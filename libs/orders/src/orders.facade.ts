import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@tradewind/platform';
import { OrderService } from './order/order.service';
import { OrderLine, SalesOrder } from './order/sales-order.entity';
import { Product } from './product/product.entity';
import { In } from 'typeorm';

/** What other modules (logistics, finance) may ask of orders. */
@Injectable()
export class OrdersFacade {
  constructor(
    readonly tx: TransactionHost,
    private readonly orders: OrderService,
  ) {}

  /** An order the caller may see; not-found otherwise. */
  getOrder(id: string): Promise<SalesOrder> {
    return this.orders.getVisible(id);
  }

  lines(orderIds: readonly string[]): Promise<OrderLine[]> {
    return this.orders.lines(orderIds);
  }

  products(ids: readonly string[]): Promise<Product[]> {
    return ids.length ? this.tx.manager.findBy(Product, { id: In([...ids]) }) : Promise.resolve([]);
  }

  /** Logistics records what it learns (booking, B/L, customs) on the orders a shipment carries. */
  recordShipmentFacts(orderIds: string[], facts: { bookingNumber?: string | null; blNumber?: string | null; blDate?: string | null; customsCleared?: boolean }): Promise<void> {
    return this.orders.recordShipmentFacts(orderIds, facts);
  }
}
