import { decimal } from '@tradewind/shared';
import type { ContainerFit, ContainerFitHint, ContainerType } from './packing.types';

export interface ContainerCapacity {
  /** Internal volume of the box. */
  readonly internalCbm: string;
  /** What cartons fill in practice: loading leaves gaps at the door, the roof and between stacks. */
  readonly usableCbm: string;
  /** Cargo weight allowed; road limits at Chinese ports keep 40' boxes below their rated payload. */
  readonly payloadKg: string;
}

/**
 * Planning figures, not a carrier's rating: usable volume ≈ 85–90 % of internal volume for cartons
 * loaded by hand, payloads as commonly quoted for dry containers from China. Real limits depend on
 * the carrier, the box and the trucking leg; the hint only says how many boxes to ask a forwarder for.
 */
export const CONTAINER_CAPACITIES: Readonly<Record<ContainerType, ContainerCapacity>> = {
  '20GP': { internalCbm: '33.2', usableCbm: '28', payloadKg: '28000' },
  '40GP': { internalCbm: '67.7', usableCbm: '58', payloadKg: '26500' },
  '40HQ': { internalCbm: '76.4', usableCbm: '68', payloadKg: '26500' },
};

const TYPES: readonly ContainerType[] = ['20GP', '40GP', '40HQ'];

function count(load: string, capacity: string): number {
  return decimal(load).dividedBy(capacity).ceil().toNumber();
}

/**
 * How many containers of each type the shipment needs by volume and by weight (each type on its
 * own; mixing types is left to the forwarder). Carton sizes against door and stacking are not checked.
 */
export function containerFit(cbm: string, grossWeightKg: string): ContainerFitHint {
  const fits = TYPES.map((type): ContainerFit => {
    const capacity = CONTAINER_CAPACITIES[type];
    const byVolume = count(cbm, capacity.usableCbm);
    const byWeight = count(grossWeightKg, capacity.payloadKg);
    return { type, byVolume, byWeight, needed: Math.max(byVolume, byWeight) };
  });
  const single = fits.find((fit) => fit.needed === 1);
  return { fits, smallestSingle: single?.type ?? null };
}
