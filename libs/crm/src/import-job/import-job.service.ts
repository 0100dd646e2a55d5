import { Injectable } from '@nestjs/common';
import {
  actorUserId,
  currentActor,
  FieldProblems,
  ForbiddenError,
  JobQueue,
  keysetPage,
  NotFoundError,
  Page,
  PageArgs,
  runInContext,
  TransactionHost,
  User,
  userActor,
} from '@tradewind/platform';
import { ColumnOverrides, CUSTOMER_FIELDS, CustomerField, DEFAULT_MAX_IMPORT_BYTES, ImportFileError, MULTI_COLUMN_FIELDS, readSpreadsheet, Spreadsheet } from '../import';
import { CustomerImportService } from './customer-import.service';
import { CustomerImport, CustomerImportRow } from './customer-import.entity';

export interface ImportPreview {
  import: CustomerImport;
  sheet: Spreadsheet;
}

/**
 * Imports started from the SPA: the upload is stored with its detected columns (the wizard's mapping
 * preview), then a dry run or the real import runs in the worker with progress, and the report can be
 * paged and downloaded as a spreadsheet.
 */
@Injectable()
export class ImportJobService {
  constructor(
    readonly tx: TransactionHost,
    private readonly importer: CustomerImportService,
    private readonly jobs: JobQueue,
  ) {}

  /** Stores an uploaded file after checking it can be read; returns it with the detected columns. */
  async upload(file: Buffer, fileName: string): Promise<ImportPreview> {
    const sheet = await readSpreadsheet(file, fileName, { maxBytes: DEFAULT_MAX_IMPORT_BYTES });
    const createdById = this.userId();
    const record = await this.tx.run(() =>
      this.tx.manager.save(
        this.tx.manager.create(CustomerImport, {
          fileName,
          file,
          mapping: [...sheet.columns.mapping],
          dryRun: true,
          status: 'uploaded',
          totalRows: sheet.rows.length,
          createdById,
        }),
      ),
    );
    return { import: record, sheet };
  }

  /** Starts a dry run (the report of what would happen) or the real import, with the user's mapping. */
  async start(importId: string, options: { dryRun: boolean; mapping?: (CustomerField | null)[] }): Promise<CustomerImport> {
    if (options.mapping) checkMapping(options.mapping);
    const record = await this.getOwn(importId);
    // An admin may read anyone's import, but it runs as its uploader: only they start it.
    if (record.createdById !== actorUserId(currentActor())) throw new ForbiddenError('only the user who uploaded this file may start its import, which runs as them');
    await this.tx.run(async () => {
      // Checked under the row's lock: two starts at once must not both run the import.
      const current = await this.tx.manager.findOne(CustomerImport, { where: { id: importId }, select: { id: true, status: true, dryRun: true }, lock: { mode: 'pessimistic_write' } });
      if (current!.status === 'running') throw new ForbiddenError('this import is running; wait for it to finish');
      if (!current!.dryRun && current!.status === 'done') throw new ForbiddenError('this file was imported already; upload it again to import it again');
      await this.tx.manager.delete(CustomerImportRow, { importId });
      await this.tx.manager.update(CustomerImport, { id: importId }, {
        dryRun: options.dryRun,
        status: 'running',
        mapping: options.mapping ?? record.mapping,
        processedRows: 0,
        created: 0,
        merged: 0,
        errors: 0,
        failure: null,
        finishedAt: null,
      });
    });
    await this.jobs.enqueue('crm.runImport', { importId }, { jobId: `crm-import-${importId}-${Date.now()}` });
    return this.getOwn(importId);
  }

  /** Runs in the worker, as the user who uploaded the file. */
  async execute(importId: string): Promise<void> {
    const record = await this.tx.manager.findOne(CustomerImport, { where: { id: importId }, select: { id: true, fileName: true, file: true, mapping: true, dryRun: true, createdById: true } });
    if (!record?.file) throw new NotFoundError('customer import', importId);
    const user = await this.tx.manager.findOneByOrFail(User, { id: record.createdById });
    const columns: ColumnOverrides = Object.fromEntries((record.mapping ?? []).map((field, index) => [index, field as CustomerField | null]));
    await runInContext({ actor: userActor(user) }, async () => {
      try {
        const report = await this.importer.run(record.file!, {
          fileName: record.fileName,
          dryRun: record.dryRun,
          columns,
          importId,
          onProgress: (processed, total) => this.tx.manager.update(CustomerImport, { id: importId }, { processedRows: processed, totalRows: total }).then(() => undefined),
        });
        await this.tx.manager.update(CustomerImport, { id: importId }, {
          status: 'done', created: report.created, merged: report.merged, errors: report.errors, finishedAt: new Date(),
          processedRows: report.rows.length, ...(record.dryRun ? {} : { file: null }),
        });
      } catch (error) {
        const message = error instanceof ImportFileError ? error.message : 'the import failed; it can be started again and finishes what is missing';
        await this.tx.manager.update(CustomerImport, { id: importId }, { status: 'failed', failure: message, finishedAt: new Date() });
        if (!(error instanceof ImportFileError)) throw error;
      }
    });
  }

