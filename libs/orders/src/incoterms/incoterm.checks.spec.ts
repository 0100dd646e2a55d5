import { Money } from '@tradewind/shared';
import { IncotermCosts, checkIncoterm } from './incoterm.checks';
import {
  INCOTERM_CODES,
  INCOTERM_RULES,
  IncotermCode,
  TRANSPORT_MODES,
  TransportMode,
  isModeAllowed,
} from './incoterm-rules';

const usd = (amount: string): Money => Money.of(amount, 'USD');

type Expectation = {
  modes: 'any' | 'waterway';
  freight: boolean;
  insurance: 'none' | 'minimum_cover' | 'all_risks';
  exportClearance: boolean;
  importDuties: boolean;
  unloads: boolean;
  place: string;
  zh: string;
};

// The Incoterms 2020 allocation, written out independently of the rule table it checks.
const EXPECTED: Record<IncotermCode, Expectation> = {
  EXW: {
    modes: 'any',
    freight: false,
    insurance: 'none',
    exportClearance: false,
    importDuties: false,
    unloads: false,
    place: 'place_of_delivery',
    zh: '工厂交货',
  },
  FCA: {
    modes: 'any',
    freight: false,
    insurance: 'none',
    exportClearance: true,
    importDuties: false,
    unloads: false,
    place: 'place_of_delivery',
    zh: '货交承运人',
  },
  CPT: {
    modes: 'any',
    freight: true,
    insurance: 'none',
    exportClearance: true,
    importDuties: false,
    unloads: false,
    place: 'place_of_destination',
    zh: '运费付至',
  },
  CIP: {
    modes: 'any',
    freight: true,
    insurance: 'all_risks',
    exportClearance: true,
    importDuties: false,
    unloads: false,
    place: 'place_of_destination',
    zh: '运费和保险费付至',
  },
  DAP: {
    modes: 'any',
    freight: true,
    insurance: 'none',
    exportClearance: true,
    importDuties: false,
    unloads: false,
    place: 'place_of_destination',
    zh: '目的地交货',
  },
  DPU: {
    modes: 'any',
    freight: true,
    insurance: 'none',
    exportClearance: true,
    importDuties: false,
    unloads: true,
    place: 'place_of_destination',
    zh: '卸货地交货',
  },
  DDP: {
    modes: 'any',
    freight: true,
    insurance: 'none',
    exportClearance: true,
    importDuties: true,
    unloads: false,
    place: 'place_of_destination',
    zh: '完税后交货',
  },
  FAS: {
    modes: 'waterway',
    freight: false,
    insurance: 'none',
    exportClearance: true,
    importDuties: false,
    unloads: false,
    place: 'port_of_shipment',
    zh: '船边交货',
  },
  FOB: {
    modes: 'waterway',
    freight: false,
    insurance: 'none',
    exportClearance: true,
    importDuties: false,
    unloads: false,
    place: 'port_of_shipment',
    zh: '船上交货',
  },
  CFR: {
    modes: 'waterway',
    freight: true,
    insurance: 'none',
    exportClearance: true,
    importDuties: false,
    unloads: false,
    place: 'port_of_destination',
    zh: '成本加运费',
  },
  CIF: {
    modes: 'waterway',
    freight: true,
    insurance: 'minimum_cover',
    exportClearance: true,
    importDuties: false,
    unloads: false,
    place: 'port_of_destination',
    zh: '成本、保险费加运费',
  },
};

/** The cost sheet each rule expects from the seller: nothing more, nothing less. */
function matchingCosts(code: IncotermCode): IncotermCosts {
  const e = EXPECTED[code];
  return {
    freight: e.freight ? usd('1200') : null,
    insurance: e.insurance !== 'none' ? usd('35.50') : null,
    importDuty: e.importDuties ? usd('640') : null,
  };
}

const codesOf = (findings: ReturnType<typeof checkIncoterm>): string[] => findings.map((f) => f.code);

