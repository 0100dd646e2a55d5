export * from './app-errors';
