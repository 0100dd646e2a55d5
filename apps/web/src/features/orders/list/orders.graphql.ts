import { graphql } from '../../../gql';

export const OrdersQuery = graphql(`
  query Orders($first: Int!, $after: String, $filter: OrderFilterInput) {
    orders(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...OrderCardFields
      }
    }
  }
`);
