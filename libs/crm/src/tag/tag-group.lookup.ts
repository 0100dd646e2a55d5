import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@tradewind/platform';

/**
 * Which group each tag belongs to, for the customer list's tag filter (OR within a group, AND
 * across groups). A tag never changes group and is never deleted, so what was read once stays
 * true for the life of the process: remembered, the filter costs no round trip per list page.
 * Only tags that exist are remembered (an unknown id is read again each time), and only what was
 * read outside a transaction: inside one, a tag might be the transaction's own and vanish with it.
 */
@Injectable()
export class TagGroupLookup {
  private readonly groupOfTag = new Map<string, string>();

  constructor(private readonly tx: TransactionHost) {}

  /** The group of each of the given tags that exists (ids absent from the answer do not exist). */
  async groupsOf(tagIds: readonly string[]): Promise<Map<string, string>> {
    const groups = new Map<string, string>();
    const unknown: string[] = [];
    for (const id of tagIds) {
      const groupId = this.groupOfTag.get(id);
      if (groupId) groups.set(id, groupId);
      else unknown.push(id);
    }
    if (!unknown.length) return groups;
    const rows = await this.tx.read<{ id: string; group_id: string }>('SELECT id, group_id FROM tag WHERE id = ANY($1::uuid[])', [unknown]);
    for (const row of rows) groups.set(row.id, row.group_id);
    if (!this.tx.inTransaction) this.remember(rows);
    return groups;
  }

  private remember(rows: readonly { id: string; group_id: string }[]): void {
    if (this.groupOfTag.size + rows.length > MAX_REMEMBERED_TAGS) this.groupOfTag.clear();
    for (const row of rows) this.groupOfTag.set(row.id, row.group_id);
  }
}

/** Far more tags than a company keeps; beyond it the memory starts over rather than grow without end. */
const MAX_REMEMBERED_TAGS = 50_000;
