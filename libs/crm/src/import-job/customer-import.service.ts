import { performance } from 'node:perf_hooks';
import { Injectable, Logger } from '@nestjs/common';
import { In } from 'typeorm';
import { actorUserId, AuditEntry, AuditTrail, currentActor, dataScopeOf, EventPublisher, positionalBinder, TransactionHost, User } from '@tradewind/platform';
import { customerScopeCondition } from '../customer/customer-scope';
import { forEachConcurrently, groupBy, newId } from '@tradewind/shared';
import { Contact, PhoneNumber } from '../contact/contact.entity';
import { Customer } from '../customer/customer.entity';
import {
  ColumnOverrides,
  CustomerRowValues,
  DetectedColumns,
  matchKeysFromRow,
  ParsedCustomerRow,
  parseCustomerRows,
  readSpreadsheet,
} from '../import';
import { CustomerMatcher, explainMatch, MATCH_RULE_WORDS, MatchRule } from '../matching';
import { Tag, TagGroup } from '../tag/tag.entity';
import { OwnershipService } from '../pool/ownership.service';
import { CustomerKeysRepository } from './customer-keys.repository';

/** One row of the report; the CLI's --json prints exactly these fields. */
export interface ImportRowResult {
  row: number;
  status: 'created' | 'merged' | 'error';
  customerId: string | null;
  matchedOn: MatchRule | null;
  error: string | null;
  warnings: string[];
}

/** What the SPA shows besides the JSON fields: the customer's name, why it matched, the row it joins. */
export interface ImportRowDetail extends ImportRowResult {
  customerName: string | null;
  reason: string | null;
  mergedIntoRow: number | null;
}

export interface ImportReport {
  created: number;
  merged: number;
  errors: number;
  rows: ImportRowDetail[];
  columns: DetectedColumns;
  headers: readonly string[];
}

export interface ImportOptions {
  fileName: string;
  dryRun: boolean;
  columns?: ColumnOverrides;
  /** Called after each committed batch (and once after matching). */
  onProgress?: (processedRows: number, totalRows: number) => Promise<void> | void;
  /** Writes the report rows of this import id in the same transactions (SPA imports). */
  importId?: string;
}

/** A customer the file creates: the row that created it and the rows that merged into it. */
interface NewCustomerPlan {
  kind: 'new';
  id: string;
  rows: ParsedCustomerRow[];
}

/** An existing customer the file enriches. */
interface EnrichPlan {
  kind: 'enrich';
  id: string;
  rows: ParsedCustomerRow[];
}

type Plan = NewCustomerPlan | EnrichPlan;

const IMPORTED_TAG_GROUP = 'Imported';

// The row warnings below are read back by the SPA (importTextShapes) to say them in Chinese: change them together.
/** A row names an owner the importer may not give the customer to (OWNER_REFUSALS says why). */
export function ownerToPoolWarning(owner: string, refusal: string): string {
  return `Owner "${owner}" ${refusal}; the customer goes to the pool.`;
}

/** A new customer none of whose rows named the company. */
export function namedAfterDomainWarning(name: string): string {
  return `No company name: the new customer is called "${name}" after its website or e-mail; rename it if that is wrong.`;
}

/** What enriching an existing customer reads of it and of its contacts. */
const ENRICHED_CUSTOMER_FIELDS = ['id', 'normalizedName', 'aliases', 'country', 'city', 'address', 'website', 'websiteDomain', 'industry', 'notes'] as const;
const ENRICHED_CONTACT_FIELDS = ['id', 'customerId', 'name', 'emails', 'phones', 'phoneE164', 'isPrimary'] as const;
type EnrichedCustomer = Pick<Customer, (typeof ENRICHED_CUSTOMER_FIELDS)[number]>;
type EnrichedContact = Pick<Contact, (typeof ENRICHED_CONTACT_FIELDS)[number]>;

// Customers (with all their rows) per transaction: big enough for throughput, small enough that a crash loses little.
const CUSTOMERS_PER_BATCH = 2000;
/**
 * Batches written at the same time, each in its own transaction: while PostgreSQL writes one, this
 * thread prepares the next (a profile of a 100,000-row import showed it idle a quarter of the time,
 * waiting on the writes). Batches hold disjoint customers, so they never wait on each other's locks.
 */
const BATCHES_IN_FLIGHT = 2;

