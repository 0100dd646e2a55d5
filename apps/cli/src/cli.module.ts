import { Module } from '@nestjs/common';
import { PlatformModule } from '@tradewind/platform';
import { DOMAIN_MODULES, SCHEMAS } from '@tradewind/composition';
import { cliConfig } from './cli-config';
import { DbMigrateCommand } from './commands/db-migrate.command';
import { UsersCreateCommand } from './commands/users-create.command';
import { DemoSeedCommand } from './commands/demo-seed.command';
import { CustomersImportCommand } from './commands/customers-import.command';
import { CustomersRenormaliseCommand } from './commands/customers-renormalise.command';
import { OrdersImportCommand } from './commands/orders-import.command';
import { DemoSeeder } from './demo/demo-seeder';

@Module({
  imports: [PlatformModule.forRoot({ config: cliConfig(), schemas: SCHEMAS, createDatabase: true, poolSize: 4 }), ...DOMAIN_MODULES],
  providers: [DbMigrateCommand, UsersCreateCommand, DemoSeedCommand, CustomersImportCommand, CustomersRenormaliseCommand, OrdersImportCommand, DemoSeeder],
})
export class CliModule {}
