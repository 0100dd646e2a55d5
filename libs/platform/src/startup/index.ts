export * from './preflight';
export * from './stderr-logger';
export * from './first-admin';
export * from './worker-boot';
