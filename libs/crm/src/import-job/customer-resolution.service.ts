import { Injectable } from '@nestjs/common';
import { actorUserId, AuditTrail, currentActor, dataScopeOf, EventPublisher, positionalBinder, TransactionHost } from '@tradewind/platform';
import { newId, parseCountry } from '@tradewind/shared';
import { customerScopeCondition } from '../customer/customer-scope';
import { CustomerMatcher, normaliseCompanyName } from '../matching';
import { CustomerKeysRepository } from './customer-keys.repository';

export interface CustomerReference {
  name: string;
  country?: string | null;
}

/**
 * Finds customers by name (and country, when given) with the import's matching rules, creating
 * the ones nobody knows yet. Used by other modules' imports (orders:import).
 */
@Injectable()
export class CustomerResolutionService {
  constructor(
    readonly tx: TransactionHost,
    private readonly keys: CustomerKeysRepository,
    private readonly audit: AuditTrail,
    private readonly events: EventPublisher,
  ) {}

  /**
   * Resolution for an import that resolves batch after batch: every customer's match keys are read once
   * (not per batch; names and countries only, as references carry nothing else), and customers created
   * by one batch are found by the next. Matching is in memory; each batch's `save` writes the customers
   * it creates, in the caller's transaction. If a batch's transaction rolls back, the resolver knows
   * customers that do not exist: stop using it then. A reference matching a customer outside the
   * caller's data scope resolves to null: the caller may neither attach work to it nor learn of it,
   * and a second record of the same company is what matching exists to prevent.
   */
  async batchResolver(): Promise<CustomerBatchResolver> {
    const [keys, hidden] = await Promise.all([this.keys.namesOnly(), this.hiddenCustomerIds()]);
    const matcher = new CustomerMatcher(keys);
    return { resolve: (references) => this.match(matcher, hidden, references) };
  }

  private async hiddenCustomerIds(): Promise<Set<string>> {
    const parameters: unknown[] = [];
    const visible = customerScopeCondition(dataScopeOf(currentActor()), 'c', positionalBinder(parameters));
    if (!visible) return new Set();
    const rows: { id: string }[] = await this.tx.manager.query(`SELECT c.id FROM customer c WHERE c.merged_into_id IS NULL AND NOT ${visible}`, parameters);
    return new Set(rows.map((r) => r.id));
  }

  private match(matcher: CustomerMatcher, hidden: ReadonlySet<string>, references: CustomerReference[]): CustomerResolution {
    // Each distinct name and country is matched once, however many references repeat it.
    const idOfKey = new Map<string, string | null>();
    const created: { id: string; name: string; normalized_name: string; country: string | null }[] = [];
    const customerIds = references.map((reference) => {
      const country = parseCountry(reference.country) ?? null;
      const normalized = normaliseCompanyName(reference.name) ?? reference.name.trim().toLowerCase();
      const key = `${normalized}|${country ?? ''}`;
      const known = idOfKey.get(key);
      if (known !== undefined) return known;
      const match = matcher.find({ country, names: [normalized], emails: [], websiteDomain: null, phones: [] });
      let id: string | null;
      if (match?.target.kind === 'customer') {
        id = hidden.has(match.target.customerId) ? null : match.target.customerId;
      } else {
        id = newId();
        matcher.add({ kind: 'customer', customerId: id }, { country, names: [normalized], emails: [], websiteDomain: null, phones: [] });
        created.push({ id, name: reference.name.trim(), normalized_name: normalized, country });
      }
      idOfKey.set(key, id);
      return id;
    });
    return { customerIds, save: () => this.create(created) };
  }

  private async create(created: { id: string; name: string; normalized_name: string; country: string | null }[]): Promise<void> {
    if (created.length === 0) return;
    const actor = currentActor();
    const ownerId = actor.kind === 'user' && actor.role === 'sales' ? actor.userId : null;
    const teamId = actor.kind === 'user' && ownerId ? actor.teamId : null;
    await this.tx.writeJsonRows(
      `INSERT INTO customer (id, name, normalized_name, country, source, stage, owner_id, team_id, owned_since, created_by_id)
       SELECT id, name, normalized_name, country, 'order import', 'customer', $2, $3, CASE WHEN $2::uuid IS NULL THEN NULL ELSE now() END, $4
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, name text, normalized_name text, country char(2))`,
      created,
      [ownerId, teamId, actorUserId(actor)],
    );
    await this.audit.recordMany(created.map((c) => ({ entityType: 'customer', entityId: c.id, action: 'created', changes: { name: { from: null, to: c.name }, source: { from: null, to: 'order import' } } })));
    await this.events.publishMany(created.map((c) => ({ name: 'crm.customer.created' as const, payload: { customerId: c.id, ownerId, origin: 'order_import' as const } })));
  }
}

/**
 * One batch's references matched in memory: `customerIds[i]` is the customer of `references[i]`, null
 * when that is a customer outside the caller's data scope; `save` writes the new ones in the caller's
 * transaction.
 */
export interface CustomerResolution {
  customerIds: (string | null)[];
  save(): Promise<void>;
}

export interface CustomerBatchResolver {
  resolve(references: CustomerReference[]): CustomerResolution;
}
