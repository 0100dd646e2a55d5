import { computePackingList } from './packing-list.calculator';
import type { CartonPacking, PackingLineInput } from './packing.types';

// 20 drills per 50 × 40 × 30 cm carton (0.06 m³), 18 kg net, 19.5 kg gross.
const drillCarton: CartonPacking = {
  unitsPerCarton: '20',
  lengthCm: '50',
  widthCm: '40',
  heightCm: '30',
  netWeightKg: '18',
  grossWeightKg: '19.5',
};

function line(overrides: Partial<PackingLineInput> = {}): PackingLineInput {
  return { ref: 'L1', sku: 'CD-18V', description: 'Cordless drill', quantity: '800', packing: drillCarton, ...overrides };
}

describe('computePackingList: per line', () => {
  it('packs full cartons: cartons, weights and CBM', () => {
    const [packed] = computePackingList([line()]).lines;
    expect(packed).toEqual({
      ref: 'L1',
      sku: 'CD-18V',
      description: 'Cordless drill',
      quantity: '800',
      unitsPerCarton: '20',
      cartons: 40,
      unitsInLastCarton: '20',
      netWeightKg: '720.00',
      grossWeightKg: '780.00',
      cbm: '2.400',
      cartonNumbers: { from: 1, to: 40, label: '1-40' },
      overridden: [],
    });
  });

  it('reports a partial last carton, prorates its net weight by units and adds a whole tare', () => {
    // 805 units: 40 full cartons and one with 5 units (net 4.5 kg, gross 6 kg).
    const [packed] = computePackingList([line({ quantity: '805' })]).lines;
    expect(packed).toMatchObject({
      cartons: 41,
      unitsInLastCarton: '5',
      netWeightKg: '724.50',
      grossWeightKg: '786.00',
      cbm: '2.460',
    });
  });

  it('rounds CBM to three decimals and weights to two', () => {
    const odd: CartonPacking = {
      ...drillCarton,
      unitsPerCarton: '3',
      lengthCm: '33.3',
      widthCm: '22.2',
      heightCm: '11.1',
      netWeightKg: '1.111',
    };
    const [packed] = computePackingList([line({ quantity: '7', packing: odd })]).lines;
    // 3 cartons × 8205.786 cm³ = 0.024617358 m³; net 7 × 1.111 / 3 = 2.5923…
    expect(packed).toMatchObject({ cartons: 3, unitsInLastCarton: '1', cbm: '0.025', netWeightKg: '2.59' });
  });

  it('packs a single unit into one carton numbered alone', () => {
    const [, second] = computePackingList([line({ quantity: '20' }), line({ ref: 'L2', quantity: '1' })]).lines;
    expect(second.cartonNumbers).toEqual({ from: 2, to: 2, label: '2' });
    expect(second.unitsInLastCarton).toBe('1');
  });
});

describe('computePackingList: carton numbers and totals', () => {
  it('numbers cartons across lines and totals the lines as shown', () => {
    const list = computePackingList([
      line({ ref: 'L1', quantity: '800' }),
      line({ ref: 'L2', quantity: '500', packing: { ...drillCarton, unitsPerCarton: '20', netWeightKg: '10', grossWeightKg: '11' } }),
    ]);
    expect(list.lines.map((l) => l.cartonNumbers?.label)).toEqual(['1-40', '41-65']);
    expect(list.totals).toEqual({ cartons: 65, netWeightKg: '970.00', grossWeightKg: '1055.00', cbm: '3.900', complete: true });
    expect(list.problems).toEqual([]);
  });

  it('recomputes totals and carton numbers from overridden values', () => {
    const list = computePackingList([
      line({ ref: 'L1', override: { cartons: 38 } }),
      line({ ref: 'L2', quantity: '100', override: { netWeightKg: '95.5', grossWeightKg: '101', cbm: '0.33' } }),
    ]);
    const [first, second] = list.lines;
    // 38 cartons: net stays the goods' weight, tare and volume follow the carton count.
    expect(first).toMatchObject({
      cartons: 38,
      unitsInLastCarton: null,
      netWeightKg: '720.00',
      grossWeightKg: '777.00',
      cbm: '2.280',
      overridden: ['cartons'],
    });
    expect(second).toMatchObject({
      cartons: 5,
      netWeightKg: '95.50',
      grossWeightKg: '101.00',
      cbm: '0.330',
      overridden: ['netWeightKg', 'grossWeightKg', 'cbm'],
    });
    expect(list.lines.map((l) => l.cartonNumbers?.label)).toEqual(['1-38', '39-43']);
    expect(list.totals).toEqual({ cartons: 43, netWeightKg: '815.50', grossWeightKg: '878.00', cbm: '2.610', complete: true });
  });

  it('gives no carton numbers to a line overridden to no cartons of its own', () => {
    const list = computePackingList([
      line({ ref: 'L1', quantity: '20' }),
      line({ ref: 'L2', quantity: '2', override: { cartons: 0 } }),
      line({ ref: 'L3', quantity: '20' }),
    ]);
    expect(list.lines.map((l) => l.cartonNumbers?.label ?? null)).toEqual(['1', null, '2']);
    expect(list.lines[1]).toMatchObject({ cbm: '0.000', grossWeightKg: '1.80', netWeightKg: '1.80' });
  });
});

