import { Writable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { actorUserId, AuditTrail, currentActor, ForbiddenError, TransactionHost } from '@tradewind/platform';
import { CustomerListFilter, CustomerListSort, CustomerService } from './customer.service';

/** Customers read per round trip while the workbook streams out. */
const EXPORT_PAGE = 1000;

/** What the export's columns read besides the customer row, per customer. */
interface ExportExtras {
  id: string;
  owner: string | null;
  tags: string | null;
  contact_name: string | null;
  emails: string | null;
  phones: string | null;
}

const COLUMNS: { header: string; key: string; width: number }[] = [
  { header: 'Name', key: 'name', width: 36 },
  { header: 'Local name', key: 'localName', width: 24 },
  { header: 'Country', key: 'country', width: 9 },
  { header: 'City', key: 'city', width: 16 },
  { header: 'Address', key: 'address', width: 30 },
  { header: 'Website', key: 'website', width: 26 },
  { header: 'Industry', key: 'industry', width: 16 },
  { header: 'Source', key: 'source', width: 14 },
  { header: 'Stage', key: 'stage', width: 10 },
  { header: 'Grade', key: 'grade', width: 10 },
  { header: 'Owner', key: 'owner', width: 18 },
  { header: 'Tags', key: 'tags', width: 30 },
  { header: 'Contact', key: 'contact', width: 22 },
  { header: 'E-mails', key: 'emails', width: 30 },
  { header: 'Phones', key: 'phones', width: 22 },
  { header: 'Last contact', key: 'lastContact', width: 17 },
  { header: 'Created', key: 'created', width: 17 },
  { header: 'Customer id', key: 'id', width: 38 },
];

/**
 * The customer list as a spreadsheet, with the list's filter and order and the reader's data scope:
 * one row per customer with its primary contact, streamed as it is read, so its size does not bound
 * memory. Every export is audited (who, how many, with which filter): a customer list leaving the
 * system is what the CRM exists to keep track of.
 */
@Injectable()
export class CustomerExportService {
  constructor(
    readonly tx: TransactionHost,
    private readonly customers: CustomerService,
    private readonly audit: AuditTrail,
  ) {}

  /** Writes the workbook to `out` and returns how many customers it holds. */
  async writeWorkbook(filter: CustomerListFilter, sort: CustomerListSort, out: Writable): Promise<number> {
    const by = actorUserId(currentActor());
    if (!by) throw new ForbiddenError('a customer export is made by a signed-in user');
    const { stream } = await import('exceljs'); // loaded on first use, as in the spreadsheet reader
    const workbook = new stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    const sheet = workbook.addWorksheet('Customers', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = COLUMNS;
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    let written = 0;
    let after: string | undefined;
    do {
      const page = await this.customers.list(filter, sort, { first: EXPORT_PAGE, after });
      const extras = new Map((await this.extrasOf(page.nodes.map((c) => c.id))).map((e) => [e.id, e]));
      for (const customer of page.nodes) {
        const extra = extras.get(customer.id);
        sheet
          .addRow({
            ...customer,
            owner: extra?.owner ?? '',
            tags: extra?.tags ?? '',
            contact: extra?.contact_name ?? '',
            emails: extra?.emails ?? '',
            phones: extra?.phones ?? '',
            lastContact: customer.lastActivityAt ?? null,
            created: customer.createdAt,
          })
          .commit();
      }
      written += page.nodes.length;
      after = page.hasNextPage ? page.cursors.at(-1) : undefined;
    } while (after);
    await workbook.commit();
    await this.tx.run(() =>
      this.audit.record({
        entityType: 'user',
        entityId: by,
        action: 'customers_exported',
        changes: { customers: { from: null, to: written }, filter: { from: null, to: { ...filter } }, sort: { from: null, to: { ...sort } } },
      }),
    );
    return written;
  }

  /** Owner, tags and the primary contact (else the first) of a page of customers. */
  private extrasOf(ids: string[]): Promise<ExportExtras[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.tx.manager.query(
      `SELECT c.id, u.display_name AS owner,
         (SELECT string_agg(t.name, ', ' ORDER BY t.name) FROM tag t WHERE t.id = ANY(c.tag_ids)) AS tags,
         ct.name AS contact_name, array_to_string(ct.emails, ', ') AS emails,
         (SELECT string_agg(p->>'raw', ', ') FROM jsonb_array_elements(ct.phones) p) AS phones
       FROM customer c
       LEFT JOIN app_user u ON u.id = c.owner_id
       LEFT JOIN LATERAL (SELECT x.name, x.emails, x.phones FROM contact x WHERE x.customer_id = c.id ORDER BY x.is_primary DESC, x.created_at, x.id LIMIT 1) ct ON true
       WHERE c.id = ANY($1::uuid[])`,
      [ids],
    );
  }
}
