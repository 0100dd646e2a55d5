import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, Observable, type FetchResult, type ObservableSubscription } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';
import { refreshSession } from '../session/refreshSession';
import { tokenStore } from '../session/tokenStore';

// Operations that must never carry (or be retried with) the bearer token.
const PUBLIC_OPERATIONS = new Set(['Login', 'RefreshSession', 'Logout']);

type AuthFailure = 'expired' | 'rejected' | null;

function authFailureOf(errors: readonly GraphQLFormattedError[] | undefined): AuthFailure {
  const error = errors?.find((e) => e.extensions?.code === 'UNAUTHENTICATED');
  if (!error) return null;
  return error.extensions?.reason === 'TOKEN_EXPIRED' ? 'expired' : 'rejected';
}

/** Adds `Authorization: Bearer <access token>`, read at send time so a retry picks up the refreshed one. */
const bearerLink = new ApolloLink((operation, forward) => {
  const token = tokenStore.accessToken;
  if (token && !PUBLIC_OPERATIONS.has(operation.operationName)) {
    operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({ headers: { ...headers, authorization: `Bearer ${token}` } }));
  }
  return forward(operation);
});

/**
 * An expired access token is refreshed once and the operation retried; when the refresh is refused,
 * or the token is rejected for another reason, the session ends and the router sends the user to /login.
 */
const sessionRefreshLink = new ApolloLink((operation, forward) => {
  if (PUBLIC_OPERATIONS.has(operation.operationName)) return forward(operation);
  return new Observable<FetchResult>((observer) => {
    let subscription: ObservableSubscription | undefined;
    let closed = false;
    const attempt = (isRetry: boolean): void => {
      const sentToken = tokenStore.accessToken;
      let refreshing = false;
      subscription = forward(operation).subscribe({
        next: (result) => {
          const failure = authFailureOf(result.errors);
          if (failure === 'expired' && !isRetry && sentToken) {
            refreshing = true;
            void refreshSession(sentToken).then((outcome) => {
              if (closed) return;
              if (outcome === 'refreshed') return attempt(true);
              observer.next(result);
              observer.complete();
            });
            return;
          }
          if (failure && sentToken && tokenStore.accessToken === sentToken) tokenStore.clear();
          observer.next(result);
        },
        error: (error: unknown) => observer.error(error),
        complete: () => {
          if (!refreshing) observer.complete();
        },
      });
    };
    attempt(false);
    return () => {
      closed = true;
      subscription?.unsubscribe();
    };
  });
});

export function createApolloClient(): ApolloClient<object> {
  return new ApolloClient({
    link: ApolloLink.from([sessionRefreshLink, bearerLink, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache({
      // An order's allowed moves are worked out afresh on every read and have no id: the newest answer
      // replaces the list (Apollo otherwise warns that it cannot merge them, and may keep stale moves).
      typePolicies: { Order: { fields: { stageMoves: { merge: false } } } },
    }),
    defaultOptions: {
      // Lists show what the cache has at once and refresh it from the server behind it.
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
}