/**
 * Imports a customer spreadsheet with de-duplication against the database and within the file.
 * Matching runs first, in memory; then each batch of customers (a new customer with every row that
 * merges into it, or an existing customer with the rows enriching it) is written in one transaction,
 * so a crash leaves no half-imported row and a rerun matches what was committed and finishes the rest.
 * A matched row only adds: contacts, e-mails, phones, tags and fields the customer lacks.
 */
@Injectable()
export class CustomerImportService {
  private readonly logger = new Logger(CustomerImportService.name);

  constructor(
    readonly tx: TransactionHost,
    private readonly keys: CustomerKeysRepository,
    private readonly events: EventPublisher,
    private readonly auditTrail: AuditTrail,
    private readonly ownership: OwnershipService,
  ) {}

  async run(file: Uint8Array, options: ImportOptions): Promise<ImportReport> {
    const phases = new PhaseClock();
    const sheet = await readSpreadsheet(file, options.fileName, { columns: options.columns });
    const parsed = parseCustomerRows(sheet);
    phases.lap('read and parsed');
    const { owners, ownerRefusals } = await this.ownersByEmail(parsed);
    const existing = await this.keys.load();
    phases.lap(`match keys of ${existing.length} customers loaded`);
    const matcher = new CustomerMatcher(existing);
    phases.lap('indexed');
    const details = new Map<number, ImportRowDetail>();
    let plans: Plan[] = [];
    const planOfRow = new Map<number, NewCustomerPlan>();
    const enrichOf = new Map<string, EnrichPlan>();
    const names = new Map<string, string>();

    for (const row of parsed) {
      const warnings = [...row.warnings];
      if (row.values.owner && !owners.has(row.values.owner)) {
        const refusal = ownerRefusals.get(row.values.owner);
        warnings.push(ownerToPoolWarning(row.values.owner, refusal ?? 'is not a user'));
      }
      if (row.error) {
        details.set(row.row, { row: row.row, status: 'error', customerId: null, matchedOn: null, error: row.error, warnings, customerName: null, reason: null, mergedIntoRow: null });
        continue;
      }
      const outcome = matcher.matchRow(row.row, matchKeysFromRow(row.values));
      if (outcome.created) {
        const plan: NewCustomerPlan = { kind: 'new', id: options.dryRun ? '' : newId(), rows: [row] };
        plans.push(plan);
        planOfRow.set(row.row, plan);
        details.set(row.row, {
          row: row.row, status: 'created', customerId: plan.id || null, matchedOn: null, error: null, warnings,
          customerName: row.values.displayName ?? null, reason: null, mergedIntoRow: null,
        });
        continue;
      }
      const match = outcome.match!;
      let customerId: string | null;
      let mergedIntoRow: number | null = null;
      if (match.target.kind === 'row') {
        const plan = planOfRow.get(match.target.row)!;
        plan.rows.push(row);
        customerId = plan.id || null;
        mergedIntoRow = match.target.row;
      } else {
        customerId = match.target.customerId;
        let plan = enrichOf.get(customerId);
        if (!plan) {
          plan = { kind: 'enrich', id: customerId, rows: [] };
          enrichOf.set(customerId, plan);
          plans.push(plan);
        }
        plan.rows.push(row);
      }
      details.set(row.row, {
        row: row.row, status: 'merged', customerId, matchedOn: match.matchedOn, error: null, warnings,
        customerName: null, reason: explainMatch(match), mergedIntoRow,
      });
    }
    // A new customer none of whose rows named the company is called after its website or e-mail: say so.
    for (const plan of plans) {
      if (plan.kind !== 'new' || plan.rows.some((r) => r.values.name)) continue;
      const detail = details.get(plan.rows[0].row)!;
      detail.warnings.push(namedAfterDomainWarning(detail.customerName ?? ''));
    }
    // Customers of another team the importer may neither change nor learn the name of.
    const hidden = new Set<string>();
    if (enrichOf.size) {
      // One array parameter: tens of thousands of ids would be as many placeholders with In().
      const parameters: unknown[] = [[...enrichOf.keys()]];
      const visible = customerScopeCondition(dataScopeOf(currentActor()), 'c', positionalBinder(parameters)) ?? 'true';
      const existing: { id: string; name: string; visible: boolean }[] = await this.tx.manager.query(
        `SELECT c.id, c.name, ${visible} AS visible FROM customer c WHERE c.id = ANY($1::uuid[])`,
        parameters,
      );
      for (const c of existing) {
        if (c.visible) names.set(c.id, c.name);
        else hidden.add(c.id);
      }
    }
    if (hidden.size) {
      for (const id of hidden) enrichOf.delete(id);
      plans = plans.filter((plan) => plan.kind !== 'enrich' || !hidden.has(plan.id));
    }
    for (const detail of details.values()) {
      if (detail.status !== 'merged') continue;
      if (detail.mergedIntoRow === null && hidden.has(detail.customerId ?? '')) {
        // Rows matching such a customer are refused: merging would change it, and a second record of
        // the same company is what the import exists to prevent.
        Object.assign(detail, {
          status: 'error', customerId: null, reason: null, matchedOn: null,
          error: `this company is already a colleague's customer that you cannot open (${MATCH_RULE_WORDS[detail.matchedOn!]}); ask your manager to hand it over or to import the row`,
        });
        continue;
      }
      detail.customerName = detail.mergedIntoRow !== null ? (details.get(detail.mergedIntoRow)?.customerName ?? null) : (names.get(detail.customerId ?? '') ?? null);
    }
    const rows = parsed.map((r) => details.get(r.row)!);
    phases.lap('matched');
    const report: ImportReport = {
      created: rows.filter((r) => r.status === 'created').length,
      merged: rows.filter((r) => r.status === 'merged').length,
      errors: rows.filter((r) => r.status === 'error').length,
      rows,
      columns: sheet.columns,
      headers: sheet.headers,
    };
    await options.onProgress?.(0, parsed.length);
    if (options.dryRun) {
      if (options.importId) await this.tx.run(() => this.writeReportRows(options.importId!, rows));
      this.logger.log(`${options.fileName} (dry run): ${parsed.length} rows; ${phases.summary()}`);
      return report;
    }
    await this.write(plans, owners, rows, options, parsed.length);
    await this.tx.run(() =>
      this.events.publish('crm.customers.imported', {
        importId: options.importId ?? null, created: report.created, merged: report.merged, errors: report.errors, byUserId: actorUserId(currentActor()),
      }),
    );
    phases.lap(`${report.created} new and ${plans.length - report.created} enriched customers written`);
    this.logger.log(`${options.fileName}: ${parsed.length} rows; ${phases.summary()}`);
    return report;
  }

