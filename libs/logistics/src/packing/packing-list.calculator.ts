import { decimal, isDecimalString } from '@tradewind/shared';
import { containerFit } from './container-fit.calculator';
import type {
  CartonPacking,
  PackedLine,
  PackingLineInput,
  PackingList,
  PackingOverride,
  PackingProblem,
  PackingTotals,
  PackingValue,
} from './packing.types';

type Decimal = ReturnType<typeof decimal>;

// Packing lists show kilograms to 10 g and volumes to the litre.
const WEIGHT_DECIMALS = 2;
const CBM_DECIMALS = 3;
const CM3_PER_M3 = 1_000_000;

const PACKING_FIELDS: readonly (keyof CartonPacking)[] = [
  'unitsPerCarton',
  'lengthCm',
  'widthCm',
  'heightCm',
  'netWeightKg',
  'grossWeightKg',
];

function positive(value: string | undefined): Decimal | undefined {
  if (value === undefined || !isDecimalString(value)) return undefined;
  const parsed = decimal(value.trim());
  return parsed.greaterThan(0) ? parsed : undefined;
}

function nonNegative(value: string | undefined): Decimal | undefined {
  if (value === undefined || !isDecimalString(value)) return undefined;
  const parsed = decimal(value.trim());
  return parsed.isNegative() && !parsed.isZero() ? undefined : parsed.abs();
}

/** How the Chinese messages name packing fields and overridable values. */
const FIELD_ZH: Record<keyof CartonPacking | PackingValue, string> = {
  unitsPerCarton: '每箱数量',
  lengthCm: '外箱长（cm）',
  widthCm: '外箱宽（cm）',
  heightCm: '外箱高（cm）',
  netWeightKg: '净重（kg）',
  grossWeightKg: '毛重（kg）',
  cartons: '箱数',
  cbm: '体积（CBM）',
};

const kg = (value: Decimal): string => value.toFixed(WEIGHT_DECIMALS);
const m3 = (value: Decimal): string => value.toFixed(CBM_DECIMALS);

interface ValidPacking {
  readonly unitsPerCarton: Decimal;
  readonly cartonCbm: Decimal;
  readonly netPerCarton: Decimal;
  readonly tarePerCarton: Decimal;
}

function validPacking(packing: CartonPacking, ref: string, problems: PackingProblem[]): ValidPacking | undefined {
  const bad = PACKING_FIELDS.filter((field) => positive(packing[field]) === undefined);
  if (bad.length > 0) {
    problems.push({
      code: 'PACKING_DATA_INVALID',
      message: `line ${ref}: packing data ${bad.map((f) => `${f} "${packing[f]}"`).join(', ')} must be numbers above 0`,
      messageZh: `第 ${ref} 行：包装数据 ${bad.map((f) => `${FIELD_ZH[f]}“${packing[f]}”`).join('、')} 必须是大于 0 的数字`,
      lineRef: ref,
    });
    return undefined;
  }
  const [units, length, width, height, net, gross] = PACKING_FIELDS.map((field) => decimal(packing[field].trim()));
  if (gross.lessThan(net)) {
    problems.push({
      code: 'PACKING_DATA_INVALID',
      message: `line ${ref}: gross weight per carton ${packing.grossWeightKg} kg is below the net weight ${packing.netWeightKg} kg`,
      messageZh: `第 ${ref} 行：每箱毛重 ${packing.grossWeightKg} kg 小于净重 ${packing.netWeightKg} kg`,
      lineRef: ref,
    });
    return undefined;
  }
  return {
    unitsPerCarton: units,
    cartonCbm: length.times(width).times(height).dividedBy(CM3_PER_M3),
    netPerCarton: net,
    tarePerCarton: gross.minus(net),
  };
}

interface ValidOverride {
  cartons?: number;
  netWeightKg?: Decimal;
  grossWeightKg?: Decimal;
  cbm?: Decimal;
}

