export * from './company-calendar';
