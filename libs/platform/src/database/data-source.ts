import { DataSource, DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';
import { pgDriverWithPipelinedReads, READS_APPLICATION_NAME } from './pipelined-pool';
import { StatementCachingClient } from './statement-cache';
import { useFastTimestamptzParser } from './timestamptz.parser';

/** What a module contributes to the shared database: its entities and its migrations. */
export interface ModuleSchema {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
}

export function dataSourceOptions(databaseUrl: string, modules: ModuleSchema[], poolSize = 10): DataSourceOptions {
  useFastTimestamptzParser();
  return {
    type: 'postgres',
    // Reads outside transactions (TypeORM's SELECTs in "slave" mode) go to the same database through a
    // few shared pipelined connections (PipelinedReadPool); everything else uses the ordinary pool.
    replication: {
      master: { url: databaseUrl, applicationName: 'tradewind' },
      slaves: [{ url: databaseUrl, applicationName: READS_APPLICATION_NAME }],
    },
    driver: pgDriverWithPipelinedReads(),
    entities: modules.flatMap((m) => m.entities as unknown[]) as DataSourceOptions['entities'],
    migrations: modules.flatMap((m) => m.migrations),
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL 13+; no extension to install.
    uuidExtension: 'pgcrypto',
    // Schema changes only ever come from reviewed migrations.
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    // A failed query throws and is reported where it is handled; TypeORM's own log would repeat it with
    // every parameter (a whole import batch, personal data) in it.
    logging: false,
    extra: { max: poolSize, Client: StatementCachingClient },
  };
}

export function createDataSource(databaseUrl: string, modules: ModuleSchema[], poolSize?: number): DataSource {
  return new DataSource(dataSourceOptions(databaseUrl, modules, poolSize));
}
