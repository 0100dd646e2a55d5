import { rejectionOf, utf8File, xlsxFile } from '../../../../test/support/spreadsheet-files';
import { numberText } from './cell-text';
import { SpreadsheetFileError } from './spreadsheet-file.errors';
import { readSheet } from './spreadsheet.reader';
import type { ReadSheetOptions } from './spreadsheet.types';

const options: ReadSheetOptions = {
  isHeader: (cells) => cells.some((cell) => cell.toLowerCase() === 'order no'),
  expectedHeaders: ['order no', 'PI no'],
  rowsNoun: 'order lines',
};

const failure = (promise: Promise<unknown>): Promise<SpreadsheetFileError> => rejectionOf(promise, SpreadsheetFileError);

describe('readSheet (CSV)', () => {
  it.each([
    [',', 'Order No,SKU,Qty\nPI-1,A-1,10\nPI-1,A-2,5\n'],
    [';', 'Order No;SKU;Qty\nPI-1;A-1;10\nPI-1;A-2;5\n'],
    ['\t', 'Order No\tSKU\tQty\nPI-1\tA-1\t10\nPI-1\tA-2\t5\n'],
  ])('detects the %p separator', async (delimiter, text) => {
    const sheet = await readSheet(utf8File(text), 'orders.csv', options);
    expect(sheet.format).toBe('csv');
    expect(sheet.delimiter).toBe(delimiter);
    expect(sheet.headers).toEqual(['Order No', 'SKU', 'Qty']);
    expect(sheet.rows).toEqual([
      { line: 2, cells: ['PI-1', 'A-1', '10'] },
      { line: 3, cells: ['PI-1', 'A-2', '5'] },
    ]);
  });

  it('strips a byte-order mark so the first header is recognised', async () => {
    const sheet = await readSheet(utf8File('\ufeffOrder No,SKU\nPI-1,A-1\n'), 'orders.csv', options);
    expect(sheet.headers).toEqual(['Order No', 'SKU']);
  });

  it('numbers rows as a spreadsheet does: header 1, a quoted line break inside one row, blank rows skipped', async () => {
    const text = 'Order No,Product,Qty\r\nPI-1,"Drill,\nred",10\n,,\nPI-2,Saw,3\r\n';
    const sheet = await readSheet(utf8File(text), 'orders.csv', options);
    expect(sheet.headerLine).toBe(1);
    expect(sheet.rows).toEqual([
      { line: 2, cells: ['PI-1', 'Drill,\nred', '10'] },
      { line: 4, cells: ['PI-2', 'Saw', '3'] },
    ]);
  });

  it('finds the header below a title line and pads it to the widest row', async () => {
    const sheet = await readSheet(utf8File('Orders March\n\nOrder No,SKU\nPI-1,A-1,extra\n'), 'orders.csv', options);
    expect(sheet.headerLine).toBe(3);
    expect(sheet.headers).toEqual(['Order No', 'SKU', '']);
    expect(sheet.rows).toEqual([{ line: 4, cells: ['PI-1', 'A-1', 'extra'] }]);
  });

  it('takes the first row as header when asked, even if isHeader recognises none', async () => {
    const sheet = await readSheet(utf8File('Auftrag,Menge\nA-1,3\n'), 'orders.csv', { ...options, firstRowIsHeader: true });
    expect(sheet.headers).toEqual(['Auftrag', 'Menge']);
  });

  it('refuses an empty file', async () => {
    expect((await failure(readSheet(new Uint8Array(), 'orders.csv', options))).reason).toBe('empty');
    expect((await failure(readSheet(utf8File('\ufeff \n\n'), 'orders.csv', options))).reason).toBe('empty');
  });

  it('refuses a header without rows, naming what rows it expected', async () => {
    const error = await failure(readSheet(utf8File('Order No,SKU\n'), 'orders.csv', options));
    expect(error.reason).toBe('no_rows');
    expect(error.message).toBe('orders.csv has a header row but no order lines below it.');
  });

  it('refuses binary garbage', async () => {
    const garbage = new Uint8Array(4096).map((_, index) => (index * 7919 + 13) % 256);
    expect((await failure(readSheet(garbage, 'orders.csv', options))).reason).toBe('not_text');
  });

  it('refuses text that is not UTF-8 and UTF-16 text, saying how to save it', async () => {
    const latin1 = Uint8Array.from([...'Order No\nM\u00fcller\n'].map((char) => char.charCodeAt(0)));
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...'Order No\n'].flatMap((char) => [char.charCodeAt(0), 0])]);
    for (const bytes of [latin1, utf16]) {
      const error = await failure(readSheet(bytes, 'orders.csv', options));
      expect(error.reason).toBe('not_utf8');
      expect(error.message).toContain('CSV UTF-8');
    }
  });

  it('refuses a file without a recognisable header, listing what it found and what it expects', async () => {
    const error = await failure(readSheet(utf8File('Auftrag,Menge\nA-1,3\n'), 'orders.csv', options));
    expect(error.reason).toBe('no_header');
    expect(error.message).toContain('"Auftrag", "Menge"');
    expect(error.message).toContain('"order no", "PI no"');
  });

  it("introduces the expected headers in the caller's words", async () => {
    const error = await failure(
      readSheet(utf8File('Auftrag,Menge\nA-1,3\n'), 'orders.csv', { ...options, expectedHeadersIntro: 'a column for the order number,' }),
    );
    expect(error.message).toBe(
      'orders.csv has no recognisable header row. Found: "Auftrag", "Menge". Expected a column for the order number, such as "order no", "PI no".',
    );
  });

  it('refuses a large file without a header after reading only its first rows', async () => {
    const text = `Auftrag,Menge\n${'A-1,3\n'.repeat(500_000)}`;
    expect((await failure(readSheet(utf8File(text), 'big.csv', options))).reason).toBe('no_header');
  });

  it('refuses a file over the size limit before parsing it', async () => {
    const error = await failure(readSheet(utf8File('Order No\nPI-1\n'), 'orders.csv', { ...options, maxBytes: 10 }));
    expect(error.reason).toBe('too_large');
    expect(error.message).toContain('orders.csv');
  });
});

