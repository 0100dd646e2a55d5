/** What the merge dialog weighs to suggest which of two records to keep. */
export interface SurvivorFacts {
  createdAt: string;
  stage: string;
  grade?: string | null;
  keyFigures: { orderCount: number };
}

// How far the relationship went: dormant and lost customers did business once, prospects and leads not yet.
const STAGE_WEIGHT: Record<string, number> = { customer: 4, dormant: 3, lost: 2, prospect: 1, lead: 0 };
const GRADE_WEIGHT: Record<string, number> = { vip: 5, key: 4, regular: 3, dormant: 2, lost: 1, potential: 0 };

/**
 * The record to keep unless the user picks the other: the one with more orders, then the one further
 * along (stage, then grade), then the older, which usually carries more history. Suggesting by age
 * alone kept an old lead over the customer with the orders.
 */
export function suggestedSurvivor<T extends SurvivorFacts>(a: T, b: T): T {
  const differences = [
    b.keyFigures.orderCount - a.keyFigures.orderCount,
    (STAGE_WEIGHT[b.stage] ?? 0) - (STAGE_WEIGHT[a.stage] ?? 0),
    (GRADE_WEIGHT[b.grade ?? ''] ?? -1) - (GRADE_WEIGHT[a.grade ?? ''] ?? -1),
    Date.parse(a.createdAt) - Date.parse(b.createdAt),
  ];
  const decisive = differences.find((difference) => difference !== 0) ?? 0;
  return decisive > 0 ? b : a;
}
