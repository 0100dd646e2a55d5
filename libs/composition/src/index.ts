import type { DynamicModule, Type } from '@nestjs/common';
import { ModuleSchema, PLATFORM_RESOLVERS, PLATFORM_SCHEMA, ScheduleDefinition } from '@tradewind/platform';
import { CRM_JOBS, CRM_RESOLVERS, CRM_SCHEMA, CrmModule } from '@tradewind/crm';
import { ALERTS_RESOLVERS, ALERTS_SCHEMA, AlertsModule } from '@tradewind/alerts';
import { ORDERS_JOBS, ORDERS_RESOLVERS, ORDERS_SCHEMA, OrdersModule } from '@tradewind/orders';
import { LOGISTICS_RESOLVERS, LOGISTICS_SCHEMA, LogisticsModule } from '@tradewind/logistics';

/** Schemas of every module, in dependency order. */
export const SCHEMAS: ModuleSchema[] = [PLATFORM_SCHEMA, CRM_SCHEMA, ORDERS_SCHEMA, LOGISTICS_SCHEMA, ALERTS_SCHEMA];

/** Nest modules of the business domains. */
export const DOMAIN_MODULES: (Type | DynamicModule)[] = [CrmModule, OrdersModule, LogisticsModule, AlertsModule];

/** Every job name the catalogue declares; the worker refuses to start unless each has one handler. */
export const DECLARED_JOBS: string[] = [...CRM_JOBS, ...ORDERS_JOBS];

/** Recurring jobs, declared in one place with stable ids (times in the company's time zone, COMPANY_TIME_ZONE). */
export const SCHEDULES: ScheduleDefinition[] = [
  { id: 'crm.nightlyGrading', job: 'crm.recomputeGrades', cron: '0 2 * * *', payload: {} },
  { id: 'crm.nightlyPoolReturn', job: 'crm.returnIdleCustomers', cron: '30 2 * * *', payload: {} },
  { id: 'crm.dailyKeyDates', job: 'crm.remindKeyDates', cron: '0 7 * * *', payload: {} },
  { id: 'crm.followUpReminders', job: 'crm.sendFollowUpReminders', cron: '*/5 * * * *', payload: {} },
  { id: 'orders.dailyQuotationExpiry', job: 'orders.expireQuotations', cron: '5 0 * * *', payload: {} },
  { id: 'orders.nightlyCustomerFigures', job: 'orders.refreshCustomerFigures', cron: '0 1 * * *', payload: {} },
  { id: 'orders.dailyLateDeliveries', job: 'orders.noticeLateDeliveries', cron: '0 8 * * *', payload: {} },
];

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: Function[] = [...PLATFORM_RESOLVERS, ...CRM_RESOLVERS, ...ORDERS_RESOLVERS, ...LOGISTICS_RESOLVERS, ...ALERTS_RESOLVERS];
