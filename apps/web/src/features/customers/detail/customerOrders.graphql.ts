import { graphql } from '../../../gql';

export const CustomerOrdersQuery = graphql(`
  query CustomerOrders($id: ID!, $first: Int!, $after: String) {
    customer(id: $id) {
      id
      ordersOutOfScope
      orders(first: $first, after: $after) {
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
  }
`);

export const CustomerQuotationsQuery = graphql(`
  query CustomerQuotations($id: ID!, $first: Int!, $after: String) {
    customer(id: $id) {
      id
      quotations(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          ...QuotationRowFields
        }
      }
    }
  }
`);