describe('computePackingList: problems instead of crashes', () => {
  it('reports a line without packing data and totals the others as incomplete', () => {
    const list = computePackingList([line({ ref: 'L1', quantity: '20' }), line({ ref: 'L2', sku: 'SAW-1', packing: null })]);
    expect(list.lines[1]).toMatchObject({ cartons: null, netWeightKg: null, grossWeightKg: null, cbm: null, cartonNumbers: null });
    expect(list.problems).toEqual([
      {
        code: 'PACKING_DATA_MISSING',
        message:
          "line L2 (SAW-1): no packing data for cartons, netWeightKg, grossWeightKg, cbm; add the product's carton data or enter the values",
        messageZh: '第 L2 行（SAW-1）：缺少箱数、净重（kg）、毛重（kg）、体积（CBM）；请补充产品的外箱数据或手工填写',
        lineRef: 'L2',
      },
    ]);
    expect(list.totals).toEqual({ cartons: 1, netWeightKg: '18.00', grossWeightKg: '19.50', cbm: '0.060', complete: false });
  });

  it('accepts a line without packing data when every value is entered by hand', () => {
    const list = computePackingList([
      line({ packing: undefined, override: { cartons: 2, netWeightKg: '10', grossWeightKg: '11', cbm: '0.1' } }),
    ]);
    expect(list.problems).toEqual([]);
    expect(list.totals.complete).toBe(true);
    expect(list.lines[0].cartonNumbers?.label).toBe('1-2');
  });

  it('names the values still missing when only some are entered', () => {
    const list = computePackingList([line({ packing: null, override: { cartons: 2 } })]);
    expect(list.problems.map((p) => p.message)).toEqual([
      "line L1 (CD-18V): no packing data for netWeightKg, grossWeightKg, cbm; add the product's carton data or enter the values",
    ]);
  });

  it('reports unusable packing data', () => {
    const list = computePackingList([
      line({ ref: 'L1', packing: { ...drillCarton, unitsPerCarton: '0', heightCm: 'abc' } }),
      line({ ref: 'L2', packing: { ...drillCarton, grossWeightKg: '17' } }),
    ]);
    expect(list.problems).toEqual([
      {
        code: 'PACKING_DATA_INVALID',
        message: 'line L1: packing data unitsPerCarton "0", heightCm "abc" must be numbers above 0',
        messageZh: '第 L1 行：包装数据 每箱数量“0”、外箱高（cm）“abc” 必须是大于 0 的数字',
        lineRef: 'L1',
      },
      {
        code: 'PACKING_DATA_INVALID',
        message: 'line L2: gross weight per carton 17 kg is below the net weight 18 kg',
        messageZh: '第 L2 行：每箱毛重 17 kg 小于净重 18 kg',
        lineRef: 'L2',
      },
    ]);
    expect(list.lines.every((l) => l.cartons === null)).toBe(true);
  });

  it('reports a quantity that is not above zero', () => {
    const list = computePackingList([line({ quantity: '0' }), line({ ref: 'L2', quantity: 'many' })]);
    expect(list.problems.map((p) => [p.code, p.lineRef])).toEqual([
      ['QUANTITY_INVALID', 'L1'],
      ['QUANTITY_INVALID', 'L2'],
    ]);
  });

  it('ignores an invalid override and says so', () => {
    const list = computePackingList([line({ override: { cartons: 2.5, cbm: '-1' } })]);
    expect(list.lines[0]).toMatchObject({ cartons: 40, cbm: '2.400', overridden: [] });
    expect(list.problems.map((p) => p.message)).toEqual([
      'line L1: override cartons "2.5" is ignored (a whole number of 0 or more is needed)',
      'line L1: override cbm "-1" is ignored (a number of 0 or more is needed)',
    ]);
    expect(list.problems.map((p) => p.messageZh)).toEqual([
      '第 L1 行：手工填写的箱数“2.5”无效，已忽略（须为不小于 0 的整数）',
      '第 L1 行：手工填写的体积（CBM）“-1”无效，已忽略（须为不小于 0 的数字）',
    ]);
  });

  it('flags an override that puts gross below net', () => {
    const list = computePackingList([line({ override: { grossWeightKg: '700' } })]);
    expect(list.problems).toEqual([
      { code: 'GROSS_BELOW_NET', message: 'line L1: gross weight 700.00 kg is below the net weight 720.00 kg', messageZh: '第 L1 行：毛重 700.00 kg 小于净重 720.00 kg', lineRef: 'L1' },
    ]);
  });

  it('returns empty totals for no lines', () => {
    const list = computePackingList([]);
    expect(list.totals).toEqual({ cartons: 0, netWeightKg: '0.00', grossWeightKg: '0.00', cbm: '0.000', complete: true });
    expect(list.containers.smallestSingle).toBeNull();
  });
});
