import { graphql } from '../../../gql';

export const CustomersQuery = graphql(`
  query Customers($first: Int!, $after: String, $filter: CustomerFilter, $sort: CustomerSort) {
    customers(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...CustomerRowFields
      }
    }
  }
`);

export const CustomerViewsQuery = graphql(`
  query CustomerViews {
    customerViews(first: 100) {
      nodes {
        id
        name
        filter
        columns
        shared
        ownerId
      }
    }
  }
`);

export const SaveCustomerViewMutation = graphql(`
  mutation SaveCustomerView($input: SaveCustomerViewInput!) {
    saveCustomerView(input: $input) {
      id
      name
      filter
      columns
      shared
      ownerId
    }
  }
`);

export const DeleteCustomerViewMutation = graphql(`
  mutation DeleteCustomerView($id: ID!) {
    deleteCustomerView(id: $id)
  }
`);

export const CreateCustomerMutation = graphql(`
  mutation CreateCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) {
      ...CustomerRowFields
    }
  }
`);

export const CustomerLookalikesQuery = graphql(`
  query CustomerLookalikes($input: CustomerLookalikeInput!) {
    customerLookalikes(input: $input, first: 5) {
      matchedOn
      reason
      customer {
        id
        name
        country
      }
    }
  }
`);
