import { graphql } from '../../../gql';

export const DuplicateCustomerFields = graphql(`
  fragment DuplicateCustomerFields on Customer {
    id
    name
    localName
    country
    city
    website
    stage
    grade
    createdAt
    lastActivityAt
    owner {
      id
      displayName
    }
    contactCount
    keyFigures {
      orderCount
    }
    contacts(first: 5) {
      id
      name
      emails
    }
    tags {
      ...TagFields
    }
  }
`);

export const PossibleDuplicatesQuery = graphql(`
  query PossibleDuplicates($first: Int!, $after: String) {
    possibleDuplicates(first: $first, after: $after) {
      totalCount
      computedAt
      refreshing
      beyondScope
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        matchedOn
        reason
        a {
          ...DuplicateCustomerFields
        }
        b {
          ...DuplicateCustomerFields
        }
      }
    }
  }
`);

export const MergeCustomersMutation = graphql(`
  mutation MergeCustomers($survivorId: ID!, $mergedId: ID!) {
    mergeCustomers(survivorId: $survivorId, mergedId: $mergedId) {
      id
      name
      contactCount
    }
  }
`);
