// Reading the file throws the shared SpreadsheetFileError; callers of this module catch it from here.
export { SpreadsheetFileError } from '@tradewind/shared';
export * from './order-import.types';
export * from './order-import.errors';
export * from './order-column.detector';
export * from './cell-value.parsers';
export * from './order-row.parser';
export * from './order-rows.grouper';
export * from './order-fingerprint';
export * from './order-import.parser';
