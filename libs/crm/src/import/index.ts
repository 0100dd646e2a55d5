export * from './customer-import.types';
export * from './import.errors';
export * from './column.detector';
export { hasIdentityColumn } from './customer-fields';
export * from './spreadsheet.reader';
export * from './customer-row.parser';
