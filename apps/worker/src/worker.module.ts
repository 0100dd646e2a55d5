import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, PlatformModule, PlatformWorkerModule } from '@tradewind/platform';
import { DOMAIN_MODULES, SCHEMAS } from '@tradewind/composition';

/** The worker process: queue consumers, the outbox relay and scheduled jobs; no HTTP. */
@Module({})
export class WorkerModule {
  static create(config: AppConfig, extraModules: DynamicModule['imports'] = []): DynamicModule {
    return {
      module: WorkerModule,
      imports: [PlatformModule.forRoot({ config, schemas: SCHEMAS }), PlatformWorkerModule, ...DOMAIN_MODULES, ...extraModules],
    };
  }
}
