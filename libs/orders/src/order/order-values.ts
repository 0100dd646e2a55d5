import { FieldProblems } from '@tradewind/platform';
import { decimal, isDecimalString, Money, parseCurrencyCode } from '@tradewind/shared';
import { checkIncoterm, IncotermFinding, IncotermParseError, isIncotermCode, isModeAllowed, parseIncoterm, TRANSPORT_MODES, TransportMode } from '../incoterms';
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
  if (!currency) problems.add(path, `"${raw}" is not an ISO 4217 currency code`);
  return currency ?? 'USD';
}

/** Prices the lines: amount = quantity × unit price rounded to the currency's minor unit. */
export function priceLines(lines: LineInput[], currency: string, problems: FieldProblems, path = 'input.lines'): { lines: PricedLine[]; total: Money } {
  const priced: PricedLine[] = [];
  lines.forEach((line, i) => {
    const at = `${path}.${i}`;
    if (!isDecimalString(line.quantity) || !decimal(line.quantity).greaterThan(0)) problems.add(`${at}.quantity`, `"${line.quantity}" must be a positive decimal number`);
    if (!isDecimalString(line.unitPrice) || decimal(line.unitPrice).isNegative()) problems.add(`${at}.unitPrice`, `"${line.unitPrice}" must be a decimal amount of 0 or more (use a dot for decimals)`);
    if (!line.description?.trim()) problems.add(`${at}.description`, 'must not be empty');
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
    if (error instanceof IncotermParseError) problems.add(`${path}.incotermCode`, error.message);
    else throw error;
  }
  if (!parsedPlace) problems.add(`${path}.incotermPlace`, 'every Incoterm needs a named place (e.g. FOB Ningbo, CIF Hamburg)');
  const transport = (mode ?? 'sea') as TransportMode;
  if (!TRANSPORT_MODES.includes(transport)) problems.add(`${path}.transportMode`, `must be one of ${TRANSPORT_MODES.join(', ')}`);
  else if (isIncotermCode(parsedCode) && !isModeAllowed(parsedCode, transport)) {
    problems.add(`${path}.transportMode`, `${parsedCode} is only for sea and inland waterway transport; use FCA, CPT or CIP for ${transport}`);
  }
  return { code: parsedCode, place: parsedPlace, mode: transport };
}

export function requirePaymentTerms(text: string, problems: FieldProblems, path = 'input.paymentTerms'): PaymentTerms {
  try {
    return parsePaymentTerms(text);
  } catch (error) {
    if (error instanceof PaymentTermsError) problems.add(path, error.message);
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
