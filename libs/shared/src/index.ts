export * from './money';
export * from './countries';
export * from './ids';
export * from './spreadsheet';
export * from './collections';
export * from './dates';
