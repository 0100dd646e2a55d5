export * from './amount-in-words';
export * from './fonts';
export * from './model';
export * from './render';
