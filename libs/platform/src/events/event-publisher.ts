import { Injectable } from '@nestjs/common';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { newId } from '@tradewind/shared';
import { TransactionHost } from '../database/transaction-host';
import { actorUserId, currentContext } from '../context';
import { DomainEventMap, DomainEventName } from './domain-event';
import { OutboxEvent } from './outbox-event.entity';

/** PostgreSQL channel the relay listens on; a notification is delivered only when the transaction commits. */
export const OUTBOX_CHANNEL = 'tw_outbox';

/** Publishes domain events through the transactional outbox. */
@Injectable()
export class EventPublisher {
  constructor(private readonly tx: TransactionHost) {}

  async publish<N extends DomainEventName>(name: N, payload: DomainEventMap[N]): Promise<string> {
    const [id] = await this.publishMany([{ name, payload }]);
    return id;
  }

  async publishMany(events: { name: DomainEventName; payload: DomainEventMap[DomainEventName] }[]): Promise<string[]> {
    if (!this.tx.inTransaction) {
      // An event outside the transaction of its change could be lost or describe a rolled-back change.
      throw new Error('domain events must be published inside the transaction of the change');
    }
    if (events.length === 0) return [];
    const actor = currentContext()?.actor;
    const rows = events.map((e) => ({
      id: newId(),
      name: e.name,
      payload: e.payload as Record<string, unknown>,
      actorUserId: actor ? actorUserId(actor) : null,
    }));
    for (let i = 0; i < rows.length; i += 1000) {
      await this.tx.manager.insert(OutboxEvent, rows.slice(i, i + 1000) as QueryDeepPartialEntity<OutboxEvent>[]);
    }
    await this.tx.manager.query(`SELECT pg_notify('${OUTBOX_CHANNEL}', '')`);
    return rows.map((r) => r.id);
  }
}
