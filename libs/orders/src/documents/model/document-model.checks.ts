import { Money, decimal, isCurrencyCode, isDecimalString } from '@tradewind/shared';
import { DocumentModel, PackingLine, PackingTotals } from './document.model';

export type DocumentModelErrorCode =
  | 'DOCUMENT_INVALID_VERSION'
  | 'DOCUMENT_INVALID_DATE'
  | 'DOCUMENT_UNKNOWN_CURRENCY'
  | 'DOCUMENT_INVALID_FIGURE'
  | 'DOCUMENT_TOTALS_MISMATCH'
  | 'DOCUMENT_PACKING_MISSING'
  | 'DOCUMENT_PACKING_TOTALS_MISMATCH';

export class DocumentModelError extends Error {
  constructor(
    readonly code: DocumentModelErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Refuses a model that would print a document a bank or customs office rejects: unreadable figures,
 * or totals that do not add up. The renderer formats figures; it never corrects them.
 */
export function checkDocumentModel(model: DocumentModel): void {
  if (!Number.isInteger(model.version) || model.version < 1) {
    throw new DocumentModelError('DOCUMENT_INVALID_VERSION', `version ${model.version} is not a whole number from 1`);
  }
  checkDate('issue date', model.issueDate);
  if (model.validUntil !== undefined) checkDate('valid-until date', model.validUntil);
  if (model.deliveryDate !== undefined) checkDate('delivery date', model.deliveryDate);
  model.installments?.forEach((i) => i.dueDate !== null && checkDate(`due date of "${i.label}"`, i.dueDate));
  if (!isCurrencyCode(model.currency)) {
    throw new DocumentModelError('DOCUMENT_UNKNOWN_CURRENCY', `"${model.currency}" is not an ISO 4217 currency code`);
  }

  model.lines.forEach((line, i) => {
    const where = `line ${i + 1} (${line.sku})`;
    checkFigure(`${where} quantity`, line.quantity);
    checkFigure(`${where} unit price`, line.unitPrice);
    checkFigure(`${where} amount`, line.amount);
  });
  const { totals } = model;
  const { breakdown } = totals;
  const figures: [string, string | undefined][] = [
    ['subtotal', totals.subtotal],
    ['total', totals.total],
    ['goods value', breakdown?.goodsValue],
    ['freight', breakdown?.freight],
    ['insurance', breakdown?.insurance],
  ];
  for (const [name, value] of figures) {
    if (value !== undefined) checkFigure(`totals: ${name}`, value);
  }
  model.installments?.forEach((i) => {
    checkFigure(`percentage of "${i.label}"`, i.percentage);
    checkFigure(`amount of "${i.label}"`, i.amount);
  });

  const money = (amount: string): Money => Money.of(amount, model.currency);
  const sum = (amounts: readonly string[]): Money => Money.sum(amounts.map(money), model.currency);
  const linesSum = sum(model.lines.map((l) => l.amount));
  if (!linesSum.equals(money(totals.subtotal))) {
    throw new DocumentModelError(
      'DOCUMENT_TOTALS_MISMATCH',
      `subtotal ${totals.subtotal} differs from the sum of the line amounts (${linesSum.toString()})`,
    );
  }
  // The document asks for the agreed price: costs the seller bears are already in the unit prices.
  if (!money(totals.total).equals(linesSum)) {
    throw new DocumentModelError(
      'DOCUMENT_TOTALS_MISMATCH',
      `total ${totals.total} differs from the subtotal ${totals.subtotal}; freight and insurance are in the prices, not added to them`,
    );
  }
  if (breakdown) {
    const parts = [breakdown.goodsValue, breakdown.freight, breakdown.insurance].filter((part) => part !== undefined);
    const partsSum = sum(parts);
    if (parts.some((part) => money(part).isNegative()) || !partsSum.equals(money(totals.total))) {
      throw new DocumentModelError(
        'DOCUMENT_TOTALS_MISMATCH',
        `goods value ${breakdown.goodsValue}, freight ${breakdown.freight ?? 0} and insurance ${breakdown.insurance ?? 0} ` +
          `do not make up the total ${totals.total}`,
      );
    }
  }
  if (model.installments && model.installments.length > 0) {
    const scheduled = sum(model.installments.map((i) => i.amount));
    if (!scheduled.equals(money(totals.total))) {
      throw new DocumentModelError(
        'DOCUMENT_TOTALS_MISMATCH',
        `the payment schedule sums to ${scheduled.toString()}, not to the total ${totals.total}`,
      );
    }
  }

  if (model.kind === 'packing_list') checkPacking(model);
}

/** Totals of the packing lines, exact (weights and volumes are decimal strings). */
export function sumPacking(lines: readonly PackingLine[]): PackingTotals {
  const sum = (pick: (l: PackingLine) => string): string => lines.reduce((acc, l) => acc.plus(pick(l)), decimal(0)).toFixed();
  return {
    cartons: lines.reduce((acc, l) => acc + l.cartons, 0),
    quantity: sum((l) => l.quantity),
    netWeightKg: sum((l) => l.netWeightKg),
    grossWeightKg: sum((l) => l.grossWeightKg),
    cbm: sum((l) => l.cbm),
  };
}

function checkPacking(model: DocumentModel): void {
  const packing = model.packing ?? [];
  if (packing.length === 0) {
    throw new DocumentModelError('DOCUMENT_PACKING_MISSING', `packing list ${model.number} has no packing lines`);
  }
  packing.forEach((line, i) => {
    const where = `packing line ${i + 1} (${line.sku})`;
    for (const [name, value] of [
      ['cartons', line.cartons],
      ['units per carton', line.unitsPerCarton],
    ] as const) {
      if (!Number.isSafeInteger(value) || value < 0) {
        throw new DocumentModelError('DOCUMENT_INVALID_FIGURE', `${where} ${name} ${value} is not a whole number`);
      }
    }
    checkFigure(`${where} quantity`, line.quantity);
    checkFigure(`${where} net weight`, line.netWeightKg);
    checkFigure(`${where} gross weight`, line.grossWeightKg);
    checkFigure(`${where} CBM`, line.cbm);
  });
  if (!model.packingTotals) return;
  const given = model.packingTotals;
  const summed = sumPacking(packing);
  const mismatched = (Object.keys(summed) as (keyof PackingTotals)[]).filter((key) => !decimal(given[key]).equals(decimal(summed[key])));
  if (mismatched.length > 0) {
    throw new DocumentModelError(
      'DOCUMENT_PACKING_TOTALS_MISMATCH',
      `packing totals differ from the sum of the packing lines: ` +
        mismatched.map((key) => `${key} ${given[key]} ≠ ${summed[key]}`).join(', '),
    );
  }
}

function checkFigure(name: string, value: string): void {
  if (!isDecimalString(value)) {
    throw new DocumentModelError(
      'DOCUMENT_INVALID_FIGURE',
      `${name} "${value}" is not a decimal string (digits with an optional "." and decimals)`,
    );
  }
}

function checkDate(name: string, value: string): void {
  // Date parsing rolls 2026-02-30 over to March, so compare the round trip.
  const time = ISO_DATE.test(value) ? Date.parse(`${value}T00:00:00Z`) : NaN;
  const valid = !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
  if (!valid) throw new DocumentModelError('DOCUMENT_INVALID_DATE', `${name} "${value}" is not a date written YYYY-MM-DD`);
}
