import { Money, countryName } from '@tradewind/shared';
import { INCOTERM_RULES, TRANSPORT_MODE_LABELS, formatIncoterm } from '../../incoterms';
import { amountInWords } from '../amount-in-words';
import { DocumentModel, PackingTotals, sumPacking } from '../model';
import { formatDate, formatDecimal, formatMoney, formatUnitPrice } from './figures.formatter';
import { DocumentLabels } from './labels';
import { COLORS, PageLayout, TextStyle } from './page-layout';
import { TableColumn, TableRow, drawTable } from './table.drawer';

/** What every section reads: the model, its labels and the cursor. */
export interface SectionContext {
  layout: PageLayout;
  model: DocumentModel;
  labels: DocumentLabels;
}

type Field = readonly [label: string, value: string | undefined];

const LOGO_SIZE = 56;
const BANK_LABEL_WIDTH = 100;
const REMARKS_STYLE: TextStyle = { size: 8.5 };
const CLAUSE_STYLE: TextStyle = { size: 8.5 };
// Fits a dotted 10-digit code (3917.32.00.00) on one line: a code broken over two lines reads as another code.
const HS_CODE_WEIGHT = 1.1;
// Room kept under a heading so it never ends a page alone.
const KEEP_WITH_HEADING = 40;

export function drawLetterhead({ layout, model, labels }: SectionContext): void {
  const { seller } = model;
  let x = layout.left;
  if (seller.logo) {
    layout.doc.image(seller.logo, layout.left, layout.y, { fit: [LOGO_SIZE, LOGO_SIZE] });
    x += LOGO_SIZE + 12;
  }
  const width = layout.right - x;
  // Chinese documents lead with the Chinese company name, English ones with the English name.
  const [primary, secondary] =
    model.language === 'zh' && seller.nameLocal ? [seller.nameLocal, seller.name] : [seller.name, seller.nameLocal];
  const contacts = joinFields(
    [
      [labels.tel, seller.phone],
      [labels.email, seller.email],
      [labels.website, seller.website],
    ],
    colon(model),
  );
  let y = layout.y;
  y += layout.textAt(primary, x, y, width, { weight: 'bold', size: 15 });
  if (secondary) y += layout.textAt(secondary, x, y, width, { size: 10 });
  y += layout.textAt(seller.address, x, y, width, { size: 8.5, color: COLORS.muted });
  y += layout.textAt(contacts, x, y, width, { size: 8.5, color: COLORS.muted });
  if (seller.taxId) {
    y += layout.textAt(`${labels.taxId}${colon(model)}${seller.taxId}`, x, y, width, { size: 8.5, color: COLORS.muted });
  }
  layout.y = Math.max(y, seller.logo ? layout.y + LOGO_SIZE : y) + 6;
  layout.rule(layout.y, COLORS.text);
  layout.gap(10);
}

export function drawTitle({ layout, model, labels }: SectionContext): void {
  const sep = colon(model);
  layout.paragraph(labels.titles[model.kind], { weight: 'bold', size: 17, align: 'center' }, 4);
  const number = model.version > 1 ? `${model.number}  ${labels.revision(model.version)}` : model.number;
  const fields: Field[] = [
    [labels.number, number],
    [labels.date, formatDate(model.issueDate, model.language)],
    [labels.validUntil, model.validUntil && formatDate(model.validUntil, model.language)],
  ];
  layout.paragraph(joinFields(fields, sep), { size: 9, align: 'center' }, 10);
}

