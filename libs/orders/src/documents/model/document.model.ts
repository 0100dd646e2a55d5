import { IncotermCode, TransportMode } from '../../incoterms';

export const DOCUMENT_KINDS = ['quotation', 'proforma_invoice', 'sales_contract', 'commercial_invoice', 'packing_list'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_LANGUAGES = ['en', 'zh'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

/** The exporter issuing the document; printed as the letterhead. */
export interface DocumentSeller {
  name: string;
  /** The company's name in Chinese (or another local script); leads the letterhead on zh documents. */
  nameLocal?: string;
  address: string;
  phone: string;
  email: string;
  website?: string;
  taxId?: string;
  /** PNG image, printed at the top left of the letterhead. */
  logo?: Buffer;
}

export interface DocumentBank {
  beneficiary: string;
  bankName: string;
  bankAddress: string;
  accountNumber: string;
  swift: string;
  /** Currency of the account when it differs from, or should be stated next to, the document currency. */
  currency?: string;
}

export interface DocumentBuyer {
  name: string;
  address: string;
  /** ISO 3166-1 alpha-2 code; the document prints the country's name in its language. */
  country: string;
  contactName?: string;
  email?: string;
  phone?: string;
}

export interface DocumentIncoterm {
  code: IncotermCode;
  place: string;
}

/** All figures are decimal strings ("1200", "12.5", "0.125"); the renderer never turns them into JS numbers. */
export interface DocumentLine {
  sku: string;
  description: string;
  hsCode?: string;
  quantity: string;
  unit: string;
  unitPrice: string;
  amount: string;
}

/**
 * A commercial invoice's split of the total for customs under a C rule, whose prices include main
 * carriage and (CIF, CIP) insurance: goods value + freight + insurance = the total.
 */
export interface DocumentPriceBreakdown {
  /** The departure rule the goods value is stated at: FOB for CFR/CIF, FCA for CPT/CIP. */
  basis: Extract<IncotermCode, 'FOB' | 'FCA'>;
  goodsValue: string;
  freight?: string;
  insurance?: string;
}

export interface DocumentTotals {
  /** Sum of the line amounts. */
  subtotal: string;
  /**
   * The agreed price, which the payment schedule splits: equal to the subtotal. Freight and insurance
   * the seller bears are in the unit prices, never added on top.
   */
  total: string;
  breakdown?: DocumentPriceBreakdown;
}

export interface DocumentInstallment {
  /** Already in the document language, e.g. "30% T/T deposit" or "30%电汇定金". */
  label: string;
  /** Share of the total as a decimal string ("30", "33.33"). */
  percentage: string;
  amount: string;
  /** YYYY-MM-DD, or null while the triggering event (B/L, shipment) has no date yet. */
  dueDate: string | null;
}

export interface PackingLine {
  sku: string;
  description: string;
  cartons: number;
  unitsPerCarton: number;
  quantity: string;
  netWeightKg: string;
  grossWeightKg: string;
  cbm: string;
}

export interface PackingTotals {
  cartons: number;
  quantity: string;
  netWeightKg: string;
  grossWeightKg: string;
  cbm: string;
}

/**
 * Everything one export document prints, as plain data in the document's language: the orders module
 * builds it from the order and its stage, the renderer only lays it out.
 */
export interface DocumentModel {
  kind: DocumentKind;
  language: DocumentLanguage;
  /** e.g. PI-2026-0001 */
  number: string;
  /** 1 for the first issue; "Rev. n" is printed from 2 on. */
  version: number;
  /** YYYY-MM-DD */
  issueDate: string;
  /** YYYY-MM-DD; quotations only. */
  validUntil?: string;
  seller: DocumentSeller;
  bank: DocumentBank;
  buyer: DocumentBuyer;
  /** ISO 4217 code; amounts are printed at its minor unit (JPY without decimals). */
  currency: string;
  incoterm: DocumentIncoterm;
  /** Already formatted in the document language (formatPaymentTerms). */
  paymentTermsText: string;
  /** YYYY-MM-DD */
  deliveryDate?: string;
  portOfLoading?: string;
  portOfDischarge?: string;
  transportMode?: TransportMode;
  /** Vessel and voyage (or flight) the goods left on; the commercial invoice states them. */
  vessel?: string;
  /** B/L, AWB or waybill number. */
  transportDocumentNumber?: string;
  lines: readonly DocumentLine[];
  totals: DocumentTotals;
  installments?: readonly DocumentInstallment[];
  /** Required for a packing list, ignored by the other kinds. */
  packing?: readonly PackingLine[];
  /** Summed from the packing lines when absent; checked against them when given. */
  packingTotals?: PackingTotals;
  remarks?: string;
  /** Contract clauses, printed numbered on the sales contract. */
  termsAndConditions?: readonly string[];
}
