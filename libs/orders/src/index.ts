import './orders.events';
import { ModuleSchema } from '@tradewind/platform';
import { ORDERS_MIGRATIONS } from './migrations';
import { NumberSequence } from './numbering/number-sequence.entity';
import { OrderComment, OrderInstallment, OrderLine, OrderStageChange, SalesOrder } from './order/sales-order.entity';
import { OrderDocument } from './order-documents/order-document.entity';
import { Product, ProductPrice } from './product/product.entity';
import { ProductionMilestone, PurchaseOrder, PurchaseOrderLine } from './production/production.entity';
import { Quotation, QuotationLine } from './quotation/quotation.entity';
import { OrdersSettings } from './settings/orders-settings.entity';
import { Supplier } from './supplier/supplier.entity';

export { OrdersModule, ORDERS_RESOLVERS } from './orders.module';
export { OrdersFacade } from './orders.facade';
export { OrderImportService } from './import/order-import.service';
export { OrderImportFileError, SpreadsheetFileError } from './import';
export type { OrderImportReport } from './import';
export { ORDERS_JOBS } from './orders.events';
export type { SalesOrder, OrderLine } from './order/sales-order.entity';
export { applyOrderScope, orderScopeCondition } from './order/order.repository';
export { shippingRefusal } from './order-stages';
export type { OrderStage } from './order-stages';
export { OrderObject } from './order/order.objects';
export { DocumentObject } from './order-documents/order-document.resolver';
export type { OrderDocument } from './order-documents/order-document.entity';
export type { DocumentModelToStore, OrderShipmentDetails } from './order-documents/order-document.service';
export { documentLineDescription } from './order-documents/order-document.service';
export type { ShipmentFacts } from './order/order.service';
export type { LineUse } from './order/order-line-usage';
export * from './documents';
export type { Product } from './product/product.entity';

export const ORDERS_SCHEMA: ModuleSchema = {
  entities: [Supplier, Product, ProductPrice, Quotation, QuotationLine, SalesOrder, OrderLine, OrderInstallment, OrderStageChange, OrderComment, PurchaseOrder, PurchaseOrderLine, ProductionMilestone, NumberSequence, OrderDocument, OrdersSettings],
  migrations: ORDERS_MIGRATIONS,
};
export type { IncotermCode } from './incoterms';
export { OrdersDemoSeeder } from './demo/orders-demo.seeder';
