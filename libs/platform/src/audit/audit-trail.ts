import { Injectable } from '@nestjs/common';
import { newId } from '@tradewind/shared';
import { TransactionHost } from '../database/transaction-host';
import { AuditChanges } from './audit-log.entity';
import { actorUserId, currentActor, describeActor } from '../context';

export interface AuditEntry {
  entityType: string;
  entityId: string;
  action: string;
  changes?: AuditChanges;
}

/** Writes audit rows inside the caller's transaction, attributed to the current actor. */
@Injectable()
export class AuditTrail {
  constructor(private readonly tx: TransactionHost) {}

  async record(entry: AuditEntry): Promise<void> {
    await this.recordMany([entry]);
  }

  async recordMany(entries: AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const actor = currentActor();
    await this.tx.writeJsonRows(
      `INSERT INTO audit_log (id, actor_user_id, actor_label, entity_type, entity_id, action, changes)
       SELECT id, $2, $3, entity_type, entity_id, action, changes FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, entity_type text, entity_id uuid, action text, changes jsonb)`,
      // Time-ordered ids (see newId) rather than the column's random default: audit_log is one of the largest tables.
      entries.map((e) => ({ id: newId(), entity_type: e.entityType, entity_id: e.entityId, action: e.action, changes: e.changes ?? {} })),
      [actorUserId(actor), describeActor(actor)],
    );
  }
}

/** The fields whose values differ between two versions of a record. */
export function diffFields<T extends object>(before: T, after: Partial<T>, fields: readonly (keyof T & string)[]): AuditChanges {
  const changes: AuditChanges = {};
  for (const field of fields) {
    if (!(field in after)) continue;
    const from = before[field];
    const to = after[field];
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  return changes;
}
