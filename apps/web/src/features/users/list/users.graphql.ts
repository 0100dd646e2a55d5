import { graphql } from '../../../gql';

export const UserRowFields = graphql(`
  fragment UserRowFields on User {
    id
    email
    displayName
    role
    teamId
    active
    language
    timeZone
    lastLoginAt
  }
`);

export const UsersQuery = graphql(`
  query Users($first: Int!, $after: String, $filter: UserFilter) {
    users(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...UserRowFields
      }
    }
  }
`);

export const TeamOptionsQuery = graphql(`
  query TeamOptions {
    teams(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserRowFields
    }
  }
`);

export const SetUserActiveMutation = graphql(`
  mutation SetUserActive($id: ID!, $active: Boolean!) {
    setUserActive(id: $id, active: $active) {
      id
      active
    }
  }
`);