/** Buyer on the left, trade terms on the right. */
export function drawPartiesAndTerms({ layout, model, labels }: SectionContext): void {
  const sep = colon(model);
  const { buyer } = model;
  // The terms get the wider column: Incoterm and payment terms are the long values.
  const buyerWidth = (layout.width - 16) * 0.4;
  const termsWidth = layout.width - 16 - buyerWidth;
  const rightX = layout.left + buyerWidth + 16;
  const buyerLines = [
    buyer.address,
    countryName(buyer.country, model.language),
    buyer.contactName && `${labels.contact}${sep}${buyer.contactName}`,
    buyer.phone && `${labels.tel}${sep}${buyer.phone}`,
    buyer.email && `${labels.email}${sep}${buyer.email}`,
  ].filter(isText);

  const isPacking = model.kind === 'packing_list';
  const incoterm = INCOTERM_RULES[model.incoterm.code];
  const incotermText = `${formatIncoterm(model.incoterm)} (${incoterm.name[model.language]})`;
  // A packing list carries shipment facts only: no price terms.
  const terms: Field[] = [
    [labels.incoterm, isPacking ? undefined : incotermText],
    [labels.paymentTerms, isPacking ? undefined : model.paymentTermsText],
    [labels.deliveryDate, model.deliveryDate && formatDate(model.deliveryDate, model.language)],
    [labels.portOfLoading, model.portOfLoading],
    [labels.portOfDischarge, model.portOfDischarge],
    [labels.transportMode, model.transportMode && capitalize(TRANSPORT_MODE_LABELS[model.transportMode][model.language])],
    [labels.vessel, model.vessel],
    [labels.transportDocumentNumber, model.transportDocumentNumber],
    [labels.currency, isPacking ? undefined : model.currency],
  ];

  const top = layout.y;
  let left = top;
  left += layout.textAt(labels.buyer, layout.left, left, buyerWidth, { weight: 'bold', size: 10 }) + 2;
  left += layout.textAt(buyer.name, layout.left, left, buyerWidth, { weight: 'bold' });
  for (const line of buyerLines) left += layout.textAt(line, layout.left, left, buyerWidth);

  let right = top;
  right += layout.textAt(labels.terms, rightX, right, termsWidth, { weight: 'bold', size: 10 }) + 2;
  right = drawFields(layout, terms, rightX, right, termsWidth, 80);
  layout.y = Math.max(left, right) + 10;
}

export function drawLinesTable({ layout, model, labels }: SectionContext): void {
  const withHsCode = model.lines.some((line) => line.hsCode);
  const columns: (TableColumn | false)[] = [
    { header: labels.lineNo, weight: 0.4, align: 'center' },
    { header: labels.sku, weight: 1.4 },
    { header: labels.description, weight: withHsCode ? 3.75 - HS_CODE_WEIGHT : 3.75 },
    withHsCode && { header: labels.hsCode, weight: HS_CODE_WEIGHT },
    { header: labels.quantity, weight: 0.8, align: 'right' },
    { header: labels.unit, weight: 0.55, align: 'center' },
    { header: `${labels.unitPrice} (${model.currency})`, weight: 1.0, align: 'right' },
    { header: `${labels.amount} (${model.currency})`, weight: 1.25, align: 'right' },
  ];
  const rows: TableRow[] = model.lines.map((line, i) => ({
    cells: [
      String(i + 1),
      line.sku,
      line.description,
      ...(withHsCode ? [line.hsCode ?? ''] : []),
      formatDecimal(line.quantity),
      line.unit,
      formatUnitPrice(line.unitPrice, model.currency),
      formatMoney(line.amount, model.currency),
    ],
  }));
  drawTable(layout, columns.filter(isColumn), rows);
}

/**
 * The total and the total in words. A commercial invoice under a C rule first splits the total into
 * goods value, freight and insurance (parts of it, not charges on top) for customs.
 */
