import type { CountryCode, CurrencyCode, Money } from '@tradewind/shared';
import type { IncotermCode } from '../incoterms';
import type { PaymentTerms, ScheduledInstallment } from '../payment-terms';

/** The order fields a spreadsheet column can fill. */
export type OrderField =
  | 'orderNo'
  | 'customer'
  | 'country'
  | 'orderDate'
  | 'currency'
  | 'incoterm'
  | 'incotermPlace'
  | 'paymentTerms'
  | 'sku'
  | 'description'
  | 'quantity'
  | 'unitPrice'
  | 'deliveryDate'
  | 'received';

export const ORDER_FIELDS: readonly OrderField[] = [
  'orderNo',
  'customer',
  'country',
  'orderDate',
  'currency',
  'incoterm',
  'incotermPlace',
  'paymentTerms',
  'sku',
  'description',
  'quantity',
  'unitPrice',
  'deliveryDate',
  'received',
];

/** Columns the file must have; the others may be left out. */
export const REQUIRED_ORDER_FIELDS: readonly OrderField[] = [
  'orderNo',
  'customer',
  'orderDate',
  'currency',
  'incoterm',
  'paymentTerms',
  'description',
  'quantity',
  'unitPrice',
];

/** Column index (0-based) → field; null leaves the column out. */
export type OrderColumnMapping = readonly (OrderField | null)[];

export interface OrderColumns {
  readonly mapping: OrderColumnMapping;
  /** Headers that match no synonym: ignored, shown to the user. */
  readonly unknown: readonly { readonly index: number; readonly header: string }[];
  /** A second column for a field an earlier column already fills: ignored. */
  readonly duplicate: readonly { readonly index: number; readonly header: string; readonly field: OrderField }[];
  /** Required fields no column fills. */
  readonly missing: readonly OrderField[];
}

/** A field-level problem in one spreadsheet row. */
export interface RowFieldError {
  readonly row: number;
  readonly field: OrderField;
  /** Full text, e.g. `row 7, unitPrice: "12,50" is not a number (use a dot for decimals)`. */
  readonly message: string;
}

/**
 * One row read on its own. Order-level values are optional here: continuation rows of an order may
 * leave them blank (or a merged cell may span them); grouping takes them from the rows that give them.
 */
export interface OrderRowValues {
  readonly orderNo?: string;
  readonly customerName?: string;
  readonly country?: CountryCode;
  readonly orderDate?: string;
  readonly currency?: CurrencyCode;
  readonly incoterm?: { readonly code: IncotermCode; readonly place: string | null };
  readonly incotermPlace?: string;
  readonly paymentTerms?: PaymentTerms;
  readonly deliveryDate?: string;
  /** Decimal string as written (the currency may come from another row). */
  readonly received?: string;
  readonly sku?: string;
  readonly description?: string;
  /** Normalised decimal strings ("100", "12.5"). */
  readonly quantity?: string;
  readonly unitPrice?: string;
}

export interface ParsedOrderRow {
  readonly row: number;
  readonly values: OrderRowValues;
  readonly errors: readonly RowFieldError[];
}

export interface ParsedOrderLine {
  readonly row: number;
  readonly sku?: string;
  readonly description: string;
  readonly quantity: string;
  readonly unitPrice: string;
  /** quantity × unitPrice rounded half-up to the currency's minor unit. */
  readonly amount: Money;
}

export type ParsedInstallment = ScheduledInstallment & { readonly paid: Money; readonly open: Money };

export interface ParsedOrder {
  readonly orderNo: string;
  readonly customer: { readonly name: string; readonly country?: CountryCode };
  readonly orderDate: string;
  readonly currency: CurrencyCode;
  readonly incoterm: { readonly code: IncotermCode; readonly place: string | null };
  readonly paymentTerms: PaymentTerms;
  readonly deliveryDate?: string;
  /**
   * The delivery date when it was already behind the company's date at the import: a past order is
   * taken to have shipped that day (its B/L and invoice date for the installments' due dates).
   */
  readonly shippedOn?: string;
  readonly received?: Money;
  readonly lines: readonly ParsedOrderLine[];
  /** Sum of the (rounded) line amounts. */
  readonly total: Money;
  /** In due order, with the received amount applied; amounts sum exactly to `total`. */
  readonly installments: readonly ParsedInstallment[];
  /** Spreadsheet rows the order came from, in file order. */
  readonly rows: readonly number[];
}

/** An order left out because at least one of its rows has an error. */
export interface RejectedOrder {
  /** null for rows without an order number, which belong to no order. */
  readonly orderNo: string | null;
  readonly rows: readonly number[];
  /** Per row: its own messages, or none when the row itself is fine. */
  readonly errors: ReadonlyMap<number, readonly string[]>;
}

export type OrderImportRowStatus = 'created' | 'updated' | 'unchanged' | 'error';
/**
 * What the importer did with a whole order, decided by comparing contentFingerprint with the stored one;
 * `{ refused }` when the stored order may not be replaced from the file (every row of it gets the reason).
 */
export type OrderImportOutcome = Exclude<OrderImportRowStatus, 'error'> | { readonly refused: string };

export interface OrderImportRowReport {
  readonly row: number;
  readonly status: OrderImportRowStatus;
  readonly orderNo: string | null;
  readonly error: string | null;
}

/** The JSON `pnpm cli orders:import FILE --json` prints. */
export interface OrderImportReport {
  /** Orders created / updated; errors counts rows with status error. */
  readonly created: number;
  readonly updated: number;
  readonly errors: number;
  readonly rows: readonly OrderImportRowReport[];
}
