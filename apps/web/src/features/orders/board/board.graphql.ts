import { graphql } from '../../../gql';

/**
 * What a board card shows (OrderCard): fewer fields than the order list's OrderCardFields, since a
 * board answers up to 220 cards at once and every field is work for the API (GraphQL execution and
 * JSON). The risk tooltip needs both dates; the customer's id lets a move evict that customer's orders.
 */
export const BoardCardFields = graphql(`
  fragment BoardCardFields on Order {
    id
    number
    stage
    customerId
    customerName
    total {
      amount
      currency
    }
    deliveryDate
    expectedShipDate
    atRisk
    riskReason
    owner {
      id
      displayName
    }
  }
`);

export const OrderBoardQuery = graphql(`
  query OrderBoard($perColumn: Int!, $filter: OrderFilterInput) {
    orderBoard(perColumn: $perColumn, filter: $filter) {
      stage
      totalCount
      orders {
        ...BoardCardFields
      }
    }
  }
`);