export function drawTotals({ layout, model, labels }: SectionContext): void {
  const { totals, currency } = model;
  const { breakdown } = totals;
  const parts: Field[] = breakdown
    ? [
        [labels.goodsValue(breakdown.basis), breakdown.goodsValue],
        [labels.freight, breakdown.freight],
        [labels.insurance, breakdown.insurance],
      ]
    : [];
  const rows = parts.filter((field): field is readonly [string, string] => field[1] !== undefined);
  const totalLabel = breakdown ? labels.totalUnder(model.incoterm.code) : labels.total;
  const lineHeight = layout.heightOf('0', 100, { size: 9 }) + 2;
  const words = `${labels.amountInWords}${colon(model)}${amountInWords(Money.of(totals.total, currency), model.language)}`;
  const height = (rows.length + 1) * lineHeight + layout.heightOf(words, layout.width, { weight: 'bold' }) + 12;
  layout.ensureSpace(height);

  layout.gap(4);
  const labelX = layout.right - 260;
  const valueX = layout.right - 130;
  for (const [label, value] of rows) {
    layout.textAt(label, labelX, layout.y, 120, { align: 'right' });
    layout.textAt(`${currency} ${formatMoney(value, currency)}`, valueX, layout.y, 130, { align: 'right' });
    layout.y += lineHeight;
  }
  layout.textAt(totalLabel, labelX, layout.y, 120, { weight: 'bold', size: 10, align: 'right' });
  layout.textAt(`${currency} ${formatMoney(totals.total, currency)}`, valueX, layout.y, 130, {
    weight: 'bold',
    size: 10,
    align: 'right',
  });
  layout.y += lineHeight + 6;
  layout.paragraph(words, { weight: 'bold' }, 4);
}

export function drawInstallments({ layout, model, labels }: SectionContext): void {
  if (!model.installments || model.installments.length === 0) return;
  layout.heading(labels.installments, KEEP_WITH_HEADING);
  drawTable(
    layout,
    [
      { header: labels.installment, weight: 3.4 },
      { header: labels.percentage, weight: 0.8, align: 'right' },
      { header: `${labels.amount} (${model.currency})`, weight: 1.4, align: 'right' },
      { header: labels.dueDate, weight: 1.2, align: 'center' },
    ],
    model.installments.map((installment) => ({
      cells: [
        installment.label,
        `${formatDecimal(installment.percentage)}%`,
        formatMoney(installment.amount, model.currency),
        installment.dueDate ? formatDate(installment.dueDate, model.language) : labels.dueOnEvent,
      ],
    })),
  );
}

export function drawPackingTable({ layout, model, labels }: SectionContext): void {
  const lines = model.packing ?? [];
  const totals: PackingTotals = model.packingTotals ?? sumPacking(lines);
  // Weights print to at least 0.01 kg and volumes to 0.001 m³, as forwarders expect.
  const kg = (value: string): string => formatDecimal(value, 2);
  const cbm = (value: string): string => formatDecimal(value, 3);
  drawTable(
    layout,
    [
      { header: labels.lineNo, weight: 0.4, align: 'center' },
      { header: labels.sku, weight: 1.4 },
      { header: labels.description, weight: 2.48 },
      { header: labels.cartons, weight: 0.72, align: 'right' },
      { header: labels.unitsPerCarton, weight: 0.75, align: 'right' },
      { header: labels.quantity, weight: 0.7, align: 'right' },
      { header: labels.netWeight, weight: 0.9, align: 'right' },
      { header: labels.grossWeight, weight: 0.9, align: 'right' },
      { header: labels.volume, weight: 0.8, align: 'right' },
    ],
    [
      ...lines.map((line, i) => ({
        cells: [
          String(i + 1),
          line.sku,
          line.description,
          String(line.cartons),
          String(line.unitsPerCarton),
          formatDecimal(line.quantity),
          kg(line.netWeightKg),
          kg(line.grossWeightKg),
          cbm(line.cbm),
        ],
      })),
      {
        cells: [
          '',
          labels.packingTotal,
          '',
          String(totals.cartons),
          '',
          formatDecimal(totals.quantity),
          kg(totals.netWeightKg),
          kg(totals.grossWeightKg),
          cbm(totals.cbm),
        ],
        emphasis: true,
      },
    ],
  );
}

export function drawTermsAndConditions({ layout, model, labels }: SectionContext): void {
  const clauses = model.termsAndConditions ?? [];
  if (clauses.length === 0) return;
  const numbered = clauses.map((clause, i) => `${i + 1}. ${clause}`);
  layout.heading(labels.termsAndConditions, layout.keptHeight(numbered[0], CLAUSE_STYLE));
  numbered.forEach((clause) => layout.paragraph(clause, CLAUSE_STYLE, 3));
}

