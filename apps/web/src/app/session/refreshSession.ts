import { print } from 'graphql';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { RefreshSessionMutation } from './session.graphql';
import { tokenStore } from './tokenStore';

/** refreshed: retry with the new token; signedOut: the session is over; unavailable: the server could not be asked. */
export type RefreshOutcome = 'refreshed' | 'signedOut' | 'unavailable';

let inFlight: Promise<RefreshOutcome> | null = null;

/**
 * Trades the refresh token for a new pair. Refresh tokens rotate and a replayed one revokes the whole
 * session, so concurrent callers share one request, and tabs take turns through a Web Lock.
 */
export function refreshSession(expiredAccessToken: string | null): Promise<RefreshOutcome> {
  inFlight ??= exclusively(() => exchange(expiredAccessToken)).finally(() => {
    inFlight = null;
  });
  return inFlight;
}

function exclusively<T>(task: () => Promise<T>): Promise<T> {
  if (typeof navigator === 'undefined' || !('locks' in navigator)) return task();
  return navigator.locks.request('tradewind-session-refresh', task) as Promise<T>;
}

async function exchange(expiredAccessToken: string | null): Promise<RefreshOutcome> {
  tokenStore.reload();
  const current = tokenStore.snapshot();
  if (!current) return 'signedOut';
  // Someone (this tab or another) already refreshed since the failing request was sent.
  if (expiredAccessToken && current.accessToken !== expiredAccessToken) return 'refreshed';
  let body: { data?: ResultOf<typeof RefreshSessionMutation> | null; errors?: { extensions?: { code?: unknown } }[] };
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ operationName: 'RefreshSession', query: print(RefreshSessionMutation), variables: { refreshToken: current.refreshToken } }),
    });
    body = (await response.json()) as typeof body;
  } catch {
    return 'unavailable';
  }
  if (!body.data?.refreshSession) {
    // Only the server's "no" ends the session; a crash or an outage leaves it for the next attempt.
    if (!body.errors?.some((error) => error.extensions?.code === 'UNAUTHENTICATED')) return 'unavailable';
    tokenStore.clear();
    return 'signedOut';
  }
  tokenStore.set(body.data.refreshSession);
  return 'refreshed';
}
