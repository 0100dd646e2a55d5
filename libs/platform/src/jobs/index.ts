export * from './job-map';
export * from './handler-decorators';
export * from './handler-registry';
export * from './queue-registry';
export * from './job-queue.service';
export * from './job-runner';
export * from './job-scheduler';
export * from './failed-jobs.resolver';
