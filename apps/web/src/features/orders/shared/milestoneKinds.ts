// Apart from labels.tsx so that plain modules (the notification wording and its unit test) need no JSX.
export type MilestoneKind = 'materials_ready' | 'production_start' | 'qc_inspection' | 'packing' | 'ready_to_ship';
export const MILESTONE_KINDS: readonly MilestoneKind[] = [
  'materials_ready',
  'production_start',
  'qc_inspection',
  'packing',
  'ready_to_ship',
];
export function isMilestoneKind(value: unknown): value is MilestoneKind {
  return typeof value === 'string' && (MILESTONE_KINDS as readonly string[]).includes(value);
}
