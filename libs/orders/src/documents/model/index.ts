export * from './document.model';
export * from './document-model.checks';
export * from './document-file-name';
