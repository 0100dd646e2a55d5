import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useSessionTokens } from './tokenStore';

/** State the login page reads to send the user back where they were going. */
export interface LoginRedirectState {
  from?: string;
}

/** Protected routes: signed-out visitors go to /login, which brings them back after signing in. */
export function RequireSession({ children }: { children: ReactNode }) {
  const tokens = useSessionTokens();
  const location = useLocation();
  if (!tokens) {
    const state: LoginRedirectState = { from: `${location.pathname}${location.search}${location.hash}` };
    return <Navigate to="/login" replace state={state} />;
  }
  return children;
}
