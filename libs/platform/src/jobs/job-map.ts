/**
 * The catalogue of background jobs: `<module>.<verbNoun>` → payload type. Modules add theirs with
 * `declare module '@tradewind/platform' { interface JobMap { ... } }` and list the names in their index,
 * so the worker can check at start that each has exactly one handler.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface JobMap {}

export type JobName = keyof JobMap & string;

/** The BullMQ queue of a job or event handler is its module: "crm.recomputeGrades" runs on queue "crm". */
export function queueOf(handlerName: string): string {
  const dot = handlerName.indexOf('.');
  if (dot <= 0) throw new Error(`handler name "${handlerName}" must look like <module>.<verbNoun>`);
  return handlerName.slice(0, dot);
}
