import type { CustomerFilter, CustomerGrade, CustomerStage } from '../../../gql/graphql';
import { GRADES, STAGES } from '../shared/labels';

export type QuickFilter = 'all' | 'mine' | 'pool';
export type TagMode = 'AND' | 'OR';

/** What the list's filter bar holds. */
export interface ListFilterState {
  search: string;
  tagIds: string[];
  tagMode: TagMode;
  stages: CustomerStage[];
  grades: CustomerGrade[];
  countries: string[];
  quick: QuickFilter;
}

export const EMPTY_FILTER: ListFilterState = {
  search: '',
  tagIds: [],
  tagMode: 'AND',
  stages: [],
  grades: [],
  countries: [],
  quick: 'all',
};

/** The API's filter for the bar's state; undefined when nothing is filtered. */
export function toCustomerFilter(state: ListFilterState): CustomerFilter | undefined {
  const filter: CustomerFilter = {
    search: state.search.trim() || undefined,
    tags: state.tagIds.length ? { tagIds: state.tagIds, mode: state.tagMode } : undefined,
    stages: state.stages.length ? state.stages : undefined,
    grades: state.grades.length ? state.grades : undefined,
    countries: state.countries.length ? state.countries : undefined,
    mine: state.quick === 'mine' ? true : undefined,
    inPool: state.quick === 'pool' ? true : undefined,
  };
  const entries = Object.entries(filter).filter(([, value]) => value !== undefined);
  return entries.length ? (Object.fromEntries(entries) as CustomerFilter) : undefined;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A saved view's filter (JSON written by toCustomerFilter, possibly by an older version) back into the bar. */
export function fromSavedFilter(json: unknown): ListFilterState {
  const filter = isRecord(json) ? json : {};
  const tags = isRecord(filter.tags) ? filter.tags : {};
  return {
    search: typeof filter.search === 'string' ? filter.search : '',
    tagIds: strings(tags.tagIds),
    tagMode: tags.mode === 'OR' ? 'OR' : 'AND',
    stages: strings(filter.stages).filter((stage): stage is CustomerStage => (STAGES as readonly string[]).includes(stage)),
    grades: strings(filter.grades).filter((grade): grade is CustomerGrade => (GRADES as readonly string[]).includes(grade)),
    countries: strings(filter.countries),
    quick: filter.mine === true ? 'mine' : filter.inPool === true ? 'pool' : 'all',
  };
}
