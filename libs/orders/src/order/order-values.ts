import type { CrmFacade } from '@tradewind/crm';
import { FieldProblems } from '@tradewind/platform';
import { decimal, isDecimalString, Money, parseCurrencyCode } from '@tradewind/shared';
import { checkIncoterm, IncotermFinding, IncotermParseError, isIncotermCode, isModeAllowed, parseIncoterm, TRANSPORT_MODE_LABELS, TRANSPORT_MODES, TransportMode } from '../incoterms';
import { parsePaymentTerms, PaymentTerms, PaymentTermsError } from '../payment-terms';

export interface LineInput {
  productId?: string | null;
  sku?: string | null;
  description: string;
  quantity: string;
  unit?: string;
  unitPrice: string;
}

export interface PricedLine extends LineInput {
  position: number;
  amount: Money;
}

/**
 * An ISO 4217 code, or a field problem. With `fxRates` (a sale's currency: its orders are summed into
 * the customer's figures in the reporting currency) the settings must also hold a rate for it.
 */
export function requireCurrency(raw: string, path: string, problems: FieldProblems, fxRates?: Readonly<Record<string, string>>): string {
  const currency = parseCurrencyCode(raw);
  if (!currency) problems.add(path, `"${raw}" is not an ISO 4217 currency code`, `“${raw}”不是 ISO 4217 币种代码`);
  else if (fxRates && !fxRates[currency]) problems.add(path, missingRateMessage(currency), missingRateMessageZh(currency));
  return currency ?? 'USD';
}

/** A contact named on an order or quotation must be one of its customer's (the column has no foreign key). */
export async function checkContact(crm: Pick<CrmFacade, 'isContactOf'>, customerId: string, contactId: string | null | undefined, problems: FieldProblems): Promise<void> {
  if (contactId && !(await crm.isContactOf(customerId, contactId))) {
    problems.add('input.contactId', `${contactId} is not a contact of this customer`, `${contactId} 不是该客户的联系人`);
  }
}

export const missingRateMessage = (currency: string): string =>
  `the settings have no exchange rate for ${currency}, so its orders could not count in the customer's figures; an admin adds one first`;
const missingRateMessageZh = (currency: string): string => `系统设置中没有 ${currency} 的汇率，其订单无法计入客户业绩；请先由管理员添加`;

const QUANTITY_DECIMALS = 3;
const PRICE_DECIMALS = 4;
const MAX_QUANTITY = 1e15;
/** Amounts and totals are numeric(20,4): below 10^16. */
const MAX_AMOUNT = 1e16;
const MAX_AMOUNT_TEXT = '10,000,000,000,000,000';

export interface FigureProblem {
  field: 'quantity' | 'unitPrice';
  message: string;
  messageZh: string;
}

/**
 * What a line's figures may be so the columns hold them (numeric(18,3) quantities, numeric(20,4) prices
 * and amounts): PostgreSQL would round more decimals away without a word, and refuse larger figures with
 * an error the caller could not read. The form and orders:import both check with this.
 */
export function lineFigureProblems(quantity: string, unitPrice: string, amount: Money): FigureProblem[] {
  const found: FigureProblem[] = [];
  if (decimal(quantity).decimalPlaces() > QUANTITY_DECIMALS) found.push({ field: 'quantity', message: `"${quantity}" has more than ${QUANTITY_DECIMALS} decimals`, messageZh: `数量“${quantity}”最多 ${QUANTITY_DECIMALS} 位小数` });
  if (decimal(unitPrice).decimalPlaces() > PRICE_DECIMALS) found.push({ field: 'unitPrice', message: `"${unitPrice}" has more than ${PRICE_DECIMALS} decimals`, messageZh: `单价“${unitPrice}”最多 ${PRICE_DECIMALS} 位小数` });
  if (found.length === 0 && (decimal(quantity).greaterThanOrEqualTo(MAX_QUANTITY) || !decimal(amount.toFixed()).lessThan(MAX_AMOUNT))) {
    found.push({ field: 'quantity', message: `the line comes to ${amount.toFixed()} ${amount.currency}; a line may not reach ${MAX_AMOUNT_TEXT}`, messageZh: `该行金额 ${amount.toFixed()} ${amount.currency} 过大，不能达到 ${MAX_AMOUNT_TEXT}` });
  }
  return found;
}

/** An order's total must stay below what its column holds. */
export function totalProblem(total: Money): Omit<FigureProblem, 'field'> | null {
  if (decimal(total.toFixed()).lessThan(MAX_AMOUNT)) return null;
  return { message: `the lines come to ${total.toFixed()} ${total.currency}; an order may not reach ${MAX_AMOUNT_TEXT}`, messageZh: `合计 ${total.toFixed()} ${total.currency} 过大，不能达到 ${MAX_AMOUNT_TEXT}` };
}

