export * from './base-record';
export * from './data-source';
export * from './connection-errors';
export * from './ensure-database';
export * from './transaction-host';
export * from './entity-columns';
export { planForEachValue, sqlPlannedForEachValue } from './statement-cache';
export * from './sql-conditions';
export * from './collation';
