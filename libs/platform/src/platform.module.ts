import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE, DiscoveryModule } from '@nestjs/core';
import { setCompanyTimeZone } from '@tradewind/shared';
import { AppErrorFilter } from './http/app-error.filter';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from './config/config';
import { createDataSource, ModuleSchema } from './database/data-source';
import { ensureDatabaseExists } from './database/ensure-database';
import { TransactionHost } from './database/transaction-host';
import { AuditTrail } from './audit/audit-trail';
import { AuditResolver } from './audit/audit.resolver';
import { EventPublisher } from './events/event-publisher';
import { OutboxRelay } from './events/outbox-relay';
import { QueueRegistry } from './jobs/queue-registry';
import { JobQueue } from './jobs/job-queue.service';
import { HandlerRegistry } from './jobs/handler-registry';
import { JobRunner } from './jobs/job-runner';
import { JobScheduler } from './jobs/job-scheduler';
import { FailedJobsResolver } from './jobs/failed-jobs.resolver';
import { UsersService } from './users/users.service';
import { UsersResolver } from './users/users.resolver';
import { TokenService } from './auth/token-service';
import { ApiTokenService } from './auth/api-token.service';
import { AuthService } from './auth/auth.service';
import { LoginRateLimiter } from './auth/login-rate-limiter';
import { AuthGuard } from './auth/auth.guard';
import { AuthResolver } from './auth/auth.resolver';
import { InputValidationPipe } from './graphql/validation.pipe';
import { HealthController } from './health/health.controller';

export interface PlatformOptions {
  config: AppConfig;
  schemas: ModuleSchema[];
  /** The CLI creates the database when it does not exist yet. */
  createDatabase?: boolean;
  poolSize?: number;
}

@Injectable()
class DatabaseLifecycle implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

const CORE_PROVIDERS = [TransactionHost, EventPublisher, AuditTrail, QueueRegistry, JobQueue, UsersService, TokenService, ApiTokenService];

/** Config, database, transactions, events, queues and users: what every process needs. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    // Every process builds this module before anything dates a record or schedules a job.
    setCompanyTimeZone(options.config.companyTimeZone);
    return {
      module: PlatformModule,
      providers: [
        { provide: APP_CONFIG, useValue: options.config },
        {
          provide: DataSource,
          useFactory: async () => {
            if (options.createDatabase) await ensureDatabaseExists(options.config.databaseUrl);
            return createDataSource(options.config.databaseUrl, options.schemas, options.poolSize).initialize();
          },
        },
        DatabaseLifecycle,
        ...CORE_PROVIDERS,
      ],
      exports: [APP_CONFIG, DataSource, ...CORE_PROVIDERS],
    };
  }
}

/** What the HTTP process adds: the global guard and validation, auth and admin resolvers, health routes. */
@Module({
  providers: [
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_PIPE, useClass: InputValidationPipe },
    { provide: APP_FILTER, useClass: AppErrorFilter },
    AuthService,
    LoginRateLimiter,
    UsersResolver,
    AuthResolver,
    FailedJobsResolver,
    AuditResolver,
  ],
  controllers: [HealthController],
})
export class PlatformApiModule {}

/** What the worker process adds: handler discovery, queue consumers, the outbox relay and schedules. */
@Module({
  imports: [DiscoveryModule],
  providers: [HandlerRegistry, JobRunner, OutboxRelay, JobScheduler],
  exports: [HandlerRegistry, JobRunner, OutboxRelay, JobScheduler],
})
export class PlatformWorkerModule {}

/** Resolvers the platform contributes to the schema (for schema emission without a running app). */
export const PLATFORM_RESOLVERS = [UsersResolver, AuthResolver, FailedJobsResolver, AuditResolver];
