import { Injectable } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { DomainEventName } from '../events/domain-event';
import { HandlerMetadata, HandlesEvent, JOB_HANDLER_METADATA, RunsJob } from './handler-decorators';
import { JobName, queueOf } from './job-map';

export type RegisteredHandler =
  | { kind: 'job'; name: string; queue: string; instance: RunsJob<JobName> }
  | { kind: 'event'; name: string; queue: string; event: DomainEventName; instance: HandlesEvent<DomainEventName> };

/** Thrown at worker start when the job catalogue and the handlers do not match one to one. */
export class HandlerRegistryError extends Error {}

/**
 * Every job and event handler of the process, found among Nest providers by their decorators.
 * Built once at start; refuses duplicates and declared jobs without a handler.
 */
@Injectable()
export class HandlerRegistry {
  private readonly byName = new Map<string, RegisteredHandler>();
  private readonly subscribers = new Map<string, RegisteredHandler[]>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  build(declaredJobs: readonly string[]): void {
    this.byName.clear();
    this.subscribers.clear();
    for (const wrapper of this.discovery.getProviders()) {
      const { instance, metatype } = wrapper;
      if (!instance || !metatype) continue;
      const meta = this.reflector.get<HandlerMetadata | undefined>(JOB_HANDLER_METADATA, metatype);
      if (!meta) continue;
      if (this.byName.has(meta.name)) {
        throw new HandlerRegistryError(`"${meta.name}" has two handlers; each job or subscriber needs exactly one`);
      }
      const handler: RegisteredHandler =
        meta.kind === 'job'
          ? { kind: 'job', name: meta.name, queue: queueOf(meta.name), instance: instance as RunsJob<JobName> }
          : { kind: 'event', name: meta.name, queue: queueOf(meta.name), event: meta.event, instance: instance as HandlesEvent<DomainEventName> };
      this.byName.set(meta.name, handler);
      if (handler.kind === 'event') {
        this.subscribers.set(handler.event, [...(this.subscribers.get(handler.event) ?? []), handler]);
      }
    }
    for (const job of declaredJobs) {
      const handler = this.byName.get(job);
      if (!handler || handler.kind !== 'job') throw new HandlerRegistryError(`job "${job}" has no handler`);
    }
  }

  get(name: string): RegisteredHandler | undefined {
    return this.byName.get(name);
  }

  subscribersOf(event: string): RegisteredHandler[] {
    return this.subscribers.get(event) ?? [];
  }

  queues(): string[] {
    return [...new Set([...this.byName.values()].map((h) => h.queue))].sort();
  }
}