  private async write(plans: Plan[], owners: Map<string, User>, rows: ImportRowDetail[], options: ImportOptions, totalRows: number): Promise<void> {
    const tags = await this.tx.run(() => this.ensureTags(plans));
    const errorRows = rows.filter((r) => r.status === 'error');
    const batches: Plan[][] = [];
    for (let i = 0; i < plans.length; i += CUSTOMERS_PER_BATCH) batches.push(plans.slice(i, i + CUSTOMERS_PER_BATCH));
    let processed = 0;
    await forEachConcurrently(batches, BATCHES_IN_FLIGHT, async (batch) => {
      const batchRows = new Set(batch.flatMap((p) => p.rows.map((r) => r.row)));
      await this.tx.run(async () => {
        await this.insertNewCustomers(batch.filter((p): p is NewCustomerPlan => p.kind === 'new'), owners, tags);
        await this.enrichCustomers(batch.filter((p): p is EnrichPlan => p.kind === 'enrich'), tags);
        if (options.importId) await this.writeReportRows(options.importId, rows.filter((r) => batchRows.has(r.row)));
      });
      processed += batchRows.size;
      await options.onProgress?.(processed, totalRows);
    });
    if (options.importId && errorRows.length) await this.tx.run(() => this.writeReportRows(options.importId!, errorRows));
    await options.onProgress?.(totalRows, totalRows);
  }

