import { orderLineCells, sheetRow } from './order-import.factories';
import { ORDER_FIELDS } from './order-import.types';
import { parseOrderRow } from './order-row.parser';

const parse = (line: number, overrides = {}) => parseOrderRow(sheetRow(line, orderLineCells(overrides)), ORDER_FIELDS);

describe('parseOrderRow', () => {
  it('reads every field of a complete line into normalised values', () => {
    const row = parse(2, { quantity: '100.00', unitPrice: '25.50', received: '1000.00', incotermPlace: 'Shanghai' });
    expect(row.errors).toEqual([]);
    expect(row.values).toEqual({
      orderNo: 'PI-2026-001',
      customerName: 'Hamburg Tools GmbH',
      country: 'DE',
      orderDate: '2026-03-05',
      currency: 'USD',
      incoterm: { code: 'FOB', place: 'Shanghai' },
      incotermPlace: 'Shanghai',
      paymentTerms: {
        installments: [
          { percentage: '30', method: 'TT', trigger: 'on_order' },
          { percentage: '70', method: 'TT', trigger: 'before_shipment' },
        ],
      },
      deliveryDate: '2026-04-20',
      received: '1000',
      sku: 'CD-18V',
      description: 'Cordless drill 18V',
      quantity: '100',
      unitPrice: '25.5',
    });
  });

  it('leaves blank order-level cells to the other rows of the order', () => {
    const row = parse(3, { customer: '', orderDate: '', currency: '', incoterm: '', paymentTerms: '' });
    expect(row.errors).toEqual([]);
    expect(row.values.currency).toBeUndefined();
  });

  it.each([
    ['unitPrice', { unitPrice: '12,50' }, 'row 7, unitPrice: "12,50" is not a number (use a dot for decimals)'],
    ['quantity', { quantity: '-5' }, 'row 7, quantity: "-5" is negative'],
    ['quantity', { quantity: '0' }, 'row 7, quantity: "0" must be above 0'],
    ['unitPrice', { unitPrice: '-1' }, 'row 7, unitPrice: "-1" is negative'],
    ['currency', { currency: 'XYZ' }, 'row 7, currency: "XYZ" is not a currency (use an ISO 4217 code such as USD, EUR or CNY)'],
    ['orderDate', { orderDate: '5.3.2026' }, 'row 7, orderDate: "5.3.2026" is not a date (write it as YYYY-MM-DD, e.g. 2026-03-05)'],
    ['deliveryDate', { deliveryDate: '2026-13-01' }, 'row 7, deliveryDate: "2026-13-01" is not a calendar date'],
    ['received', { received: 'paid' }, 'row 7, received: "paid" is not a number'],
    ['country', { country: 'Narnia' }, 'row 7, country: "Narnia" is not a country'],
    ['orderNo', { orderNo: '' }, 'row 7, orderNo: empty'],
    ['description', { description: ' ' }, 'row 7, description: empty'],
    ['quantity', { quantity: '' }, 'row 7, quantity: empty'],
    ['unitPrice', { unitPrice: '' }, 'row 7, unitPrice: empty'],
  ])('names the row and field: %s %p', (field, overrides, message) => {
    expect(parse(7, overrides).errors).toEqual([{ row: 7, field, message }]);
  });

  it('reports unparseable payment terms with the parser’s reason', () => {
    const [error] = parse(4, { paymentTerms: 'cash on the barrel' }).errors;
    expect(error.field).toBe('paymentTerms');
    expect(error.message).toMatch(/^row 4, paymentTerms: payment terms "cash on the barrel" has words that could not be understood/);
  });

  it('reports an unknown Incoterm with the parser’s suggestion', () => {
    const [error] = parse(4, { incoterm: 'FOV Shanghai' }).errors;
    expect(error.field).toBe('incoterm');
    expect(error.message).toContain('Did you mean FOB?');
  });

  it('reports every bad field of a row at once', () => {
    expect(parse(5, { currency: 'XYZ', quantity: 'ten', unitPrice: '1,5' }).errors.map((e) => e.field)).toEqual([
      'currency',
      'quantity',
      'unitPrice',
    ]);
  });
});
