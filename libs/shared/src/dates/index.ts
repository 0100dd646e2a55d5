export * from './company-calendar';
export * from './calendar-date';
