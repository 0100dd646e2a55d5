import { Workbook } from 'exceljs';
import { readSpreadsheet } from './spreadsheet.reader';
import { ImportFileError } from './import.errors';

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

async function xlsx(build: (workbook: Workbook) => void): Promise<Uint8Array> {
  const workbook = new Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function failure(promise: Promise<unknown>): Promise<ImportFileError> {
  const error: unknown = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof ImportFileError)) throw new Error(`expected an ImportFileError, got ${String(error)}`);
  return error;
}

describe('readSpreadsheet (CSV)', () => {
  it.each([
    [',', 'Company,Country,Email\nAcme GmbH,DE,info@acme.de\nBolt Ltd,GB,sales@bolt.co.uk\n'],
    [';', 'Company;Country;Email\nAcme GmbH;DE;info@acme.de\nBolt Ltd;GB;sales@bolt.co.uk\n'],
    ['\t', 'Company\tCountry\tEmail\nAcme GmbH\tDE\tinfo@acme.de\nBolt Ltd\tGB\tsales@bolt.co.uk\n'],
  ])('detects the %p separator', async (delimiter, text) => {
    const sheet = await readSpreadsheet(utf8(text), 'customers.csv');
    expect(sheet.delimiter).toBe(delimiter);
    expect(sheet.headers).toEqual(['Company', 'Country', 'Email']);
    expect(sheet.rows).toEqual([
      { line: 2, cells: ['Acme GmbH', 'DE', 'info@acme.de'] },
      { line: 3, cells: ['Bolt Ltd', 'GB', 'sales@bolt.co.uk'] },
    ]);
  });

  it('strips a byte-order mark so the first header is recognised', async () => {
    const sheet = await readSpreadsheet(utf8('\ufeffCompany,Email\nAcme,info@acme.de\n'), 'customers.csv');
    expect(sheet.headers[0]).toBe('Company');
    expect(sheet.columns.mapping).toEqual(['name', 'email']);
  });

  it('numbers rows as a spreadsheet does: header 1, first data row 2, a quoted line break inside one row', async () => {
    const text = 'Company,Notes,Email\n"Acme, Inc.","line one\nline two",info@acme.com\n,,\nBolt,,bolt@bolt.io\r\n';
    const sheet = await readSpreadsheet(utf8(text), 'customers.csv');
    expect(sheet.headerLine).toBe(1);
    expect(sheet.rows).toEqual([
      { line: 2, cells: ['Acme, Inc.', 'line one\nline two', 'info@acme.com'] },
      { line: 4, cells: ['Bolt', '', 'bolt@bolt.io'] },
    ]);
  });

  it('finds the header below a title line', async () => {
    const sheet = await readSpreadsheet(utf8('Customer list 2024\n\nCompany,Email\nAcme,info@acme.de\n'), 'customers.csv');
    expect(sheet.headerLine).toBe(3);
    expect(sheet.rows).toEqual([{ line: 4, cells: ['Acme', 'info@acme.de'] }]);
  });

  it('returns the column mapping and the unknown columns', async () => {
    const sheet = await readSpreadsheet(utf8('客户名称,Revenue,电话\nAcme,100,+49 30 1234567\n'), 'customers.csv');
    expect(sheet.columns.mapping).toEqual(['name', null, 'phone']);
    expect(sheet.columns.unknown).toEqual([{ index: 1, header: 'Revenue' }]);
  });

  it("applies the user's mapping even when no header is recognised", async () => {
    const sheet = await readSpreadsheet(utf8('Firma,Land\nAcme,DE\n'), 'customers.csv', { columns: { 0: 'name', 1: 'country' } });
    expect(sheet.columns.mapping).toEqual(['name', 'country']);
    expect(sheet.rows).toHaveLength(1);
  });

  it('refuses an empty file', async () => {
    expect((await failure(readSpreadsheet(new Uint8Array(), 'customers.csv'))).reason).toBe('empty');
    expect((await failure(readSpreadsheet(utf8('\ufeff \n\n'), 'customers.csv'))).reason).toBe('empty');
  });

  it('refuses a file with a header but no rows', async () => {
    expect((await failure(readSpreadsheet(utf8('Company,Email\n'), 'customers.csv'))).reason).toBe('no_rows');
  });

  it('refuses binary garbage', async () => {
    const garbage = new Uint8Array(4096).map((_, index) => (index * 7919 + 13) % 256);
    const error = await failure(readSpreadsheet(garbage, 'customers.csv'));
    expect(error.reason).toBe('not_text');
  });

  it('refuses text that is not UTF-8, saying how to save it', async () => {
    const latin1 = Uint8Array.from(
      [...'Company\nM', 'ü', 'ller GmbH\n']
        .join('')
        .split('')
        .map((char) => char.charCodeAt(0)),
    );
    const error = await failure(readSpreadsheet(latin1, 'customers.csv'));
    expect(error.reason).toBe('not_utf8');
    expect(error.message).toContain('CSV UTF-8');
  });

  it('refuses UTF-16 text (Excel "Unicode Text"), saying how to save it', async () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...'Company\n'].flatMap((char) => [char.charCodeAt(0), 0])]);
    const error = await failure(readSpreadsheet(utf16, 'customers.txt'));
    expect(error.reason).toBe('not_utf8');
    expect(error.message).toContain('CSV UTF-8');
  });

  it('refuses a file without a recognisable header, listing what it found and what it expects', async () => {
    const error = await failure(readSpreadsheet(utf8('Firma,Umsatz\nAcme,100\n'), 'kunden.csv'));
    expect(error.reason).toBe('no_header');
    expect(error.message).toContain('"Firma", "Umsatz"');
    expect(error.message).toContain('"company"');
    expect(error.message).toContain('"email"');
  });

  it('refuses a large file without a header after reading only its first rows', async () => {
    const text = `Firma,Umsatz\n${'Acme,100\n'.repeat(500_000)}`;
    const error = await failure(readSpreadsheet(utf8(text), 'big.csv'));
    expect(error.reason).toBe('no_header');
  });

  it('refuses a file over the size limit before parsing it', async () => {
    const error = await failure(readSpreadsheet(utf8('Company\nAcme\n'), 'customers.csv', { maxBytes: 10 }));
    expect(error.reason).toBe('too_large');
    expect(error.message).toContain('customers.csv');
  });

  it('refuses 50 MB of garbage by its size under the default limit', async () => {
    const error = await failure(readSpreadsheet(new Uint8Array(50 * 1024 * 1024 + 1), 'huge.csv'));
    expect(error.reason).toBe('too_large');
  });
});

