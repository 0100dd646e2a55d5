/**
 * The catalogue of domain events. Each module adds its events to this map in its `*.events.ts`
 * (`declare module '@tradewind/platform' { interface DomainEventMap { ... } }`), so publishers and
 * handlers agree on payload types at compile time. Payloads carry ids and changed facts only.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DomainEventMap {}

export type DomainEventName = keyof DomainEventMap & string;

export interface DomainEventEnvelope<N extends DomainEventName = DomainEventName> {
  id: string;
  name: N;
  payload: DomainEventMap[N];
  occurredAt: string;
  actorUserId: string | null;
}