describe('readSheet (xlsx)', () => {
  it('reads the first sheet with dates as ISO text, numbers without float noise, rich text and formula results', async () => {
    const buffer = await xlsxFile((workbook) => {
      const sheet = workbook.addWorksheet('Orders');
      sheet.addRow(['Order No', 'Date', 'Price', 'Qty', 'Product', 'Amount']);
      sheet.addRow([
        'PI-1',
        new Date(Date.UTC(2026, 2, 5)),
        0.1 + 0.2,
        1200,
        { richText: [{ text: 'Cordless ' }, { text: 'drill', font: { bold: true } }] },
        { formula: 'C2*D2', result: 360 },
      ]);
      workbook.addWorksheet('Other').addRow(['Order No']);
    });
    const sheet = await readSheet(buffer, 'orders.xlsx', options);
    expect(sheet.format).toBe('xlsx');
    expect(sheet.delimiter).toBeUndefined();
    expect(sheet.rows).toEqual([{ line: 2, cells: ['PI-1', '2026-03-05', '0.3', '1200', 'Cordless drill', '360'] }]);
  });

  it('repeats a merged cell value on every row it spans', async () => {
    const buffer = await xlsxFile((workbook) => {
      const sheet = workbook.addWorksheet('Orders');
      sheet.addRows([
        ['Order No', 'SKU'],
        ['PI-1', 'A-1'],
        [null, 'A-2'],
      ]);
      sheet.mergeCells('A2:A3');
    });
    const sheet = await readSheet(buffer, 'orders.xlsx', options);
    expect(sheet.rows.map((row) => row.cells)).toEqual([
      ['PI-1', 'A-1'],
      ['PI-1', 'A-2'],
    ]);
  });

  it('keeps sheet row numbers across blank rows', async () => {
    const buffer = await xlsxFile((workbook) => {
      const sheet = workbook.addWorksheet('Orders');
      sheet.getCell('A1').value = 'Order No';
      sheet.getCell('A2').value = 'PI-1';
      sheet.getCell('B5').value = 'orphan';
    });
    const sheet = await readSheet(buffer, 'orders.xlsx', options);
    expect(sheet.rows).toEqual([
      { line: 2, cells: ['PI-1'] },
      { line: 5, cells: ['', 'orphan'] },
    ]);
  });

  it('tells an xlsx by its content, whatever the file is called', async () => {
    const buffer = await xlsxFile((workbook) => workbook.addWorksheet('S').addRows([['Order No'], ['PI-1']]));
    expect((await readSheet(buffer, 'upload.bin', options)).format).toBe('xlsx');
  });

  it('refuses a file named .xlsx that is not one, and a damaged zip', async () => {
    expect((await failure(readSheet(utf8File('Order No\nPI-1\n'), 'orders.xlsx', options))).reason).toBe('invalid_xlsx');
    const damaged = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect((await failure(readSheet(damaged, 'orders.xlsx', options))).reason).toBe('invalid_xlsx');
  });

  it('refuses the old .xls format, saying to save as .xlsx', async () => {
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const error = await failure(readSheet(ole, 'orders.xls', options));
    expect(error.reason).toBe('unsupported_format');
    expect(error.message).toContain('.xlsx');
  });
});

describe('numberText', () => {
  it.each([
    [0.1 + 0.2, '0.3'],
    [12.5, '12.5'],
    [1200, '1200'],
    [-3.75, '-3.75'],
    [1.5e-7, '0.00000015'],
    [123456789012.5, '123456789012.5'],
    [Number.NaN, ''],
  ])('writes %p as %p', (value, text) => {
    expect(numberText(value)).toBe(text);
  });
});