describe('readSpreadsheet (xlsx)', () => {
  it('reads the first sheet, with rich text, links, formula results, dates and numbers as text', async () => {
    const buffer = await xlsx((workbook) => {
      const sheet = workbook.addWorksheet('Customers');
      sheet.addRow(['公司名称', '邮箱', '电话', 'Since', 'Orders', 'Active']);
      sheet.addRow([
        { richText: [{ text: 'Acme ', font: { bold: true } }, { text: 'GmbH' }] },
        { text: 'info@acme.de', hyperlink: 'mailto:info@acme.de' },
        4930123456,
        new Date(Date.UTC(2024, 0, 31)),
        { formula: '2+3', result: 5 },
        true,
      ]);
      workbook.addWorksheet('Other').addRow(['Company']);
    });
    const sheet = await readSpreadsheet(buffer, 'customers.xlsx');
    expect(sheet.format).toBe('xlsx');
    expect(sheet.headers).toEqual(['公司名称', '邮箱', '电话', 'Since', 'Orders', 'Active']);
    expect(sheet.rows).toEqual([{ line: 2, cells: ['Acme GmbH', 'info@acme.de', '4930123456', '2024-01-31', '5', 'TRUE'] }]);
    expect(sheet.columns.mapping).toEqual(['name', 'email', 'phone', null, null, null]);
  });

  it('keeps sheet row numbers and skips blank rows', async () => {
    const buffer = await xlsx((workbook) => {
      const sheet = workbook.addWorksheet('Customers');
      sheet.getCell('A1').value = 'Company';
      sheet.getCell('B1').value = 'Website';
      sheet.getCell('A2').value = 'Acme';
      sheet.getCell('B5').value = 'bolt.io';
    });
    const sheet = await readSpreadsheet(buffer, 'customers.xlsx');
    expect(sheet.rows).toEqual([
      { line: 2, cells: ['Acme'] },
      { line: 5, cells: ['', 'bolt.io'] },
    ]);
  });

  it('tells an xlsx by its content, whatever the file is called', async () => {
    const buffer = await xlsx((workbook) => workbook.addWorksheet('S').addRows([['Company'], ['Acme']]));
    expect((await readSpreadsheet(buffer, 'upload.bin')).format).toBe('xlsx');
  });

  it('refuses a file named .xlsx that is not one', async () => {
    expect((await failure(readSpreadsheet(utf8('Company\nAcme\n'), 'customers.xlsx'))).reason).toBe('invalid_xlsx');
  });

  it('refuses a damaged zip', async () => {
    const damaged = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect((await failure(readSpreadsheet(damaged, 'customers.xlsx'))).reason).toBe('invalid_xlsx');
  });

  it('refuses the old .xls format, saying to save as .xlsx', async () => {
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const error = await failure(readSpreadsheet(ole, 'customers.xls'));
    expect(error.reason).toBe('unsupported_format');
    expect(error.message).toContain('.xlsx');
  });
});