describe('Incoterms 2020 rule table', () => {
  it.each(INCOTERM_CODES.map((code) => [code]))('models %s as Incoterms 2020 allocates it', (code) => {
    const rule = INCOTERM_RULES[code];
    const e = EXPECTED[code];
    expect(rule.code).toBe(code);
    expect(rule.name.zh).toBe(e.zh);
    expect(rule.modes).toEqual(e.modes === 'any' ? TRANSPORT_MODES : ['sea', 'inland_waterway']);
    expect(rule.sellerPaysMainCarriage).toBe(e.freight);
    expect(rule.sellerInsurance).toBe(e.insurance);
    expect(rule.sellerClearsExport).toBe(e.exportClearance);
    expect(rule.sellerClearsImportAndPaysDuties).toBe(e.importDuties);
    expect(rule.sellerUnloadsAtDestination).toBe(e.unloads);
    expect(rule.namedPlace).toBe(e.place);
  });
});

describe('checkIncoterm: transport modes', () => {
  const cases = INCOTERM_CODES.flatMap((code) =>
    TRANSPORT_MODES.map((mode): [IncotermCode, TransportMode, boolean] => [
      code,
      mode,
      EXPECTED[code].modes === 'any' || mode === 'sea' || mode === 'inland_waterway',
    ]),
  );

  it.each(cases)('%s by %s allowed: %s', (code, mode, allowed) => {
    expect(isModeAllowed(code, mode)).toBe(allowed);
    const findings = checkIncoterm({ code, place: 'Somewhere', transportMode: mode, costs: matchingCosts(code) });
    expect(codesOf(findings)).toEqual(allowed ? [] : ['MODE_NOT_ALLOWED']);
    if (!allowed) expect(findings[0].severity).toBe('error');
  });

  it.each([
    ['FAS', 'FCA'],
    ['FOB', 'FCA'],
    ['CFR', 'CPT'],
    ['CIF', 'CIP'],
  ] as const)('points %s shipped by air at %s', (code, instead) => {
    const [finding] = checkIncoterm({ code, place: 'Somewhere', transportMode: 'air', costs: matchingCosts(code) });
    expect(finding.message).toBe(`${code} is for sea and inland waterway transport only; for air use ${instead}`);
    expect(finding.messageZh).toContain(instead);
  });

  it('does not judge the mode when none is given', () => {
    expect(checkIncoterm({ code: 'FOB', place: 'Shanghai', costs: {} })).toEqual([]);
  });
});

describe('checkIncoterm: named place', () => {
  it.each(INCOTERM_CODES.map((code) => [code]))('%s without a named place is an error', (code) => {
    for (const place of [null, undefined, '  ']) {
      const findings = checkIncoterm({ code, place, costs: matchingCosts(code) });
      expect(codesOf(findings)).toEqual(['PLACE_REQUIRED']);
      expect(findings[0].severity).toBe('error');
    }
  });

  it('says what the place denotes for each kind of rule', () => {
    const message = (code: IncotermCode): string =>
      checkIncoterm({ code, place: null, costs: matchingCosts(code) })[0].message;
    expect(message('FOB')).toContain('port of shipment');
    expect(message('CIF')).toContain('port of destination');
    expect(message('EXW')).toContain('place of delivery');
    expect(message('DDP')).toContain('place of destination');
  });
});

