import { Money } from '@tradewind/shared';
import {
  INCOTERM_RULES,
  IncotermCode,
  NAMED_PLACE_LABELS,
  TRANSPORT_MODE_LABELS,
  TransportMode,
} from './incoterm-rules';

export type IncotermFindingCode =
  | 'PLACE_REQUIRED'
  | 'MODE_NOT_ALLOWED'
  | 'FREIGHT_MISSING'
  | 'UNEXPECTED_FREIGHT'
  | 'INSURANCE_MISSING'
  | 'UNEXPECTED_INSURANCE'
  | 'IMPORT_DUTY_MISSING'
  | 'UNEXPECTED_IMPORT_DUTY';

export interface IncotermFinding {
  /** error: the term itself is wrong; warning: the cost sheet does not match what the rule puts on the seller. */
  severity: 'error' | 'warning';
  code: IncotermFindingCode;
  message: string;
  messageZh: string;
}

export interface IncotermCosts {
  freight?: Money | null;
  insurance?: Money | null;
  importDuty?: Money | null;
  /** A freight, or insurance, cost booked elsewhere (on the order's shipments), in whatever currency. */
  freightBooked?: boolean;
  insuranceBooked?: boolean;
}

export interface IncotermCheckInput {
  code: IncotermCode;
  place?: string | null;
  transportMode?: TransportMode | null;
  costs: IncotermCosts;
}

// Who pays main carriage under each rule, for pointing at the right alternative in messages.
const SELLER_FREIGHT_ALTERNATIVES: Readonly<Partial<Record<IncotermCode, string>>> = {
  EXW: 'CPT/CIP',
  FCA: 'CPT/CIP',
  FAS: 'CFR/CIF',
  FOB: 'CFR/CIF',
};
const INSURED_ALTERNATIVE: Readonly<Partial<Record<IncotermCode, string>>> = {
  EXW: 'CIP',
  FCA: 'CIP',
  CPT: 'CIP',
  FAS: 'CIF',
  FOB: 'CIF',
  CFR: 'CIF',
};

/**
 * Checks a rule against its named place, the transport mode and the seller's cost sheet.
 * Returns findings in a stable order: place, mode, freight, insurance, import duty.
 */
export function checkIncoterm(input: IncotermCheckInput): IncotermFinding[] {
  const rule = INCOTERM_RULES[input.code];
  const code = rule.code;
  const findings: IncotermFinding[] = [];

  if (!input.place || input.place.trim() === '') {
    const place = NAMED_PLACE_LABELS[rule.namedPlace];
    findings.push({
      severity: 'error',
      code: 'PLACE_REQUIRED',
      message: `${code} needs a named ${place.en} (e.g. "${code} ${exampleFor(code)}")`,
      messageZh: `${code} 必须注明${place.zh}（例如 "${code} ${exampleFor(code)}"）`,
    });
  }

  if (input.transportMode && !rule.modes.includes(input.transportMode)) {
    const mode = TRANSPORT_MODE_LABELS[input.transportMode];
    const instead = rule.anyModeEquivalent;
    findings.push({
      severity: 'error',
      code: 'MODE_NOT_ALLOWED',
      message: `${code} is for sea and inland waterway transport only; for ${mode.en} use ${instead}`,
      messageZh: `${code} 仅适用于海运和内河运输；${mode.zh}请改用 ${instead}`,
    });
  }

  // Zero freight or insurance under a C or D rule means the cost sheet was never filled in.
  const freight = isPositive(input.costs.freight) || input.costs.freightBooked === true;
  const insurance = isPositive(input.costs.insurance) || input.costs.insuranceBooked === true;
  if (rule.sellerPaysMainCarriage && !freight) {
    findings.push({
      severity: 'warning',
      code: 'FREIGHT_MISSING',
      message: `${code}: the seller pays main carriage to the named place; add the freight cost`,
      messageZh: `${code}：主运费由卖方承担至指定地点，请填写运费`,
    });
  }
  if (!rule.sellerPaysMainCarriage && freight) {
    const alternatives = SELLER_FREIGHT_ALTERNATIVES[code];
    findings.push({
      severity: 'warning',
      code: 'UNEXPECTED_FREIGHT',
      message: `${code}: the buyer pays main carriage; remove the freight cost or change the rule to ${alternatives}`,
      messageZh: `${code}：主运费由买方承担；请删除运费，或将术语改为 ${alternatives}`,
    });
  }

  if (rule.sellerInsurance !== 'none' && !insurance) {
    const cover =
      rule.sellerInsurance === 'all_risks'
        ? { en: 'all-risks cover (ICC A)', zh: '一切险（ICC A 条款）' }
        : { en: 'minimum cover (ICC C)', zh: '最低险别（ICC C 条款）' };
    findings.push({
      severity: 'warning',
      code: 'INSURANCE_MISSING',
      message: `${code}: the seller must insure the goods with ${cover.en} for at least 110% of the value; add the insurance cost`,
      messageZh: `${code}：卖方须按不低于货值 110% 投保${cover.zh}，请填写保险费`,
    });
  }
  // Under D rules the seller carries the transit risk, so insuring it is the seller's own (legitimate) cost.
  if (rule.sellerInsurance === 'none' && !rule.sellerBearsTransitRisk && insurance) {
    const alternative = INSURED_ALTERNATIVE[code];
    findings.push({
      severity: 'warning',
      code: 'UNEXPECTED_INSURANCE',
      message: `${code}: the buyer carries the risk in main carriage and insures it; remove the insurance cost or change the rule to ${alternative}`,
      messageZh: `${code}：主运输风险由买方承担并自行投保；请删除保险费，或将术语改为 ${alternative}`,
    });
  }

  // A zero duty is real (free-trade agreements, 0% tariff lines), so only an absent one counts as missing.
  const duty = input.costs.importDuty;
  if (rule.sellerClearsImportAndPaysDuties && (duty === null || duty === undefined)) {
    findings.push({
      severity: 'warning',
      code: 'IMPORT_DUTY_MISSING',
      message: `${code}: the seller clears import and pays duties and taxes in the destination country; add the import duty (0 if duty-free)`,
      messageZh: `${code}：卖方负责进口清关并缴纳目的国关税和税费，请填写进口关税（免税填 0）`,
    });
  }
  if (!rule.sellerClearsImportAndPaysDuties && isPositive(duty)) {
    findings.push({
      severity: 'warning',
      code: 'UNEXPECTED_IMPORT_DUTY',
      message: `${code}: the buyer clears import and pays duties; remove the import duty or change the rule to DDP`,
      messageZh: `${code}：进口清关及关税由买方负责；请删除进口关税，或将术语改为 DDP`,
    });
  }

  return findings;
}

function isPositive(amount: Money | null | undefined): boolean {
  return amount !== null && amount !== undefined && amount.isPositive();
}

function exampleFor(code: IncotermCode): string {
  switch (INCOTERM_RULES[code].namedPlace) {
    case 'port_of_shipment':
      return 'Shanghai';
    case 'port_of_destination':
      return 'Hamburg';
    case 'place_of_delivery':
      return 'Ningbo warehouse';
    case 'place_of_destination':
      return 'Chicago';
  }
}
