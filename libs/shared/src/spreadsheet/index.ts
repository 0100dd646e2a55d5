export * from './spreadsheet.types';
export * from './spreadsheet-file.errors';
export * from './cell-text';
export * from './spreadsheet.reader';
