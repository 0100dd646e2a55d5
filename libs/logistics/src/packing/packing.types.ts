/** How a product is packed, per export carton. All values are decimal strings. */
export interface CartonPacking {
  readonly unitsPerCarton: string;
  readonly lengthCm: string;
  readonly widthCm: string;
  readonly heightCm: string;
  /** Weight of the goods in a full carton. */
  readonly netWeightKg: string;
  /** Goods plus carton; gross − net is the carton's tare. */
  readonly grossWeightKg: string;
}

/** Values the user typed over the computed ones (mixed cartons, a weighed shipment). */
export interface PackingOverride {
  /** Whole number of cartons, 0 or more (0: packed in another line's cartons). */
  readonly cartons?: number;
  readonly netWeightKg?: string;
  readonly grossWeightKg?: string;
  readonly cbm?: string;
}

export interface PackingLineInput {
  /** The caller's reference for the line (order line id, row), repeated in problems. */
  readonly ref: string;
  readonly sku?: string;
  readonly description: string;
  /** Units ordered, decimal string. */
  readonly quantity: string;
  /** null when the product has no packing data yet. */
  readonly packing?: CartonPacking | null;
  readonly override?: PackingOverride;
}

export type PackingValue = 'cartons' | 'netWeightKg' | 'grossWeightKg' | 'cbm';

export interface CartonRange {
  readonly from: number;
  readonly to: number;
  /** "1-40", or "41" for a single carton. */
  readonly label: string;
}

/** A computed line; a value is null when neither packing data nor an override gives it. */
export interface PackedLine {
  readonly ref: string;
  readonly sku?: string;
  readonly description: string;
  readonly quantity: string;
  readonly unitsPerCarton: string | null;
  readonly cartons: number | null;
  /** Units in the last carton: unitsPerCarton when every carton is full; null when unknown or cartons were overridden. */
  readonly unitsInLastCarton: string | null;
  /** Kilograms, 2 decimals. */
  readonly netWeightKg: string | null;
  readonly grossWeightKg: string | null;
  /** Cubic metres, 3 decimals. */
  readonly cbm: string | null;
  readonly cartonNumbers: CartonRange | null;
  /** Which values come from the override rather than the packing data. */
  readonly overridden: readonly PackingValue[];
}

export interface PackingTotals {
  readonly cartons: number;
  readonly netWeightKg: string;
  readonly grossWeightKg: string;
  readonly cbm: string;
  /** false while some line lacks a value: the totals then cover only the lines that have it. */
  readonly complete: boolean;
}

export type PackingProblemCode =
  'PACKING_DATA_MISSING' | 'PACKING_DATA_INVALID' | 'QUANTITY_INVALID' | 'OVERRIDE_INVALID' | 'GROSS_BELOW_NET';

export interface PackingProblem {
  readonly code: PackingProblemCode;
  readonly message: string;
  /** The same in Simplified Chinese. */
  readonly messageZh: string;
  readonly lineRef?: string;
}

export type ContainerType = '20GP' | '40GP' | '40HQ';

export interface ContainerFit {
  readonly type: ContainerType;
  /** Containers needed for the volume and for the weight; `needed` is the larger. */
  readonly byVolume: number;
  readonly byWeight: number;
  readonly needed: number;
}

export interface ContainerFitHint {
  readonly fits: readonly ContainerFit[];
  /** The smallest single container that takes everything, or null when none does. */
  readonly smallestSingle: ContainerType | null;
}

export interface PackingList {
  readonly lines: readonly PackedLine[];
  readonly totals: PackingTotals;
  readonly containers: ContainerFitHint;
  readonly problems: readonly PackingProblem[];
}
