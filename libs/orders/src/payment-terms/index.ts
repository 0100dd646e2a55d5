export * from './payment-terms';
export * from './payment-terms.parser';
export * from './payment-terms.formatter';
export * from './installment-schedule';
export { addDays, daysBetween, isIsoDate } from './iso-date';