  async getOwn(id: string): Promise<CustomerImport> {
    const record = await this.tx.manager.findOneBy(CustomerImport, { id });
    const actor = currentActor();
    const mayRead = record && (record.createdById === actorUserId(actor) || (actor.kind === 'user' && actor.role === 'admin'));
    if (!record || !mayRead) throw new NotFoundError('customer import', id, 'CRM_IMPORT_NOT_FOUND');
    return record;
  }

  async rows(importId: string, page: PageArgs, status?: CustomerImportRow['status']): Promise<Page<CustomerImportRow>> {
    await this.getOwn(importId);
    const qb = this.tx.manager.createQueryBuilder(CustomerImportRow, 'r').where('r.import_id = :importId', { importId });
    if (status) qb.andWhere('r.status = :status', { status });
    return keysetPage(qb, page, { expression: 'r.row', direction: 'ASC', valueOf: (r) => r.row, idExpression: 'r.row', idOf: (r) => String(r.row) });
  }

  /** The report as an .xlsx: one line per row of the file with its outcome. */
  async reportWorkbook(importId: string): Promise<{ fileName: string; content: Buffer }> {
    const record = await this.getOwn(importId);
    const rows = await this.tx.manager.find(CustomerImportRow, { where: { importId }, order: { row: 'ASC' } });
    const { Workbook } = await import('exceljs'); // loaded on first use, as in the spreadsheet reader
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Import report');
    sheet.columns = [
      { header: 'Row', key: 'row', width: 8 },
      { header: 'Status', key: 'status', width: 10 },
      { header: 'Customer', key: 'customerName', width: 36 },
      { header: 'Customer id', key: 'customerId', width: 38 },
      { header: 'Matched on', key: 'matchedOn', width: 14 },
      { header: 'Why', key: 'reason', width: 40 },
      { header: 'Joins row', key: 'mergedIntoRow', width: 10 },
      { header: 'Error', key: 'error', width: 40 },
      { header: 'Warnings', key: 'warnings', width: 60 },
    ];
    sheet.getRow(1).font = { bold: true };
    for (const row of rows) sheet.addRow({ ...row, warnings: row.warnings.join('\n') });
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    return { fileName: `${record.fileName.replace(/\.[^.]+$/, '')}-${record.dryRun ? 'dry-run' : 'import'}-report.xlsx`, content };
  }

  private userId(): string {
    const id = actorUserId(currentActor());
    if (!id || currentActor().kind !== 'user') throw new ForbiddenError('imports are started by a signed-in user');
    return id;
  }
}

/** More columns than any customer list has: a mapping this long is a client's mistake. */
const MAX_MAPPED_COLUMNS = 500;

/**
 * Every problem of a user's column mapping at once: an unknown field, or a second column for a field a
 * customer has one of (the import would silently drop that column's values).
 */
function checkMapping(mapping: readonly (string | null)[]): void {
  const problems = new FieldProblems();
  if (mapping.length > MAX_MAPPED_COLUMNS) problems.add('mapping', `at most ${MAX_MAPPED_COLUMNS} columns (this has ${mapping.length})`);
  const firstColumnOf = new Map<string, number>();
  mapping.slice(0, MAX_MAPPED_COLUMNS).forEach((field, index) => {
    if (field === null) return;
    if (!CUSTOMER_FIELDS.includes(field as CustomerField)) {
      problems.add(`mapping.${index}`, `"${field}" is not a field; use one of ${CUSTOMER_FIELDS.join(', ')}`);
      return;
    }
    const first = firstColumnOf.get(field);
    if (first !== undefined && !MULTI_COLUMN_FIELDS.has(field as CustomerField)) {
      problems.add(`mapping.${index}`, `column ${index + 1} is mapped to ${field}, as column ${first + 1} is; a customer has one ${field}, so map one of them to nothing`, `第 ${index + 1} 列与第 ${first + 1} 列都对应「${field}」，客户只有一个该字段，请将其中一列设为不导入`);
    }
    if (first === undefined) firstColumnOf.set(field, index);
  });
  problems.throwIfAny();
}
