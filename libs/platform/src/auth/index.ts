export * from './access.decorators';
export * from './api-token.entity';
export * from './api-token.service';
export * from './auth.service';
export * from './refresh-token.entity';
export * from './token-service';
export * from './passwords';
