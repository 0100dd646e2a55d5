export * from './customs-declaration.types';
export * from './customs-codes';
export * from './customs-declaration.builder';