function validOverride(override: PackingOverride | undefined, ref: string, problems: PackingProblem[]): ValidOverride {
  const valid: ValidOverride = {};
  if (!override) return valid;
  const invalid = (field: PackingValue, value: string | number): void => {
    problems.push({
      code: 'OVERRIDE_INVALID',
      message: `line ${ref}: override ${field} "${value}" is ignored (${field === 'cartons' ? 'a whole number of 0 or more' : 'a number of 0 or more'} is needed)`,
      messageZh: `第 ${ref} 行：手工填写的${FIELD_ZH[field]}“${value}”无效，已忽略（须为${field === 'cartons' ? '不小于 0 的整数' : '不小于 0 的数字'}）`,
      lineRef: ref,
    });
  };
  if (override.cartons !== undefined) {
    if (Number.isInteger(override.cartons) && override.cartons >= 0) valid.cartons = override.cartons;
    else invalid('cartons', override.cartons);
  }
  for (const field of ['netWeightKg', 'grossWeightKg', 'cbm'] as const) {
    const value = override[field];
    if (value === undefined) continue;
    const parsed = nonNegative(value);
    if (parsed) valid[field] = parsed;
    else invalid(field, value);
  }
  return valid;
}

interface LineValues {
  unitsPerCarton: string | null;
  cartons: number | null;
  unitsInLastCarton: string | null;
  netWeightKg: Decimal | null;
  grossWeightKg: Decimal | null;
  cbm: Decimal | null;
  overridden: PackingValue[];
}

/**
 * Cartons = ceil(quantity / units per carton), the last one possibly partial. Net weight is the
 * goods' weight (a partial carton prorated by units), gross adds each carton's tare, and CBM counts
 * every carton at full size. Overridden values replace computed ones; an overridden carton count
 * also drives the computed gross weight and CBM, since tare and volume go with the cartons.
 */
function lineValues(line: PackingLineInput, problems: PackingProblem[]): LineValues {
  const override = validOverride(line.override, line.ref, problems);
  const quantity = positive(line.quantity);
  if (!quantity) {
    problems.push({
      code: 'QUANTITY_INVALID',
      message: `line ${line.ref}: quantity "${line.quantity}" must be a number above 0`,
      messageZh: `第 ${line.ref} 行：数量“${line.quantity}”必须是大于 0 的数字`,
      lineRef: line.ref,
    });
  }
  const packing = line.packing ? validPacking(line.packing, line.ref, problems) : undefined;

  let cartons: number | null = null;
  let unitsInLastCarton: string | null = null;
  let net: Decimal | null = null;
  let gross: Decimal | null = null;
  let cbm: Decimal | null = null;
  if (packing && quantity) {
    const computedCartons = quantity.dividedBy(packing.unitsPerCarton).ceil();
    cartons = computedCartons.toNumber();
    unitsInLastCarton = quantity.minus(computedCartons.minus(1).times(packing.unitsPerCarton)).toFixed();
    // Full cartons × net per carton plus the partial carton prorated is quantity × net per unit.
    net = quantity.times(packing.netPerCarton).dividedBy(packing.unitsPerCarton);
  }
  if (override.cartons !== undefined) {
    cartons = override.cartons;
    unitsInLastCarton = null;
  }
  if (override.netWeightKg) net = override.netWeightKg;
  if (packing && cartons !== null) {
    if (net) gross = net.plus(packing.tarePerCarton.times(cartons));
    cbm = packing.cartonCbm.times(cartons);
  }
  if (override.grossWeightKg) gross = override.grossWeightKg;
  if (override.cbm) cbm = override.cbm;

  const overridden = (['cartons', 'netWeightKg', 'grossWeightKg', 'cbm'] as const).filter((f) => override[f] !== undefined);
  return {
    unitsPerCarton: packing ? packing.unitsPerCarton.toFixed() : null,
    cartons,
    unitsInLastCarton,
    netWeightKg: net,
    grossWeightKg: gross,
    cbm,
    overridden,
  };
}

