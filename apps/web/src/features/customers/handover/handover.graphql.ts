import { graphql } from '../../../gql';

export const HandOverCustomersMutation = graphql(`
  mutation HandOverCustomers($input: HandOverCustomersInput!) {
    handOverCustomers(input: $input) {
      customers
      followUps
      quotations
      orders
    }
  }
`);

export const HandoverPersonFields = graphql(`
  fragment HandoverPersonFields on User {
    id
    displayName
    email
    role
    active
  }
`);

/** Who may hand over: anyone (deactivated accounts too), within a team when one is given. */
export const HandoverFromOptionsQuery = graphql(`
  query HandoverFromOptions($search: String, $teamId: ID) {
    users(first: 50, filter: { search: $search, teamId: $teamId }) {
      nodes {
        ...HandoverPersonFields
      }
    }
  }
`);

/**
 * Who may take customers over: active salespeople and managers (the roles the API lets own
 * customers), within a team when one is given.
 */
export const HandoverToOptionsQuery = graphql(`
  query HandoverToOptions($search: String, $teamId: ID) {
    sales: users(first: 50, filter: { role: sales, active: true, search: $search, teamId: $teamId }) {
      nodes {
        ...HandoverPersonFields
      }
    }
    managers: users(first: 50, filter: { role: manager, active: true, search: $search, teamId: $teamId }) {
      nodes {
        ...HandoverPersonFields
      }
    }
  }
`);
