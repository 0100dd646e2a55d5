import type { DynamicModule, Type } from '@nestjs/common';
import { ModuleSchema, PLATFORM_RESOLVERS, PLATFORM_SCHEMA, ScheduleDefinition } from '@tradewind/platform';

/** Schemas of every module, in dependency order. */
export const SCHEMAS: ModuleSchema[] = [PLATFORM_SCHEMA];

/** Nest modules of the business domains. */
export const DOMAIN_MODULES: (Type | DynamicModule)[] = [];

/** Every job name the catalogue declares; the worker refuses to start unless each has one handler. */
export const DECLARED_JOBS: string[] = [];

/** Recurring jobs, declared in one place with stable ids. */
export const SCHEDULES: ScheduleDefinition[] = [];

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: Function[] = [...PLATFORM_RESOLVERS];