/** Prices the lines: amount = quantity × unit price rounded to the currency's minor unit. */
export function priceLines(lines: LineInput[], currency: string, problems: FieldProblems, path = 'input.lines'): { lines: PricedLine[]; total: Money } {
  const priced: PricedLine[] = [];
  lines.forEach((line, i) => {
    const at = `${path}.${i}`;
    if (!isDecimalString(line.quantity) || !decimal(line.quantity).greaterThan(0)) problems.add(`${at}.quantity`, `"${line.quantity}" must be a positive decimal number`, `数量“${line.quantity}”必须是大于 0 的数字`);
    if (!isDecimalString(line.unitPrice) || decimal(line.unitPrice).isNegative()) problems.add(`${at}.unitPrice`, `"${line.unitPrice}" must be a decimal amount of 0 or more (use a dot for decimals)`, `单价“${line.unitPrice}”必须是不小于 0 的金额（小数用点号）`);
    if (!line.description?.trim()) problems.add(`${at}.description`, 'must not be empty', '品名不能为空');
    if (problems.hasUnder(at)) return;
    const amount = Money.of(line.unitPrice, currency).multiply(line.quantity).round();
    const outside = lineFigureProblems(line.quantity, line.unitPrice, amount);
    for (const problem of outside) problems.add(`${at}.${problem.field}`, problem.message, problem.messageZh);
    if (outside.length) return;
    priced.push({ ...line, description: line.description.trim(), unit: line.unit?.trim() || 'pcs', position: i + 1, amount });
  });
  const total = Money.sum(priced.map((l) => l.amount), currency);
  const tooLarge = totalProblem(total);
  if (tooLarge) problems.add(path, tooLarge.message, tooLarge.messageZh);
  return { lines: priced, total };
}

export function requireIncoterm(code: string, place: string, mode: string | undefined, problems: FieldProblems, path = 'input'): { code: string; place: string; mode: TransportMode } {
  let parsedCode = code.trim().toUpperCase();
  let parsedPlace = place.trim();
  try {
    const parsed = parseIncoterm(parsedPlace ? `${parsedCode} ${parsedPlace}` : parsedCode);
    parsedCode = parsed.code;
    parsedPlace = parsed.place ?? parsedPlace;
  } catch (error) {
    if (error instanceof IncotermParseError) problems.add(`${path}.incotermCode`, error.message, error.messageZh);
    else throw error;
  }
  if (!parsedPlace) problems.add(`${path}.incotermPlace`, 'every Incoterm needs a named place (e.g. FOB Ningbo, CIF Hamburg)', '每个贸易术语都需要指定地点（例如 FOB Ningbo、CIF Hamburg）');
  const transport = (mode ?? 'sea') as TransportMode;
  if (!TRANSPORT_MODES.includes(transport)) problems.add(`${path}.transportMode`, `must be one of ${TRANSPORT_MODES.join(', ')}`, `运输方式必须是 ${TRANSPORT_MODES.join('、')} 之一`);
  else if (isIncotermCode(parsedCode) && !isModeAllowed(parsedCode, transport)) {
    problems.add(
      `${path}.transportMode`,
      `${parsedCode} is only for sea and inland waterway transport; use FCA, CPT or CIP for ${transport}`,
      `${parsedCode} 只适用于海运和内河运输；${TRANSPORT_MODE_LABELS[transport].zh}请用 FCA、CPT 或 CIP`,
    );
  }
  return { code: parsedCode, place: parsedPlace, mode: transport };
}

export function requirePaymentTerms(text: string, problems: FieldProblems, path = 'input.paymentTerms'): PaymentTerms {
  try {
    return parsePaymentTerms(text);
  } catch (error) {
    if (error instanceof PaymentTermsError) problems.add(path, error.message, error.messageZh);
    else throw error;
    return { installments: [] };
  }
}

/** What the order still lacks (or has too much of) for its Incoterm. */
export function incotermFindings(order: {
  incotermCode: string; incotermPlace: string; transportMode: TransportMode; currency: string; freightCost: string | null; insuranceCost: string | null; importDutyCost: string | null;
  shipmentFreightBooked?: boolean; shipmentInsuranceBooked?: boolean;
}): IncotermFinding[] {
  if (!isIncotermCode(order.incotermCode)) return [];
  const money = (v: string | null) => (v === null ? null : Money.of(v, order.currency));
  return checkIncoterm({
    code: order.incotermCode,
    place: order.incotermPlace,
    transportMode: order.transportMode,
    costs: {
      freight: money(order.freightCost), insurance: money(order.insuranceCost), importDuty: money(order.importDutyCost),
      freightBooked: order.shipmentFreightBooked, insuranceBooked: order.shipmentInsuranceBooked,
    },
  });
}
