import { useSyncExternalStore } from 'react';

const ACCESS_KEY = 'tw.accessToken';
const REFRESH_KEY = 'tw.refreshToken';

export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
}

function readStorage(): SessionTokens | null {
  try {
    const accessToken = localStorage.getItem(ACCESS_KEY);
    const refreshToken = localStorage.getItem(REFRESH_KEY);
    return accessToken && refreshToken ? { accessToken, refreshToken } : null;
  } catch {
    return null;
  }
}

/**
 * The signed-in session's token pair: in memory for every request, mirrored to localStorage so a
 * reload or a second tab stays signed in. Everything about the user lives in the Apollo cache.
 */
class TokenStore {
  private tokens: SessionTokens | null = readStorage();
  private readonly listeners = new Set<() => void>();

  constructor() {
    // Another tab refreshed or signed out: follow it, or our next refresh would replay a rotated token.
    window.addEventListener('storage', (event) => {
      if (event.key === null || event.key === ACCESS_KEY || event.key === REFRESH_KEY) this.reload();
    });
  }

  readonly snapshot = (): SessionTokens | null => this.tokens;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get accessToken(): string | null {
    return this.tokens?.accessToken ?? null;
  }

  set(tokens: SessionTokens): void {
    localStorage.setItem(ACCESS_KEY, tokens.accessToken);
    localStorage.setItem(REFRESH_KEY, tokens.refreshToken);
    this.update(tokens);
  }

  clear(): void {
    localStorage.removeItem(ACCESS_KEY);
    localStorage.removeItem(REFRESH_KEY);
    this.update(null);
  }

  /** Picks up what another tab wrote. */
  reload(): void {
    const stored = readStorage();
    if (stored?.accessToken !== this.tokens?.accessToken || stored?.refreshToken !== this.tokens?.refreshToken) this.update(stored);
  }

  private update(tokens: SessionTokens | null): void {
    this.tokens = tokens;
    this.listeners.forEach((listener) => listener());
  }
}

export const tokenStore = new TokenStore();

/** The current token pair, or null when signed out; re-renders on sign-in, refresh and sign-out. */
export function useSessionTokens(): SessionTokens | null {
  return useSyncExternalStore(tokenStore.subscribe, tokenStore.snapshot);
}