  private async insertNewCustomers(plans: NewCustomerPlan[], owners: Map<string, User>, tags: Map<string, string>): Promise<void> {
    if (plans.length === 0) return;
    const actor = currentActor();
    const importer = actor.kind === 'user' && actor.role === 'sales' ? actor.userId : null;
    const by = actorUserId(actor);
    const now = new Date().toISOString();
    const customers: Record<string, unknown>[] = [];
    const contacts: Record<string, unknown>[] = [];
    const customerTags: { customer_id: string; tag_id: string }[] = [];
    const ownerChanges: Record<string, unknown>[] = [];
    const audits: AuditEntry[] = [];
    for (const plan of plans) {
      const merged = combine(plan.rows.map((r) => r.values));
      const owner = merged.owner ? owners.get(merged.owner) : undefined;
      // An owner the file names but that cannot be used (unknown, unreadable, not allowed) means the pool, not the importer.
      const ownerId = owner?.id ?? (merged.ownerGiven ? null : importer);
      const teamId = owner?.teamId ?? (ownerId && actor.kind === 'user' ? actor.teamId : null);
      // In uuid order, as the triggers keep it (lower-case hex sorts as PostgreSQL sorts uuids).
      const tagIds = [...new Set(merged.tags.map((tag) => tags.get(tag.toLowerCase())!))].sort();
      customers.push({
        id: plan.id,
        name: merged.displayName,
        normalized_name: merged.normalisedName,
        aliases: merged.aliases,
        country: merged.country ?? null,
        city: merged.city ?? null,
        address: merged.address ?? null,
        website: merged.website ?? null,
        website_domain: merged.websiteDomain ?? null,
        industry: merged.industry ?? null,
        notes: merged.notes ?? null,
        owner_id: ownerId,
        team_id: ownerId ? teamId : null,
        owned_since: ownerId ? now : null,
        created_by_id: by,
        // Written with the row so the customer_tag triggers find nothing to add (no second row version).
        tag_ids: tagIds,
      });
      contacts.push(...contactsFromRows(plan.rows.map((r) => r.values), []).map((c) => ({ ...c, customer_id: plan.id })));
      for (const tagId of tagIds) customerTags.push({ customer_id: plan.id, tag_id: tagId });
      if (ownerId) ownerChanges.push({ id: newId(), customer_id: plan.id, from_user_id: null, to_user_id: ownerId, reason: 'import', by_user_id: by });
      audits.push({ entityType: 'customer', entityId: plan.id, action: 'created', changes: { name: { from: null, to: merged.displayName }, source: { from: null, to: 'import' } } });
    }
    await this.tx.writeJsonRows(
      `INSERT INTO customer (id, name, normalized_name, aliases, country, city, address, website, website_domain, industry, source, notes, owner_id, team_id, owned_since, created_by_id, tag_ids)
       SELECT id, name, normalized_name, aliases, country, city, address, website, website_domain, industry, 'import', notes, owner_id, team_id, owned_since, created_by_id, tag_ids
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, name text, normalized_name text, aliases text[], country char(2), city text, address text, website text,
         website_domain text, industry text, notes text, owner_id uuid, team_id uuid, owned_since timestamptz, created_by_id uuid, tag_ids uuid[])`,
      customers,
    );
    await this.insertContacts(contacts);
    await this.tx.writeJsonRows(
      `INSERT INTO customer_tag (customer_id, tag_id) SELECT customer_id, tag_id FROM jsonb_to_recordset($1::jsonb) AS x(customer_id uuid, tag_id uuid) ON CONFLICT DO NOTHING`,
      customerTags,
    );
    await this.tx.writeJsonRows(
      `INSERT INTO customer_owner_change (id, customer_id, from_user_id, to_user_id, reason, by_user_id)
       SELECT id, customer_id, from_user_id, to_user_id, reason, by_user_id FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, customer_id uuid, from_user_id uuid, to_user_id uuid, reason text, by_user_id uuid)`,
      ownerChanges,
    );
    await this.auditTrail.recordMany(audits);
  }

