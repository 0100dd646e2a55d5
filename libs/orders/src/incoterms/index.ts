export * from './incoterm-rules';
export * from './incoterm.parser';
export * from './incoterm.checks';
