import { AsyncLocalStorage } from 'node:async_hooks';
import { Actor } from './actor';
import { UnauthenticatedError } from '../errors';

/** Per-request (or per-job) state, reachable from any depth without passing it through every call. */
export interface RequestContext {
  actor?: Actor;
  ip?: string;
  /** DataLoaders live as long as the request, so batching never leaks data between callers. */
  loaders: Map<string, unknown>;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runInContext<T>(context: Partial<RequestContext>, fn: () => T): T {
  return storage.run({ loaders: new Map(), ...context }, fn);
}

export function currentContext(): RequestContext | undefined {
  return storage.getStore();
}

export function currentActor(): Actor {
  const actor = storage.getStore()?.actor;
  if (!actor) throw new UnauthenticatedError('not signed in');
  return actor;
}

export function runAsSystem<T>(name: string, fn: () => T): T {
  return runInContext({ actor: { kind: 'system', name } }, fn);
}