  private async enrichCustomers(plans: EnrichPlan[], tags: Map<string, string>): Promise<void> {
    if (plans.length === 0) return;
    const ids = plans.map((p) => p.id);
    // Plain rows of the fields enriching reads and writes, rather than TypeORM finds: they are only read
    // and then written back with set-based SQL below, and hydrating a batch's customers and contacts
    // (every column) kept the CLI's thread busy.
    const customers = await this.tx.readEntityFields(Customer, 'c', ENRICHED_CUSTOMER_FIELDS, 'WHERE c.id = ANY($1::uuid[]) FOR UPDATE', [ids]);
    const existingContacts = await this.tx.readEntityFields(Contact, 'ct', ENRICHED_CONTACT_FIELDS, 'WHERE ct.customer_id = ANY($1::uuid[]) ORDER BY ct.created_at, ct.id', [ids]);
    const existingTags: { customer_id: string; tag_id: string }[] = await this.tx.manager.query('SELECT customer_id, tag_id FROM customer_tag WHERE customer_id = ANY($1::uuid[])', [ids]);
    const byId = new Map(customers.map((c) => [c.id, c]));
    const contactsOf = groupBy(existingContacts, (c) => c.customerId);
    const tagsOf = groupBy(existingTags, (t) => t.customer_id);
    const changedCustomers: EnrichedCustomer[] = [];
    const newContacts: Record<string, unknown>[] = [];
    const contactUpdates: EnrichedContact[] = [];
    const customerTags: { customer_id: string; tag_id: string }[] = [];
    const audits: AuditEntry[] = [];
    for (const plan of plans) {
      const customer = byId.get(plan.id);
      if (!customer) continue; // merged away meanwhile: its rows are reported against it, nothing to add
      const merged = combine(plan.rows.map((r) => r.values));
      const filled: Record<string, { from: null; to: unknown }> = {};
      const fill = <K extends keyof EnrichedCustomer>(field: K, value: EnrichedCustomer[K] | undefined): void => {
        if (value !== undefined && value !== null && (customer[field] === null || customer[field] === undefined || customer[field] === '')) {
          customer[field] = value;
          filled[field] = { from: null, to: value };
        }
      };
      fill('country', (merged.country ?? undefined) as Customer['country'] | undefined);
      fill('city', merged.city);
      fill('address', merged.address);
      fill('website', merged.website);
      fill('websiteDomain', merged.websiteDomain);
      fill('industry', merged.industry);
      if (merged.notes && !(customer.notes ?? '').includes(merged.notes)) {
        customer.notes = customer.notes ? `${customer.notes}\n${merged.notes}` : merged.notes;
        filled.notes = { from: null, to: merged.notes };
      }
      const newAliases = merged.aliases.concat(merged.normalisedName).filter((a) => a && a !== customer.normalizedName && !customer.aliases.includes(a));
      if (newAliases.length) customer.aliases = [...customer.aliases, ...new Set(newAliases)];
      if (Object.keys(filled).length || newAliases.length) changedCustomers.push(customer);
      const mine = contactsOf.get(customer.id) ?? [];
      const additions = contactsFromRows(plan.rows.map((r) => r.values), mine);
      newContacts.push(...additions.filter((a) => !a.existing).map((a) => ({ ...a, customer_id: customer.id })));
      for (const changed of mine.filter((c) => additions.some((a) => a.existing === c))) contactUpdates.push(changed);
      const has = new Set((tagsOf.get(customer.id) ?? []).map((t) => t.tag_id));
      const added = merged.tags.map((t) => tags.get(t.toLowerCase())!).filter((id) => !has.has(id));
      for (const tagId of added) customerTags.push({ customer_id: customer.id, tag_id: tagId });
      const contactCount = additions.filter((a) => !a.existing).length;
      if (Object.keys(filled).length || contactCount || added.length || newAliases.length) {
        audits.push({ entityType: 'customer', entityId: customer.id, action: 'enriched_by_import', changes: { ...filled, ...(contactCount ? { contacts: { from: null, to: contactCount } } : {}), ...(added.length ? { tags: { from: null, to: added } } : {}) } });
      }
    }
    // Set-based, like the inserts: save() would send one UPDATE per customer and contact. The rows are
    // locked since the read above; version and updated_at move as save() would move them.
    await this.tx.writeJsonRows(
      `UPDATE customer c SET country = x.country, city = x.city, address = x.address, website = x.website, website_domain = x.website_domain,
         industry = x.industry, notes = x.notes, aliases = x.aliases, version = c.version + 1, updated_at = now()
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, country char(2), city text, address text, website text, website_domain text, industry text, notes text, aliases text[])
       WHERE c.id = x.id`,
      changedCustomers.map((c) => ({
        id: c.id, country: c.country, city: c.city, address: c.address, website: c.website, website_domain: c.websiteDomain, industry: c.industry, notes: c.notes, aliases: c.aliases,
      })),
    );
    await this.tx.writeJsonRows(
      `UPDATE contact ct SET emails = x.emails, phones = x.phones, phone_e164 = x.phone_e164, version = ct.version + 1, updated_at = now()
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, emails text[], phones jsonb, phone_e164 text[]) WHERE ct.id = x.id`,
      contactUpdates.map((c) => ({ id: c.id, emails: c.emails, phones: c.phones, phone_e164: c.phoneE164 })),
    );
    await this.insertContacts(newContacts);
    await this.tx.writeJsonRows(
      `INSERT INTO customer_tag (customer_id, tag_id) SELECT customer_id, tag_id FROM jsonb_to_recordset($1::jsonb) AS x(customer_id uuid, tag_id uuid) ON CONFLICT DO NOTHING`,
      customerTags,
    );
    await this.auditTrail.recordMany(audits);
  }

