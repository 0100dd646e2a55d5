export * from './amount-in-words.formatter';
export * from './currency-names';
