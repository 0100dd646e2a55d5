import { graphql } from '../../../gql';

export const OrderBoardQuery = graphql(`
  query OrderBoard($perColumn: Int!, $filter: OrderFilterInput) {
    orderBoard(perColumn: $perColumn, filter: $filter) {
      stage
      totalCount
      orders {
        ...OrderCardFields
      }
    }
  }
`);

export const BoardColumnOrdersQuery = graphql(`
  query BoardColumnOrders($first: Int!, $after: String, $filter: OrderFilterInput) {
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