  private insertContacts(contacts: Record<string, unknown>[]): Promise<void> {
    return this.tx.writeJsonRows(
      `INSERT INTO contact (id, customer_id, name, emails, phones, phone_e164, is_primary)
       SELECT id, customer_id, name, emails, phones, phone_e164, is_primary
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, customer_id uuid, name text, emails text[], phones jsonb, phone_e164 text[], is_primary boolean)`,
      contacts.map((c) => ({ id: newId(), customer_id: c.customer_id, name: c.name, emails: c.emails, phones: c.phones, phone_e164: c.phone_e164, is_primary: c.is_primary })),
    );
  }

  private async writeReportRows(importId: string, rows: ImportRowDetail[]): Promise<void> {
    await this.tx.writeJsonRows(
      `INSERT INTO customer_import_row (import_id, row, status, customer_id, merged_into_row, customer_name, matched_on, reason, error, warnings)
       SELECT $2, row, status, customer_id, merged_into_row, customer_name, matched_on, reason, error, warnings
       FROM jsonb_to_recordset($1::jsonb) AS x(row int, status text, customer_id uuid, merged_into_row int, customer_name text, matched_on text, reason text, error text, warnings text[])
       ON CONFLICT (import_id, row) DO NOTHING`,
      rows.map((r) => ({
        row: r.row, status: r.status, customer_id: r.customerId, merged_into_row: r.mergedIntoRow, customer_name: r.customerName,
        matched_on: r.matchedOn, reason: r.reason, error: r.error, warnings: r.warnings,
      })),
      [importId],
    );
  }

  /** Finds tags by name (any group, case-insensitive) and creates the missing ones in the "Imported" group. */
  private async ensureTags(plans: Plan[]): Promise<Map<string, string>> {
    const wanted = new Map<string, string>();
    for (const plan of plans) for (const row of plan.rows) for (const tag of row.values.tags) if (!wanted.has(tag.toLowerCase())) wanted.set(tag.toLowerCase(), tag);
    const ids = new Map<string, string>();
    if (wanted.size === 0) return ids;
    const existing: { id: string; name: string }[] = await this.tx.manager.query('SELECT id, name FROM tag WHERE lower(name) = ANY($1::text[]) ORDER BY created_at', [[...wanted.keys()]]);
    for (const tag of existing) if (!ids.has(tag.name.toLowerCase())) ids.set(tag.name.toLowerCase(), tag.id);
    const missing = [...wanted].filter(([key]) => !ids.has(key));
    if (missing.length) {
      let group = await this.tx.manager.findOneBy(TagGroup, { name: IMPORTED_TAG_GROUP });
      group ??= await this.tx.manager.save(this.tx.manager.create(TagGroup, { name: IMPORTED_TAG_GROUP, kind: 'custom' }));
      const created = await this.tx.manager.save(missing.map(([, name]) => this.tx.manager.create(Tag, { groupId: group!.id, name, color: '#8c8c8c' })));
      for (const tag of created) ids.set(tag.name.toLowerCase(), tag.id);
    }
    return ids;
  }

  /**
   * The file's owners the importer may give customers to, by e-mail (the same rule as creating a
   * customer: ownerRefusal), and why each of the others may not be one.
   */
  private async ownersByEmail(rows: ParsedCustomerRow[]): Promise<{ owners: Map<string, User>; ownerRefusals: Map<string, string> }> {
    const owners = new Map<string, User>();
    const ownerRefusals = new Map<string, string>();
    const emails = [...new Set(rows.map((r) => r.values.owner).filter((e): e is string => !!e))];
    if (emails.length === 0) return { owners, ownerRefusals };
    for (const user of await this.tx.manager.find(User, { where: { email: In(emails), active: true } })) {
      const refusal = this.ownership.ownerRefusal(user);
      if (refusal) ownerRefusals.set(user.email, refusal);
      else owners.set(user.email, user);
    }
    return { owners, ownerRefusals };
  }
}

/** Wall time of an import's phases, for one log line ("read and parsed in 1.2 s, ..."). */
class PhaseClock {
  private last = performance.now();
  private readonly laps: string[] = [];

