import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, graphqlModule, PlatformApiModule, PlatformModule } from '@tradewind/platform';
import { DOMAIN_MODULES, SCHEMAS } from '@tradewind/composition';

/** The HTTP process: GraphQL, REST file routes, health checks and, in production, the SPA. */
@Module({})
export class ApiModule {
  static create(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [PlatformModule.forRoot({ config, schemas: SCHEMAS }), PlatformApiModule, graphqlModule(), ...DOMAIN_MODULES],
    };
  }
}
