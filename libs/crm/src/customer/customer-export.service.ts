import { Writable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { actorUserId, AuditTrail, currentActor, ForbiddenError, TransactionHost, UsersService } from '@tradewind/platform';
import { countryName } from '@tradewind/shared';
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

/** The columns, headed in the reader's language: [key, English, Chinese, width]. */
const COLUMNS: readonly [key: string, en: string, zh: string, width: number][] = [
  ['name', 'Name', '客户名称', 36],
  ['localName', 'Local name', '本地名称', 24],
  ['country', 'Country', '国家/地区', 16],
  ['city', 'City', '城市', 16],
  ['address', 'Address', '地址', 30],
  ['website', 'Website', '网站', 26],
  ['industry', 'Industry', '行业', 16],
  ['source', 'Source', '来源', 14],
  ['stage', 'Stage', '阶段', 10],
  ['grade', 'Grade', '等级', 10],
  ['owner', 'Owner', '负责人', 18],
  ['tags', 'Tags', '标签', 30],
  ['contact', 'Contact', '联系人', 22],
  ['emails', 'E-mails', '邮箱', 30],
  ['phones', 'Phones', '电话', 22],
  ['lastContact', 'Last contact', '最近联系', 17],
  ['created', 'Created', '创建时间', 17],
  ['id', 'Customer id', '客户 ID', 38],
];

// Stage and grade as the SPA words them (its i18n files), so the sheet reads like the list it came from.
const STAGE_WORDS: Record<string, [en: string, zh: string]> = {
  lead: ['Lead', '线索'], prospect: ['Prospect', '潜在客户'], customer: ['Customer', '成交客户'], dormant: ['Dormant', '休眠'], lost: ['Lost', '流失'],
};
const GRADE_WORDS: Record<string, [en: string, zh: string]> = {
  vip: ['VIP', 'VIP'], key: ['Key', '重点'], regular: ['Regular', '普通'], potential: ['Potential', '潜力'], dormant: ['Dormant', '休眠'], lost: ['Lost', '流失'],
};

/**
 * The customer list as a spreadsheet, with the list's filter and order and the reader's data scope,
 * headed and worded in the reader's language (country names, stages, grades):
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
    private readonly users: UsersService,
  ) {}

  /** Writes the workbook to `out` and returns how many customers it holds. */
  async writeWorkbook(filter: CustomerListFilter, sort: CustomerListSort, out: Writable): Promise<number> {
    const by = actorUserId(currentActor());
    if (!by) throw new ForbiddenError('a customer export is made by a signed-in user');
    const { stream } = await import('exceljs'); // loaded on first use, as in the spreadsheet reader
    const workbook = new stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    const zh = (await this.users.get(by)).language === 'zh-CN';
    const sheet = workbook.addWorksheet(zh ? '客户' : 'Customers', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = COLUMNS.map(([key, en, chinese, width]) => ({ key, header: zh ? chinese : en, width }));
    const word = (words: Record<string, [string, string]>, value: string | null): string => (value ? (words[value]?.[zh ? 1 : 0] ?? value) : '');
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
            country: customer.country ? countryName(customer.country, zh ? 'zh' : 'en') : '',
            stage: word(STAGE_WORDS, customer.stage),
            grade: word(GRADE_WORDS, customer.grade),
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
