import { graphql } from '../../../gql';

export const HandOverCustomersMutation = graphql(`
  mutation HandOverCustomers($input: HandOverCustomersInput!) {
    handOverCustomers(input: $input) {
      customers
      followUps
    }
  }
`);
