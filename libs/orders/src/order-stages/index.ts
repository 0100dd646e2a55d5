export * from './order-stages';
export * from './order-stage.machine';
export { formatAmount } from './amount.formatter';
