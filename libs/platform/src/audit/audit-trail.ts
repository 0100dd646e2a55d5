import { Injectable } from '@nestjs/common';
import { newId } from '@tradewind/shared';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { TransactionHost } from '../database/transaction-host';
import { AuditChanges, AuditLog } from './audit-log.entity';
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
    const rows = entries.map((e) => ({
      // Time-ordered (see newId) rather than the column's random default: audit_log is one of the largest tables.
      id: newId(),
      actorUserId: actorUserId(actor),
      actorLabel: describeActor(actor),
      entityType: e.entityType,
      entityId: e.entityId,
      action: e.action,
      changes: e.changes ?? {},
    }));
    // Chunked: a handover or merge may audit thousands of records at once.
    for (let i = 0; i < rows.length; i += 1000) {
      await this.tx.manager.insert(AuditLog, rows.slice(i, i + 1000) as QueryDeepPartialEntity<AuditLog>[]);
    }
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