  lap(what: string): void {
    const now = performance.now();
    this.laps.push(`${what} in ${((now - this.last) / 1000).toFixed(2)} s`);
    this.last = now;
  }

  summary(): string {
    return this.laps.join(', ');
  }
}

interface CombinedValues {
  displayName: string;
  normalisedName: string;
  aliases: string[];
  country?: string;
  city?: string;
  address?: string;
  website?: string;
  websiteDomain?: string;
  industry?: string;
  notes?: string;
  owner?: string;
  /** Whether any row had something in its owner column, readable or not. */
  ownerGiven: boolean;
  tags: string[];
}

/** The first row's values, with fields it lacks taken from the rows that merged into it. */
function combine(rows: CustomerRowValues[]): CombinedValues {
  const first = (pick: (v: CustomerRowValues) => string | undefined): string | undefined => rows.map(pick).find((v) => v !== undefined && v !== '');
  const names = rows.map((r) => r.normalisedName).filter((n): n is string => !!n);
  const displayName = first((v) => v.name) ?? first((v) => v.displayName) ?? 'Unnamed';
  const normalisedName = names[0] ?? displayName.toLowerCase();
  const notes = [...new Set(rows.map((r) => r.notes).filter((n): n is string => !!n))].join('\n') || undefined;
  const tags = new Map<string, string>();
  for (const row of rows) for (const tag of row.tags) if (!tags.has(tag.toLowerCase())) tags.set(tag.toLowerCase(), tag);
  return {
    displayName,
    normalisedName,
    aliases: [...new Set(names.slice(1))].filter((n) => n !== normalisedName),
    country: first((v) => v.country),
    city: first((v) => v.city),
    address: first((v) => v.address),
    website: first((v) => v.website),
    websiteDomain: first((v) => v.websiteDomain),
    industry: first((v) => v.industry),
    notes,
    owner: first((v) => v.owner),
    ownerGiven: rows.some((r) => r.raw.owner !== undefined),
    tags: [...tags.values()],
  };
}

interface ContactDraft {
  name: string;
  emails: string[];
  phones: PhoneNumber[];
  phone_e164: string[];
  is_primary: boolean;
  /** Set when the row's details were added to a contact the customer already has. */
  existing?: EnrichedContact;
}

/**
 * Contacts from rows: a row's e-mails and phones go to the contact that already has one of its
 * e-mails, or the same contact name; otherwise they make a new contact (named after the row's contact
 * or its first e-mail). Existing contacts only gain values.
 */
function contactsFromRows(rows: CustomerRowValues[], existing: EnrichedContact[]): ContactDraft[] {
  const drafts: ContactDraft[] = existing.map((c) => ({ name: c.name, emails: c.emails, phones: c.phones, phone_e164: c.phoneE164, is_primary: c.isPrimary, existing: c }));
  const touched = new Set<ContactDraft>();
  for (const row of rows) {
    if (!row.contactName && row.emails.length === 0 && row.phones.length === 0) continue;
    const name = row.contactName?.trim();
    let draft =
      drafts.find((d) => row.emails.some((e) => d.emails.includes(e))) ??
      (name ? drafts.find((d) => d.name.toLowerCase() === name.toLowerCase()) : undefined) ??
      (!name ? drafts.find((d) => row.phones.some((p) => d.phone_e164.includes(p))) : undefined);
    if (!draft) {
      draft = { name: name || row.emails[0] || row.phones[0], emails: [], phones: [], phone_e164: [], is_primary: drafts.length === 0 };
      drafts.push(draft);
    }
    const emails = row.emails.filter((e) => !draft!.emails.includes(e));
    const phones = row.phones.filter((p) => !draft!.phone_e164.includes(p));
    if (emails.length || phones.length || !draft.existing) touched.add(draft);
    if (emails.length) draft.emails = [...draft.emails, ...emails];
    if (phones.length) {
      draft.phones = [...draft.phones, ...phones.map((p) => ({ e164: p, raw: row.raw.phone ?? p }))];
      draft.phone_e164 = [...draft.phone_e164, ...phones];
    }
    if (draft.existing && (emails.length || phones.length)) Object.assign(draft.existing, { emails: draft.emails, phones: draft.phones, phoneE164: draft.phone_e164 });
  }
  return drafts.filter((d) => touched.has(d));
}
