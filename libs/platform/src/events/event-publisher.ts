import { Injectable } from '@nestjs/common';
import { newId } from '@tradewind/shared';
import { TransactionHost } from '../database/transaction-host';
import { actorUserId, currentContext } from '../context';
import { DomainEventMap, DomainEventName } from './domain-event';

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
    const rows = events.map((e) => ({ id: newId(), name: e.name, payload: e.payload }));
    await this.tx.writeJsonRows(
      `INSERT INTO outbox_event (id, name, payload, actor_user_id) SELECT id, name, payload, $2 FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, name text, payload jsonb)`,
      rows,
      [actor ? actorUserId(actor) : null],
    );
    await this.tx.manager.query(`SELECT pg_notify('${OUTBOX_CHANNEL}', '')`);
    return rows.map((r) => r.id);
  }
}
