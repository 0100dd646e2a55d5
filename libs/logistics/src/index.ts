import { ModuleSchema } from '@tradewind/platform';
import { LOGISTICS_MIGRATIONS } from './migrations';
import { Shipment, ShipmentItem } from './shipment/shipment.entity';

export { LogisticsModule, LOGISTICS_RESOLVERS } from './logistics.module';
export { LogisticsDemoSeeder } from './demo/logistics-demo.seeder';
export * from './packing';
export * from './customs';

export const LOGISTICS_SCHEMA: ModuleSchema = { entities: [Shipment, ShipmentItem], migrations: LOGISTICS_MIGRATIONS };
