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

export function requireCurrency(raw: string, path: string, problems: FieldProblems): string {
  const currency = parseCurrencyCode(raw);
  if (!currency) problems.add(path, `"${raw}" is not an ISO 4217 currency code`, `“${raw}”不是 ISO 4217 币种代码`);
  return currency ?? 'USD';
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
    priced.push({ ...line, description: line.description.trim(), unit: line.unit?.trim() || 'pcs', position: i + 1, amount: Money.of(line.unitPrice, currency).multiply(line.quantity).round() });
  });
  const total = Money.sum(priced.map((l) => l.amount), currency);
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
export function incotermFindings(order: { incotermCode: string; incotermPlace: string; transportMode: TransportMode; currency: string; freightCost: string | null; insuranceCost: string | null; importDutyCost: string | null }): IncotermFinding[] {
  if (!isIncotermCode(order.incotermCode)) return [];
  const money = (v: string | null) => (v === null ? null : Money.of(v, order.currency));
  return checkIncoterm({
    code: order.incotermCode,
    place: order.incotermPlace,
    transportMode: order.transportMode,
    costs: { freight: money(order.freightCost), insurance: money(order.insuranceCost), importDuty: money(order.importDutyCost) },
  });
}
