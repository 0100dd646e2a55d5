import { DynamicModule, Inject, Injectable, Module } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import { DomainEventEnvelope, EventHandler, HandlesEvent } from '@tradewind/platform';
import './ping.events';

/** Commit and receipt times of the outbox benchmark's events, by event id (one process, one monotonic clock). */
export class PingClock {
  readonly commits = new Map<string, number>();
  readonly receipts = new Map<string, number>();

  constructor(readonly runId: string) {}

  committed(ids: readonly string[], at: number): void {
    for (const id of ids) this.commits.set(id, at);
  }

  /** Delivery is at least once: the first receipt is the one that counts. */
  received(id: string, at: number): void {
    if (!this.receipts.has(id)) this.receipts.set(id, at);
  }
}

const PING_CLOCK = Symbol('PING_CLOCK');

@Injectable()
@EventHandler({ event: 'bench.ping.sent', name: 'bench.recordPing' })
export class RecordPingHandler implements HandlesEvent<'bench.ping.sent'> {
  constructor(@Inject(PING_CLOCK) private readonly clock: PingClock) {}

  async handle(event: DomainEventEnvelope<'bench.ping.sent'>): Promise<void> {
    if (event.payload.runId === this.clock.runId) this.clock.received(event.id, performance.now());
  }
}

/** Extra worker module holding the benchmark's handler, wired to the clock of one run. */
@Module({})
export class PingRecorderModule {
  static register(clock: PingClock): DynamicModule {
    return { module: PingRecorderModule, providers: [{ provide: PING_CLOCK, useValue: clock }, RecordPingHandler] };
  }
}
