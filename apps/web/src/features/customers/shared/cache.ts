import type { ApolloCache } from '@apollo/client';

/** Lists whose membership or order a customer change may alter; active ones refetch. */
export function evictCustomerLists(cache: ApolloCache<unknown>): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'customers' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'possibleDuplicates' });
  cache.gc();
}

/** One customer's fields that a mutation returning only a Boolean or another type has changed. */
export function evictCustomerFields(cache: ApolloCache<unknown>, customerId: string, fields: readonly string[]): void {
  const id = cache.identify({ __typename: 'Customer', id: customerId });
  for (const fieldName of fields) cache.evict({ id, fieldName });
}

export function evictFollowUps(cache: ApolloCache<unknown>): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'followUps' });
}
