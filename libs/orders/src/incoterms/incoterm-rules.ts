export const INCOTERM_CODES = ['EXW', 'FCA', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP', 'FAS', 'FOB', 'CFR', 'CIF'] as const;
export type IncotermCode = (typeof INCOTERM_CODES)[number];

export const TRANSPORT_MODES = ['sea', 'inland_waterway', 'air', 'rail', 'road', 'multimodal'] as const;
export type TransportMode = (typeof TRANSPORT_MODES)[number];

/** What the named place after the code stands for. */
export type NamedPlaceKind = 'place_of_delivery' | 'place_of_destination' | 'port_of_shipment' | 'port_of_destination';

/** Insurance the seller must buy for the buyer: none, ICC (C) minimum cover (CIF) or ICC (A) all risks (CIP). */
export type SellerInsurance = 'none' | 'minimum_cover' | 'all_risks';

export interface IncotermRule {
  code: IncotermCode;
  name: { en: string; zh: string };
  modes: readonly TransportMode[];
  namedPlace: NamedPlaceKind;
  sellerPaysMainCarriage: boolean;
  sellerInsurance: SellerInsurance;
  /** The seller carries the risk during main carriage (D rules), so insuring it is the seller's own business. */
  sellerBearsTransitRisk: boolean;
  sellerClearsExport: boolean;
  sellerClearsImportAndPaysDuties: boolean;
  sellerUnloadsAtDestination: boolean;
  /** The rule to use instead when the mode is not allowed (sea-only rules have a twin for any mode). */
  anyModeEquivalent?: IncotermCode;
}

const ANY_MODE: readonly TransportMode[] = TRANSPORT_MODES;
const WATERWAY_ONLY: readonly TransportMode[] = ['sea', 'inland_waterway'];

export const INCOTERM_RULES: Readonly<Record<IncotermCode, IncotermRule>> = {
  EXW: {
    code: 'EXW',
    name: { en: 'Ex Works', zh: '工厂交货' },
    modes: ANY_MODE,
    namedPlace: 'place_of_delivery',
    sellerPaysMainCarriage: false,
    sellerInsurance: 'none',
    sellerBearsTransitRisk: false,
    sellerClearsExport: false,
    sellerClearsImportAndPaysDuties: false,
    sellerUnloadsAtDestination: false,
  },
  FCA: {
    code: 'FCA',
    name: { en: 'Free Carrier', zh: '货交承运人' },
    modes: ANY_MODE,
    namedPlace: 'place_of_delivery',
    sellerPaysMainCarriage: false,
    sellerInsurance: 'none',
    sellerBearsTransitRisk: false,
    sellerClearsExport: true,
    sellerClearsImportAndPaysDuties: false,
    sellerUnloadsAtDestination: false,
  },
  CPT: {
    code: 'CPT',
    name: { en: 'Carriage Paid To', zh: '运费付至' },
    modes: ANY_MODE,
    namedPlace: 'place_of_destination',
    sellerPaysMainCarriage: true,
    sellerInsurance: 'none',
    sellerBearsTransitRisk: false,
    sellerClearsExport: true,
    sellerClearsImportAndPaysDuties: false,
    sellerUnloadsAtDestination: false,
  },
  CIP: {
    code: 'CIP',
    name: { en: 'Carriage and Insurance Paid To', zh: '运费和保险费付至' },
    modes: ANY_MODE,
    namedPlace: 'place_of_destination',
    sellerPaysMainCarriage: true,
    sellerInsurance: 'all_risks',
    sellerBearsTransitRisk: false,
    sellerClearsExport: true,
    sellerClearsImportAndPaysDuties: false,
    sellerUnloadsAtDestination: false,
  },
  DAP: {
    code: 'DAP',
    name: { en: 'Delivered at Place', zh: '目的地交货' },
    modes: ANY_MODE,
    namedPlace: 'place_of_destination',
    sellerPaysMainCarriage: true,
    sellerInsurance: 'none',
    sellerBearsTransitRisk: true,
    sellerClearsExport: true,
    sellerClearsImportAndPaysDuties: false,
    sellerUnloadsAtDestination: false,
  },
  DPU: {
    code: 'DPU',
    name: { en: 'Delivered at Place Unloaded', zh: '卸货地交货' },
    modes: ANY_MODE,
    namedPlace: 'place_of_destination',
    sellerPaysMainCarriage: true,
    sellerInsurance: 'none',
    sellerBearsTransitRisk: true,
    sellerClearsExport: true,
    sellerClearsImportAndPaysDuties: false,
    sellerUnloadsAtDestination: true,
  },
  DDP: {
    code: 'DDP',
    name: { en: 'Delivered Duty Paid', zh: '完税后交货' },
    modes: ANY_MODE,
    namedPlace: 'place_of_destination',
    sellerPaysMainCarriage: true,
    sellerInsurance: 'none',
    sellerBearsTransitRisk: true,
    sellerClearsExport: true,
    sellerClearsImportAndPaysDuties: true,
    sellerUnloadsAtDestination: false,
  },
  FAS: {
    code: 'FAS',
    name: { en: 'Free Alongside Ship', zh: '船边交货' },
    modes: WATERWAY_ONLY,
    namedPlace: 'port_of_shipment',
    sellerPaysMainCarriage: false,
    sellerInsurance: 'none',
    sellerBearsTransitRisk: false,
    sellerClearsExport: true,
    sellerClearsImportAndPaysDuties: false,
    sellerUnloadsAtDestination: false,
    anyModeEquivalent: 'FCA',
  },
  FOB: {
    code: 'FOB',
    name: { en: 'Free on Board', zh: '船上交货' },
    modes: WATERWAY_ONLY,
    namedPlace: 'port_of_shipment',
    sellerPaysMainCarriage: false,
    sellerInsurance: 'none',
    sellerBearsTransitRisk: false,
    sellerClearsExport: true,
    sellerClearsImportAndPaysDuties: false,
    sellerUnloadsAtDestination: false,
    anyModeEquivalent: 'FCA',
  },
  CFR: {
    code: 'CFR',
    name: { en: 'Cost and Freight', zh: '成本加运费' },
    modes: WATERWAY_ONLY,
    namedPlace: 'port_of_destination',
    sellerPaysMainCarriage: true,
    sellerInsurance: 'none',
    sellerBearsTransitRisk: false,
    sellerClearsExport: true,
    sellerClearsImportAndPaysDuties: false,
    sellerUnloadsAtDestination: false,
    anyModeEquivalent: 'CPT',
  },
  CIF: {
    code: 'CIF',
    name: { en: 'Cost, Insurance and Freight', zh: '成本、保险费加运费' },
    modes: WATERWAY_ONLY,
    namedPlace: 'port_of_destination',
    sellerPaysMainCarriage: true,
    sellerInsurance: 'minimum_cover',
    sellerBearsTransitRisk: false,
    sellerClearsExport: true,
    sellerClearsImportAndPaysDuties: false,
    sellerUnloadsAtDestination: false,
    anyModeEquivalent: 'CIP',
  },
};

export const NAMED_PLACE_LABELS: Readonly<Record<NamedPlaceKind, { en: string; zh: string }>> = {
  place_of_delivery: { en: 'place of delivery', zh: '交货地点' },
  place_of_destination: { en: 'place of destination', zh: '目的地' },
  port_of_shipment: { en: 'port of shipment', zh: '装运港' },
  port_of_destination: { en: 'port of destination', zh: '目的港' },
};

export const TRANSPORT_MODE_LABELS: Readonly<Record<TransportMode, { en: string; zh: string }>> = {
  sea: { en: 'sea', zh: '海运' },
  inland_waterway: { en: 'inland waterway', zh: '内河运输' },
  air: { en: 'air', zh: '空运' },
  rail: { en: 'rail', zh: '铁路运输' },
  road: { en: 'road', zh: '公路运输' },
  multimodal: { en: 'multimodal', zh: '多式联运' },
};

export function isIncotermCode(value: string): value is IncotermCode {
  return (INCOTERM_CODES as readonly string[]).includes(value);
}

export function incotermRule(code: IncotermCode): IncotermRule {
  return INCOTERM_RULES[code];
}

export function isModeAllowed(code: IncotermCode, mode: TransportMode): boolean {
  return INCOTERM_RULES[code].modes.includes(mode);
}

/** A customer's usual Incoterm ("FOB Ningbo", or just "CIF") as its code (FOB when it has none) and place ('' when it names none). */
export function usualIncotermParts(usual: string | null | undefined): { code: string; place: string } {
  const [code, ...place] = (usual ?? '').split(' ');
  return { code: code || 'FOB', place: place.join(' ') };
}

/** The port goods leave from when a customer's usual terms name no place (the company ships from Ningbo). */
const HOME_PORT = 'Ningbo';

/**
 * The place to suggest for an Incoterm given without one: the home port for terms named at the
 * origin (FOB Ningbo, EXW Ningbo); nothing for C and D terms, whose place is the buyer's destination,
 * which the seller must be asked for rather than shown the loading port.
 */
export function suggestedNamedPlace(code: string): string {
  if (!isIncotermCode(code)) return '';
  const place = INCOTERM_RULES[code].namedPlace;
  return place === 'port_of_shipment' || place === 'place_of_delivery' ? HOME_PORT : '';
}
