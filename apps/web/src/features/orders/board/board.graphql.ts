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
