import { Money } from '@tradewind/shared';
import { checkHsCode } from './customs-codes';
import { buildCustomsDraft } from './customs-declaration.builder';
import type { CustomsDraftInput, CustomsLineInput } from './customs-declaration.types';

function line(ref: string, overrides: Partial<CustomsLineInput> = {}): CustomsLineInput {
  return {
    ref,
    description: 'Cordless drill 18V',
    quantity: '100',
    unit: 'pcs',
    amount: Money.of('2550.00', 'USD'),
    product: { hsCode: '8467.29.2000', customsName: '电钻' },
    ...overrides,
  };
}

function draftInput(lines: CustomsLineInput[], overrides: Partial<CustomsDraftInput> = {}): CustomsDraftInput {
  const invoiceTotal = Money.sum(
    lines.map((l) => l.amount).filter((a) => a.currency === 'USD'),
    'USD',
  );
  return {
    currency: 'USD',
    invoiceTotal,
    destinationCountry: 'Germany',
    portOfLoading: 'Ningbo',
    portOfDischarge: 'Hamburg',
    transportMode: 'sea',
    lines,
    ...overrides,
  };
}

describe('buildCustomsDraft', () => {
  it('groups lines by HS code into items with name, quantity, value and the shipment’s details', () => {
    const draft = buildCustomsDraft(
      draftInput([
        line('L1'),
        line('L2', { description: 'Angle grinder', quantity: '50', amount: Money.of('900.50', 'USD'), product: { hsCode: '8467290000' } }),
        line('L3', { quantity: '20', amount: Money.of('510.00', 'USD'), product: { hsCode: '8467292000', customsName: '电钻' } }),
      ]),
    );
    expect(draft.problems).toEqual([]);
    expect(draft.items.map((i) => [i.itemNo, i.hsCode, i.declaredName, i.quantity, i.unit, i.value.toFixed(), i.lineRefs])).toEqual([
      [1, '8467292000', '电钻', '120', 'pcs', '3060.00', ['L1', 'L3']],
      [2, '8467290000', 'Angle grinder', '50', 'pcs', '900.50', ['L2']],
    ]);
    expect(draft.items[0]).toMatchObject({
      destinationCountry: 'DE',
      portOfLoading: 'Ningbo',
      portOfDischarge: 'Hamburg',
      transport: { mode: 'sea', code: '2', nameZh: '水路运输' },
      tradeMode: { code: '0110', nameZh: '一般贸易', nameEn: 'general trade' },
    });
    expect(draft.totals).toMatchObject({ items: 2, lines: 3 });
    expect(draft.totals.declared.toFixed()).toBe('3960.50');
    expect(draft.totals.difference?.isZero()).toBe(true);
  });

  it('keeps quantities in different units of one HS code in separate items', () => {
    const draft = buildCustomsDraft(draftInput([line('L1'), line('L2', { unit: 'sets', quantity: '5' }), line('L3', { unit: 'PCS' })]));
    expect(draft.items.map((i) => [i.hsCode, i.quantity, i.unit, i.lineRefs])).toEqual([
      ['8467292000', '200', 'pcs', ['L1', 'L3']],
      ['8467292000', '5', 'sets', ['L2']],
    ]);
  });

  it('uses the trade mode and transport asked for', () => {
    const draft = buildCustomsDraft(draftInput([line('L1')], { tradeMode: '9710', transportMode: 'air' }));
    expect(draft.items[0].tradeMode.code).toBe('9710');
    expect(draft.items[0].transport).toEqual({ mode: 'air', code: '5', nameZh: '航空运输' });
  });

  it('reports the difference when the declared total does not match the commercial invoice to the cent', () => {
    const draft = buildCustomsDraft(draftInput([line('L1')], { invoiceTotal: Money.of('2550.01', 'USD') }));
    expect(draft.totals.difference?.toFixed()).toBe('-0.01');
    expect(draft.problems).toEqual([
      {
        code: 'TOTAL_MISMATCH',
        message: 'declared total 2550.00 USD differs from the commercial invoice total 2550.01 USD by -0.01 USD',
        messageZh: '申报总价 2550.00 USD 与商业发票总额 2550.01 USD 相差 -0.01 USD',
      },
    ]);
  });

  it('compares JPY totals to the yen', () => {
    const jpy = [line('L1', { amount: Money.of('100001', 'JPY') })];
    const draft = buildCustomsDraft(draftInput(jpy, { currency: 'JPY', invoiceTotal: Money.of('100001', 'JPY') }));
    expect(draft.problems).toEqual([]);
    expect(draft.totals.declared.toFixed()).toBe('100001');
  });

  it('leaves out a line without an HS code, and the totals then disagree', () => {
    const draft = buildCustomsDraft(
      draftInput([line('L1'), line('L2', { description: 'Saw blade', product: { hsCode: null } }), line('L3', { product: null })]),
    );
    expect(draft.items.map((i) => i.lineRefs)).toEqual([['L1']]);
    expect(draft.problems.map((p) => [p.code, p.lineRef])).toEqual([
      ['HS_CODE_MISSING', 'L2'],
      ['HS_CODE_MISSING', 'L3'],
      ['TOTAL_MISMATCH', undefined],
    ]);
    expect(draft.problems[0].message).toBe('line L2 (Saw blade): the product has no HS code; the line is left out');
    expect(draft.totals.difference?.toFixed()).toBe('-5100.00');
  });

  it('refuses malformed HS codes and flags codes shorter than the 10 digits China needs', () => {
    const draft = buildCustomsDraft(
      draftInput([
        line('L1', { product: { hsCode: '8467.2' } }),
        line('L2', { product: { hsCode: '846729' } }),
        line('L3', { product: { hsCode: '8467.29.20' } }),
      ]),
    );
    expect(draft.problems.map((p) => p.message)).toEqual([
      'line L1: HS code "8467.2" is not 6, 8 or 10 digits (e.g. 8467.29.2000); the line is left out',
      "line L2: HS code 846729 has 6 digits; China's customs needs all 10",
      "line L3: HS code 84672920 has 8 digits; China's customs needs all 10",
      'declared total 5100.00 USD differs from the commercial invoice total 7650.00 USD by -2550.00 USD',
    ]);
    expect(draft.items.map((i) => i.hsCode)).toEqual(['846729', '84672920']);
  });

  it('flags quantities that are not above zero, keeping the line’s value', () => {
    const draft = buildCustomsDraft(
      draftInput([line('L1', { quantity: '0' }), line('L2', { quantity: '-3' }), line('L3', { quantity: 'x' })]),
    );
    expect(draft.problems.map((p) => [p.code, p.lineRef])).toEqual([
      ['QUANTITY_NOT_POSITIVE', 'L1'],
      ['QUANTITY_NOT_POSITIVE', 'L2'],
      ['QUANTITY_NOT_POSITIVE', 'L3'],
    ]);
    expect(draft.items[0].value.toFixed()).toBe('7650.00');
  });

  it('declares the first name and reports the others when lines of one HS code are named differently', () => {
    const draft = buildCustomsDraft(draftInput([line('L1'), line('L2', { product: { hsCode: '8467292000', customsName: '冲击钻' } })]));
    expect(draft.items[0].declaredName).toBe('电钻');
    expect(draft.problems).toEqual([
      {
        code: 'MULTIPLE_NAMES',
        message: 'HS code 8467292000: lines L1, L2 have different names ("电钻", "冲击钻"); declared as "电钻"',
        messageZh: 'HS 编码 8467292000：明细 L1、L2 的品名不同（“电钻”、“冲击钻”）；按“电钻”申报',
      },
    ]);
  });

  it('names lines in messages by their label (the SKU) when they have one, not by their internal ref', () => {
    const draft = buildCustomsDraft(
      draftInput(
        [
          { ...line('item-7f3a'), label: 'HW-16' },
          { ...line('item-91c2', { product: { hsCode: '8467292000', customsName: '冲击钻' } }), label: 'HW-24' },
          { ...line('item-b004', { product: null }), label: 'SH-2000' },
        ],
        { invoiceTotal: Money.of('5100.00', 'USD') },
      ),
    );
    expect(draft.problems.map((p) => [p.message, p.lineRef])).toEqual([
      ['line SH-2000 (Cordless drill 18V): the product has no HS code; the line is left out', 'item-b004'],
      ['HS code 8467292000: lines HW-16, HW-24 have different names ("电钻", "冲击钻"); declared as "电钻"', undefined],
    ]);
    expect(draft.items[0].lineRefs).toEqual(['item-7f3a', 'item-91c2']);
  });

  it('leaves out a line in another currency and reports it', () => {
    const draft = buildCustomsDraft(draftInput([line('L1'), line('L2', { amount: Money.of('10', 'EUR') })]));
    expect(draft.problems.map((p) => [p.code, p.lineRef])).toEqual([['CURRENCY_MISMATCH', 'L2']]);
    expect(draft.items[0].lineRefs).toEqual(['L1']);
  });

  it('does not compare totals in different currencies', () => {
    const draft = buildCustomsDraft(draftInput([line('L1')], { invoiceTotal: Money.of('2550', 'EUR') }));
    expect(draft.totals.difference).toBeNull();
    expect(draft.problems.map((p) => p.code)).toEqual(['CURRENCY_MISMATCH']);
  });

  it('reports an unknown destination, missing ports and an empty order', () => {
    const draft = buildCustomsDraft(draftInput([], { destinationCountry: 'Atlantis', portOfLoading: ' ', portOfDischarge: '' }));
    expect(draft.problems.map((p) => p.message)).toEqual([
      'destination country "Atlantis" is not a country',
      'the port of loading is missing',
      'the port of discharge is missing',
      'the order has no lines to declare',
    ]);
    expect(draft.items).toEqual([]);
  });
});

describe('checkHsCode', () => {
  it.each([
    ['8467292000', '8467292000', true],
    ['8467.29.2000', '8467292000', true],
    ['8467 29 20 00', '8467292000', true],
    ['84672920', '84672920', false],
    ['846729', '846729', false],
  ])('accepts %p as %s (complete: %p)', (raw, digits, complete) => {
    expect(checkHsCode(raw)).toEqual({ ok: true, digits, complete });
  });

  it.each(['84672', '8467292', '846729200', '84672920001', 'HS8467292000', '8467-29-2000', '.846729'])('refuses %p', (raw) => {
    expect(checkHsCode(raw)).toEqual({ ok: false });
  });
});
