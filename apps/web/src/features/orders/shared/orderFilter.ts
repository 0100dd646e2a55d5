import type { OrderFilterInput } from '../../../gql/graphql';
import type { OrderStage } from './labels';

/** What the order filters hold (the board leaves out stages and search). */
export interface OrderFilterState {
  search: string;
  ownerId?: string;
  customerId?: string;
  country?: string;
  /** YYYY-MM */
  deliveryMonth?: string;
  atRisk: boolean;
  stages: OrderStage[];
  activeOnly: boolean;
}

export const EMPTY_ORDER_FILTER: OrderFilterState = { search: '', atRisk: false, stages: [], activeOnly: true };

/** The API's filter for the state; undefined when nothing is filtered. */
export function toOrderFilter(state: OrderFilterState): OrderFilterInput | undefined {
  const filter: OrderFilterInput = {
    search: state.search.trim() || undefined,
    ownerId: state.ownerId || undefined,
    customerId: state.customerId || undefined,
    country: state.country || undefined,
    deliveryMonth: state.deliveryMonth || undefined,
    atRisk: state.atRisk ? true : undefined,
    stages: state.stages.length ? state.stages : undefined,
    activeOnly: state.activeOnly ? true : undefined,
  };
  const entries = Object.entries(filter).filter(([, value]) => value !== undefined);
  return entries.length ? (Object.fromEntries(entries) as OrderFilterInput) : undefined;
}
