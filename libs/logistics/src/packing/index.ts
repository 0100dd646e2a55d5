export * from './packing.types';
export * from './container-fit.calculator';
export * from './packing-list.calculator';
