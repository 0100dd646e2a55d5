export * from './cjk-fonts.loader';
