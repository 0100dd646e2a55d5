declare module '@tradewind/platform' {
  interface DomainEventMap {
    /** Sent by the outbox benchmark; `runId` tells this run's events from any left by an earlier one. */
    'bench.ping.sent': { runId: string; seq: number };
  }
}

export const PING_EVENT = 'bench.ping.sent';