describe('checkIncoterm: cost sheet against the rule', () => {
  it.each(INCOTERM_CODES.map((code) => [code]))(
    '%s with exactly the seller costs it allocates has no findings',
    (code) => {
      expect(checkIncoterm({ code, place: 'Somewhere', transportMode: 'sea', costs: matchingCosts(code) })).toEqual([]);
    },
  );

  it.each(INCOTERM_CODES.map((code) => [code]))('%s with an empty cost sheet flags every seller cost', (code) => {
    const e = EXPECTED[code];
    const expected = [
      ...(e.freight ? ['FREIGHT_MISSING'] : []),
      ...(e.insurance !== 'none' ? ['INSURANCE_MISSING'] : []),
      ...(e.importDuties ? ['IMPORT_DUTY_MISSING'] : []),
    ];
    const findings = checkIncoterm({ code, place: 'Somewhere', costs: {} });
    expect(codesOf(findings)).toEqual(expected);
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
  });

  it.each(INCOTERM_CODES.map((code) => [code]))(
    '%s with every cost filled flags what the seller does not owe',
    (code) => {
      const e = EXPECTED[code];
      // D rules: the seller carries the transit risk, so its own insurance is a legitimate cost.
      const sellerMayInsure = e.insurance !== 'none' || ['DAP', 'DPU', 'DDP'].includes(code);
      const expected = [
        ...(e.freight ? [] : ['UNEXPECTED_FREIGHT']),
        ...(sellerMayInsure ? [] : ['UNEXPECTED_INSURANCE']),
        ...(e.importDuties ? [] : ['UNEXPECTED_IMPORT_DUTY']),
      ];
      const costs = { freight: usd('1200'), insurance: usd('35.50'), importDuty: usd('640') };
      expect(codesOf(checkIncoterm({ code, place: 'Somewhere', costs }))).toEqual(expected);
    },
  );

  it('flags CIF without freight and insurance', () => {
    const findings = checkIncoterm({ code: 'CIF', place: 'Hamburg', transportMode: 'sea', costs: {} });
    expect(codesOf(findings)).toEqual(['FREIGHT_MISSING', 'INSURANCE_MISSING']);
    expect(findings[1].message).toContain('minimum cover (ICC C)');
  });

  it('asks CIP for all-risks cover', () => {
    const [finding] = checkIncoterm({ code: 'CIP', place: 'Chicago', costs: { freight: usd('900') } });
    expect(finding.code).toBe('INSURANCE_MISSING');
    expect(finding.message).toContain('all-risks cover (ICC A)');
  });

  it('treats zero freight under CFR as not filled in', () => {
    expect(codesOf(checkIncoterm({ code: 'CFR', place: 'Lagos', costs: { freight: usd('0') } }))).toEqual([
      'FREIGHT_MISSING',
    ]);
  });

  it('tells FOB with a freight cost to remove it or move to CFR/CIF', () => {
    const findings = checkIncoterm({ code: 'FOB', place: 'Shanghai', costs: { freight: usd('800') } });
    expect(findings).toEqual([
      {
        severity: 'warning',
        code: 'UNEXPECTED_FREIGHT',
        message: 'FOB: the buyer pays main carriage; remove the freight cost or change the rule to CFR/CIF',
        messageZh: 'FOB：主运费由买方承担；请删除运费，或将术语改为 CFR/CIF',
      },
    ]);
  });

  it('does not flag zero freight, insurance or duty under EXW', () => {
    const zero = usd('0');
    expect(
      checkIncoterm({ code: 'EXW', place: 'Yiwu', costs: { freight: zero, insurance: zero, importDuty: zero } }),
    ).toEqual([]);
  });

  it('accepts a zero import duty under DDP (duty-free goods) but not a missing one', () => {
    const base = { freight: usd('1200') };
    expect(checkIncoterm({ code: 'DDP', place: 'Chicago', costs: { ...base, importDuty: usd('0') } })).toEqual([]);
    expect(codesOf(checkIncoterm({ code: 'DDP', place: 'Chicago', costs: { ...base, importDuty: null } }))).toEqual([
      'IMPORT_DUTY_MISSING',
    ]);
  });

  it('reports place, mode and cost findings together', () => {
    const findings = checkIncoterm({ code: 'FOB', place: '', transportMode: 'air', costs: { freight: usd('10') } });
    expect(codesOf(findings)).toEqual(['PLACE_REQUIRED', 'MODE_NOT_ALLOWED', 'UNEXPECTED_FREIGHT']);
  });
});
