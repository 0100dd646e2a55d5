import { rejectionOf, utf8File, xlsxFile } from '../../../../test/support/spreadsheet-files';
import { readSpreadsheet } from './spreadsheet.reader';
import { ImportFileError } from './import.errors';

// Reading itself (separators, encodings, row numbers, xlsx cells, the size and header-search limits)
// is readSheet's, tested in libs/shared. These tests cover what the customer import adds: its header
// synonyms, the column mapping, the user's own mapping and its error type with the CRM's reasons.

const failure = (promise: Promise<unknown>): Promise<ImportFileError> => rejectionOf(promise, ImportFileError);

describe('readSpreadsheet', () => {
  it('maps the columns by their synonyms and lists the unknown ones', async () => {
    const sheet = await readSpreadsheet(utf8File('\ufeff客户名称,Revenue,电话\nAcme,100,+49 30 1234567\n'), 'customers.csv');
    expect(sheet.columns.mapping).toEqual(['name', null, 'phone']);
    expect(sheet.columns.unknown).toEqual([{ index: 1, header: 'Revenue' }]);
  });

  it('finds the header below a title line by a company, e-mail or website column', async () => {
    const sheet = await readSpreadsheet(utf8File('Customer list 2024\n\nCompany,Email\nAcme,info@acme.de\n'), 'customers.csv');
    expect(sheet.headerLine).toBe(3);
    expect(sheet.rows).toEqual([{ line: 4, cells: ['Acme', 'info@acme.de'] }]);
    expect(sheet.columns.mapping).toEqual(['name', 'email']);
  });

  it("applies the user's mapping even when no header is recognised", async () => {
    const sheet = await readSpreadsheet(utf8File('Firma,Land\nAcme,DE\n'), 'customers.csv', { columns: { 0: 'name', 1: 'country' } });
    expect(sheet.columns.mapping).toEqual(['name', 'country']);
    expect(sheet.rows).toHaveLength(1);
  });

  it('maps the header of an xlsx sheet', async () => {
    const buffer = await xlsxFile((workbook) =>
      workbook.addWorksheet('Customers').addRows([
        ['公司名称', '邮箱', 'Since'],
        ['Acme GmbH', 'info@acme.de', new Date(Date.UTC(2024, 0, 31))],
      ]),
    );
    const sheet = await readSpreadsheet(buffer, 'customers.xlsx');
    expect(sheet.format).toBe('xlsx');
    expect(sheet.columns.mapping).toEqual(['name', 'email', null]);
    expect(sheet.rows).toEqual([{ line: 2, cells: ['Acme GmbH', 'info@acme.de', '2024-01-31'] }]);
  });

  it.each([
    ['an empty file', new Uint8Array(), 'empty'],
    ['a header without rows', utf8File('Company,Email\n'), 'no_rows'],
    ['binary garbage', new Uint8Array(4096).map((_, index) => (index * 7919 + 13) % 256), 'not_text'],
    ['text that is not UTF-8', Uint8Array.from([...'Company\nM\u00fcller GmbH\n'].map((char) => char.charCodeAt(0))), 'not_utf8'],
    ['a file named .xlsx that is not one', utf8File('Company\nAcme\n'), 'invalid_xlsx', 'customers.xlsx'],
    ['50 MB of garbage, by its size under the default limit', new Uint8Array(50 * 1024 * 1024 + 1), 'too_large'],
  ])('refuses %s with an ImportFileError', async (_case, buffer, reason, fileName = 'customers.csv') => {
    expect((await failure(readSpreadsheet(buffer, fileName))).reason).toBe(reason);
  });

  it('refuses a file over the given size limit, naming the file', async () => {
    const error = await failure(readSpreadsheet(utf8File('Company\nAcme\n'), 'customers.csv', { maxBytes: 10 }));
    expect(error.reason).toBe('too_large');
    expect(error.message).toContain('customers.csv');
  });

  it('refuses a file without a recognisable header, listing what it found and the customer columns it expects', async () => {
    const error = await failure(readSpreadsheet(utf8File('Firma,Umsatz\nAcme,100\n'), 'kunden.csv'));
    expect(error.reason).toBe('no_header');
    expect(error.message).toContain('"Firma", "Umsatz"');
    expect(error.message).toContain('"company"');
    expect(error.message).toContain('"email"');
  });
});
