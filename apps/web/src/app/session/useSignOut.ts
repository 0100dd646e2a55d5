import { useApolloClient, useMutation } from '@apollo/client';
import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';
import { LogoutMutation } from './session.graphql';
import { tokenStore } from './tokenStore';

/** Ends the session on the server (best effort), forgets the tokens and cached data, and shows the login page. */
export function useSignOut(): () => Promise<void> {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout] = useMutation(LogoutMutation);
  return useCallback(async () => {
    const tokens = tokenStore.snapshot();
    // An unreachable server must not keep anyone signed in on this device.
    if (tokens) await logout({ variables: { refreshToken: tokens.refreshToken } }).catch(() => undefined);
    tokenStore.clear();
    await client.clearStore();
    await navigate('/login', { replace: true });
  }, [client, logout, navigate]);
}
