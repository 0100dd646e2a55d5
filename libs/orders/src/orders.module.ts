import { Module, OnModuleInit } from '@nestjs/common';
import { UsersService } from '@tradewind/platform';
import { CrmFacade, CrmModule } from '@tradewind/crm';
import { OrderImportService } from './import/order-import.service';
import { OrdersDemoSeeder } from './demo/orders-demo.seeder';
import { CustomerOrdersResolver } from './order/customer-orders.resolver';
import { OrderTimelineResolver } from './order/order-timeline.resolver';
import { OrdersSettingsResolver } from './settings/orders-settings.resolver';
import { DocumentController } from './order-documents/document.controller';
import { OrderImportController } from './import/order-import.controller';
import { OrderDocumentResolver, QuotationDocumentResolver } from './order-documents/order-document.resolver';
import { OrderDocumentService } from './order-documents/order-document.service';
import { RepointMergedCustomer } from './handlers/crm.handlers';
import { OrderOwnershipService } from './order/order-ownership.service';
import { RefreshFiguresAfterImport } from './handlers/import.handlers';
import { ExpireQuotationsJob, NoticeLateDeliveriesJob, RefreshCustomerFiguresJob } from './jobs/orders.jobs';
import { LateDeliveryNotices } from './order/late-delivery-notices.service';
import { NumberingService } from './numbering/numbering.service';
import { CustomerFiguresService } from './order/customer-figures.service';
import { OrderRepository } from './order/order.repository';
import { OrderLineUsage } from './order/order-line-usage';
import { OrderResolver } from './order/order.resolver';
import { OrderService } from './order/order.service';
import { OrdersFacade } from './orders.facade';
import { ProductResolver } from './product/product.resolver';
import { ProductService } from './product/product.service';
import { ProductionResolver } from './production/production.resolver';
import { ProductionService } from './production/production.service';
import { QuotationResolver } from './quotation/quotation.resolver';
import { QuotationService } from './quotation/quotation.service';
import { OrdersSettingsService } from './settings/orders-settings.service';
import { SupplierResolver } from './supplier/supplier.resolver';
import { SupplierService } from './supplier/supplier.service';

export const ORDERS_RESOLVERS = [OrderResolver, ProductResolver, QuotationResolver, ProductionResolver, SupplierResolver, OrderDocumentResolver, QuotationDocumentResolver, CustomerOrdersResolver, OrdersSettingsResolver, OrderTimelineResolver];

/** Products, quotations, sales orders with installments and stages, production, documents. */
@Module({
  imports: [CrmModule],
  controllers: [DocumentController, OrderImportController],
  providers: [
    NumberingService, OrdersSettingsService, CustomerFiguresService, OrderRepository, OrderLineUsage, OrderService, ProductService, SupplierService,
    QuotationService, ProductionService, OrdersFacade, OrderImportService, OrderDocumentService, OrdersDemoSeeder, OrderOwnershipService, RepointMergedCustomer, RefreshFiguresAfterImport, ExpireQuotationsJob, RefreshCustomerFiguresJob, LateDeliveryNotices, NoticeLateDeliveriesJob,
    ...ORDERS_RESOLVERS,
  ],
  exports: [OrdersFacade, OrderImportService, OrdersDemoSeeder],
})
export class OrdersModule implements OnModuleInit {
  constructor(
    private readonly users: UsersService,
    private readonly crm: CrmFacade,
    private readonly ownership: OrderOwnershipService,
  ) {}

  onModuleInit(): void {
    this.crm.registerHandoverParticipant((move) => this.ownership.handOver(move));
    // Open orders and quotations need someone to see them through: a leaving salesperson hands them over first.
    this.users.registerDeactivationCheck((userId) => this.ownership.openWorkRefusal(userId));
    // Managers see orders by team, as customers: they move with their owner.
    this.users.registerTeamChangeHandler((userId, teamId) => this.ownership.followOwnersTeam(userId, teamId));
  }
}
