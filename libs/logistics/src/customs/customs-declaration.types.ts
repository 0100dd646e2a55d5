import type { CountryCode, Money } from '@tradewind/shared';

/** 监管方式: the customs supervision mode of an export, with its code on the declaration. */
export type TradeModeCode = '0110' | '0214' | '0615' | '1039' | '3010' | '9610' | '9710' | '9810';

export interface TradeMode {
  readonly code: TradeModeCode;
  readonly nameZh: string;
  readonly nameEn: string;
}

/** 运输方式 as the declaration names it. */
export type CustomsTransportMode = 'sea' | 'rail' | 'road' | 'air' | 'post';

export interface CustomsTransport {
  readonly mode: CustomsTransportMode;
  readonly code: string;
  readonly nameZh: string;
}

/** A commercial-invoice line with what the catalogue knows about its product. */
export interface CustomsLineInput {
  readonly ref: string;
  /** How messages name the line for a person (its SKU); default: the ref. */
  readonly label?: string;
  readonly description: string;
  /** Decimal string. */
  readonly quantity: string;
  /** The unit the quantity is counted in ("pcs", "sets", "台"). */
  readonly unit: string;
  /** The line amount in the order currency. */
  readonly amount: Money;
  readonly product?: {
    /** 6–10 digits, dots allowed ("8467.29.2000"). */
    readonly hsCode?: string | null;
    /** 申报品名: the name customs knows the goods by. */
    readonly customsName?: string | null;
  } | null;
}

export interface CustomsDraftInput {
  /** The order (or shipment) currency; every line amount must be in it. */
  readonly currency: string;
  /** Total of the commercial invoice the declaration must match. */
  readonly invoiceTotal: Money;
  /** Country code or name (parseCountry). */
  readonly destinationCountry: string;
  readonly portOfLoading: string;
  readonly portOfDischarge: string;
  readonly transportMode: CustomsTransportMode;
  /** Default 0110 general trade. */
  readonly tradeMode?: TradeModeCode;
  readonly lines: readonly CustomsLineInput[];
}

export interface CustomsItem {
  /** 1-based item number (项号) in the order items first appear. */
  readonly itemNo: number;
  /** Digits only, as declared. */
  readonly hsCode: string;
  readonly declaredName: string;
  /** Sum of the lines' quantities (decimal string). */
  readonly quantity: string;
  readonly unit: string;
  /** Sum of the line amounts, in the order currency. */
  readonly value: Money;
  readonly destinationCountry: CountryCode | null;
  readonly portOfLoading: string;
  readonly portOfDischarge: string;
  readonly transport: CustomsTransport;
  readonly tradeMode: TradeMode;
  readonly lineRefs: readonly string[];
}

export interface CustomsTotals {
  /** Sum of the items' values. */
  readonly declared: Money;
  readonly invoice: Money;
  /** declared − invoice, at the currency's minor unit; zero when they match, null when the currencies differ. */
  readonly difference: Money | null;
  readonly items: number;
  readonly lines: number;
}

export type CustomsProblemCode =
  | 'NO_LINES'
  | 'HS_CODE_MISSING'
  | 'HS_CODE_INVALID'
  | 'HS_CODE_INCOMPLETE'
  | 'QUANTITY_NOT_POSITIVE'
  | 'CURRENCY_MISMATCH'
  | 'TOTAL_MISMATCH'
  | 'MULTIPLE_NAMES'
  | 'DESTINATION_INVALID'
  | 'PORT_MISSING';

export interface CustomsProblem {
  readonly code: CustomsProblemCode;
  readonly message: string;
  /** The same in Simplified Chinese. */
  readonly messageZh: string;
  readonly lineRef?: string;
}

export interface CustomsDeclarationDraft {
  readonly items: readonly CustomsItem[];
  readonly totals: CustomsTotals;
  readonly problems: readonly CustomsProblem[];
}
