import { SetMetadata } from '@nestjs/common';
import { DomainEventEnvelope, DomainEventName } from '../events/domain-event';
import { JobMap, JobName } from './job-map';

export const JOB_HANDLER_METADATA = 'tw:job-handler';

export type HandlerMetadata =
  | { kind: 'job'; name: string }
  | { kind: 'event'; name: string; event: DomainEventName };

export interface JobContext {
  jobId: string;
  attempt: number;
}

/** A provider that runs one kind of job. */
export interface RunsJob<N extends JobName> {
  run(payload: JobMap[N], context: JobContext): Promise<void>;
}

/** A provider that reacts to one domain event; it runs in a transaction at most once per event. */
export interface HandlesEvent<N extends DomainEventName> {
  handle(event: DomainEventEnvelope<N>): Promise<void>;
}

export function JobHandler(name: JobName): ClassDecorator {
  return SetMetadata(JOB_HANDLER_METADATA, { kind: 'job', name } satisfies HandlerMetadata);
}

/** `name` is the subscriber's own id (`<module>.<verbNoun>`), used for its queue, job ids and inbox rows. */
export function EventHandler(options: { event: DomainEventName; name: string }): ClassDecorator {
  return SetMetadata(JOB_HANDLER_METADATA, { kind: 'event', ...options } satisfies HandlerMetadata);
}
