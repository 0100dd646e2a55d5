export * from './customer-import.types';
export * from './import.errors';
export * from './column.detector';
export * from './spreadsheet.reader';
export * from './customer-row.parser';
