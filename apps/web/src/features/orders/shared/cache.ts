import type { ApolloCache } from '@apollo/client';

/** Order lists and the board, whose membership a change of stage, owner or content may alter; active ones refetch. */
export function evictOrderLists(cache: ApolloCache<unknown>): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'orders' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'orderBoard' });
  cache.gc();
}

export function evictQuotationLists(cache: ApolloCache<unknown>): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'quotations' });
  cache.gc();
}

/** A customer's orders, quotations and figures on the 360 view. */
export function evictCustomerOrders(cache: ApolloCache<unknown>, customerId: string): void {
  const id = cache.identify({ __typename: 'Customer', id: customerId });
  for (const fieldName of ['orders', 'quotations', 'keyFigures', 'receivables']) cache.evict({ id, fieldName });
  cache.gc();
}

/**
 * An order's timeline: refetched if its tab is open, loaded afresh when opened (refetching it by name
 * made Apollo warn whenever the tab was not on screen).
 */
export function evictOrderTimeline(cache: ApolloCache<unknown>, orderId: string | number): void {
  cache.evict({ id: cache.identify({ __typename: 'Order', id: String(orderId) }), fieldName: 'timeline' });
  cache.gc();
}

/** Orders changed from another page (a shipment's booking, B/L, customs): their pages load them afresh. */
export function evictOrders(cache: ApolloCache<unknown>, orderIds: Iterable<string>): void {
  for (const orderId of orderIds) cache.evict({ id: cache.identify({ __typename: 'Order', id: orderId }) });
  cache.gc();
}

/** After a change to an existing order: the lists and board, its customer's figures and its timeline. */
export function evictChangedOrder(cache: ApolloCache<unknown>, order: { id: string; customerId: string }): void {
  evictOrderLists(cache);
  evictCustomerOrders(cache, order.customerId);
  evictOrderTimeline(cache, order.id);
}

export function evictShipmentLists(cache: ApolloCache<unknown>): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'shipmentList' });
  cache.gc();
}
