export * from './domain-event';
export * from './event-publisher';
export * from './outbox-event.entity';
export * from './processed-event.entity';
export * from './outbox-relay';