function rangeLabel(from: number, to: number): string {
  return from === to ? String(from) : `${from}-${to}`;
}

/**
 * Builds a packing list from order lines and their products' carton data: per line cartons, units in
 * the last carton, weights, CBM and carton numbers running across lines ("1-40", "41-65"); totals;
 * and a container hint. Missing or bad data is a problem on its line, never an exception.
 */
export function computePackingList(lines: readonly PackingLineInput[]): PackingList {
  const problems: PackingProblem[] = [];
  let nextCarton = 1;
  const packed = lines.map((line): PackedLine => {
    const values = lineValues(line, problems);
    const missing = (['cartons', 'netWeightKg', 'grossWeightKg', 'cbm'] as const).filter((f) => values[f] === null);
    if (missing.length > 0 && !problems.some((p) => p.lineRef === line.ref && p.code !== 'OVERRIDE_INVALID')) {
      problems.push({
        code: 'PACKING_DATA_MISSING',
        message: `line ${line.ref}${line.sku ? ` (${line.sku})` : ''}: no packing data for ${missing.join(', ')}; add the product's carton data or enter the values`,
        messageZh: `第 ${line.ref} 行${line.sku ? `（${line.sku}）` : ''}：缺少${missing.map((f) => FIELD_ZH[f]).join('、')}；请补充产品的外箱数据或手工填写`,
        lineRef: line.ref,
      });
    }
    // Rounded per line so the printed lines add up to the printed totals.
    const net = values.netWeightKg ? kg(values.netWeightKg) : null;
    const gross = values.grossWeightKg ? kg(values.grossWeightKg) : null;
    if (net !== null && gross !== null && decimal(gross).lessThan(net)) {
      problems.push({
        code: 'GROSS_BELOW_NET',
        message: `line ${line.ref}: gross weight ${gross} kg is below the net weight ${net} kg`,
        messageZh: `第 ${line.ref} 行：毛重 ${gross} kg 小于净重 ${net} kg`,
        lineRef: line.ref,
      });
    }
    let cartonNumbers: PackedLine['cartonNumbers'] = null;
    if (values.cartons !== null && values.cartons > 0) {
      const from = nextCarton;
      const to = nextCarton + values.cartons - 1;
      cartonNumbers = { from, to, label: rangeLabel(from, to) };
      nextCarton = to + 1;
    }
    return {
      ref: line.ref,
      ...(line.sku === undefined ? {} : { sku: line.sku }),
      description: line.description,
      quantity: line.quantity,
      unitsPerCarton: values.unitsPerCarton,
      cartons: values.cartons,
      unitsInLastCarton: values.unitsInLastCarton,
      netWeightKg: net,
      grossWeightKg: gross,
      cbm: values.cbm ? m3(values.cbm) : null,
      cartonNumbers,
      overridden: values.overridden,
    };
  });
  const totals = packingTotals(packed);
  return { lines: packed, totals, containers: containerFit(totals.cbm, totals.grossWeightKg), problems };
}

/** Sums the lines as shown (rounded); lines without a value are left out and mark the totals incomplete. */
export function packingTotals(lines: readonly PackedLine[]): PackingTotals {
  const sum = (values: readonly (string | null)[]): Decimal =>
    values.reduce((acc: Decimal, value) => (value === null ? acc : acc.plus(value)), decimal(0));
  return {
    cartons: lines.reduce((acc, line) => acc + (line.cartons ?? 0), 0),
    netWeightKg: kg(sum(lines.map((l) => l.netWeightKg))),
    grossWeightKg: kg(sum(lines.map((l) => l.grossWeightKg))),
    cbm: m3(sum(lines.map((l) => l.cbm))),
    complete: lines.every((l) => l.cartons !== null && l.netWeightKg !== null && l.grossWeightKg !== null && l.cbm !== null),
  };
}
