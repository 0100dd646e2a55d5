import { Module } from '@nestjs/common';
import { OrdersModule } from '@tradewind/orders';
import { OrderShipmentsResolver, ShipmentResolver } from './shipment/shipment.resolver';
import { ShipmentService } from './shipment/shipment.service';
import { LogisticsDemoSeeder } from './demo/logistics-demo.seeder';

export const LOGISTICS_RESOLVERS = [ShipmentResolver, OrderShipmentsResolver];

/** Shipments, packing lists and export customs declarations. */
@Module({ imports: [OrdersModule], providers: [ShipmentService, LogisticsDemoSeeder, ...LOGISTICS_RESOLVERS], exports: [LogisticsDemoSeeder] })
export class LogisticsModule {}