export function drawBankDetails({ layout, model, labels }: SectionContext): void {
  const { bank } = model;
  const fields: Field[] = [
    [labels.beneficiary, bank.beneficiary],
    [labels.bankName, bank.bankName],
    [labels.bankAddress, bank.bankAddress],
    [labels.accountNumber, bank.accountNumber],
    [labels.swift, bank.swift],
    [labels.accountCurrency, bank.currency],
  ];
  layout.heading(labels.bank, fieldsHeight(layout, fields, layout.width, BANK_LABEL_WIDTH));
  layout.y = drawFields(layout, fields, layout.left, layout.y, layout.width, BANK_LABEL_WIDTH) + 4;
}

export function drawRemarks({ layout, model, labels }: SectionContext): void {
  if (!model.remarks) return;
  layout.heading(labels.remarks, layout.keptHeight(model.remarks, REMARKS_STYLE));
  layout.paragraph(model.remarks, REMARKS_STYLE);
}

/** Seller and buyer sign and stamp the contract side by side. */
export function drawSignatures({ layout, model, labels }: SectionContext): void {
  const sep = colon(model);
  const columnWidth = (layout.width - 40) / 2;
  const blockHeight = 120;
  layout.gap(16);
  layout.ensureSpace(blockHeight);
  const parties = [
    [labels.forSeller, model.language === 'zh' ? (model.seller.nameLocal ?? model.seller.name) : model.seller.name],
    [labels.forBuyer, model.buyer.name],
  ] as const;
  parties.forEach(([role, name], i) => {
    const x = layout.left + i * (columnWidth + 40);
    let y = layout.y;
    y += layout.textAt(`${role}${sep}`, x, y, columnWidth, { weight: 'bold', size: 10 });
    y += layout.textAt(name, x, y, columnWidth);
    y += 50; // room for the signature and the company chop
    layout.doc
      .moveTo(x, y)
      .lineTo(x + columnWidth, y)
      .lineWidth(0.6)
      .strokeColor(COLORS.text)
      .stroke();
    y += 3;
    y += layout.textAt(labels.signature, x, y, columnWidth, { size: 8, color: COLORS.muted });
    layout.textAt(`${labels.signDate}${sep}`, x, y + 6, columnWidth, { size: 8.5 });
  });
  layout.y += blockHeight;
}

function fieldsHeight(layout: PageLayout, fields: readonly Field[], width: number, labelWidth: number): number {
  return fields.reduce(
    (sum, [label, value]) =>
      value ? sum + Math.max(layout.heightOf(label, labelWidth - 4), layout.heightOf(value, width - labelWidth)) + 1 : sum,
    0,
  );
}

/** Label–value pairs in two columns; returns the height reached. */
function drawFields(layout: PageLayout, fields: readonly Field[], x: number, y: number, width: number, labelWidth: number): number {
  let cursor = y;
  for (const [label, value] of fields) {
    if (!value) continue;
    const labelHeight = layout.textAt(label, x, cursor, labelWidth - 4, { color: COLORS.muted });
    const valueHeight = layout.textAt(value, x + labelWidth, cursor, width - labelWidth);
    cursor += Math.max(labelHeight, valueHeight) + 1;
  }
  return cursor;
}

function joinFields(fields: readonly Field[], sep: string): string {
  return fields
    .filter((field): field is readonly [string, string] => Boolean(field[1]))
    .map(([label, value]) => `${label}${sep}${value}`)
    .join('    ');
}

function colon(model: DocumentModel): string {
  return model.language === 'zh' ? '：' : ': ';
}

// The shared transport labels are lower case for use inside sentences; a field value starts a line.
function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function isText(value: string | undefined): value is string {
  return Boolean(value);
}

function isColumn(column: TableColumn | false): column is TableColumn {
  return column !== false;
}
