import { graphql } from '../../../gql';

export const TagFields = graphql(`
  fragment TagFields on Tag {
    id
    name
    color
    groupId
  }
`);

export const GradeBasisFields = graphql(`
  fragment GradeBasisFields on GradeBasis {
    code
    orders12m
    revenue12m {
      amount
      currency
    }
    daysSinceOrder
    usualIntervalDays
    daysSinceContact
    monthsSinceOrder
    monthsSinceContact
  }
`);

export const CustomerRowFields = graphql(`
  fragment CustomerRowFields on Customer {
    id
    name
    localName
    country
    city
    industry
    website
    stage
    grade
    gradeBasis {
      ...GradeBasisFields
    }
    inPool
    ownerId
    owner {
      id
      displayName
    }
    tags {
      ...TagFields
    }
    contactCount
    lastActivityAt
    createdAt
  }
`);

export const TagOptionsQuery = graphql(`
  query TagOptions {
    tagGroups(first: 100) {
      nodes {
        id
        name
        kind
      }
    }
    tags(first: 100) {
      nodes {
        ...TagFields
      }
    }
  }
`);

export const UserOptionsQuery = graphql(`
  query UserOptions($search: String, $active: Boolean) {
    users(first: 50, filter: { active: $active, search: $search }) {
      nodes {
        id
        displayName
        email
        role
        active
      }
    }
  }
`);

export const TagCustomersMutation = graphql(`
  mutation TagCustomers($input: TagCustomersInput!) {
    tagCustomers(input: $input)
  }
`);

export const LogActivityMutation = graphql(`
  mutation LogActivity($input: LogActivityInput!) {
    logActivity(input: $input) {
      activity {
        id
        customerId
      }
      completedFollowUp {
        id
        doneAt
        doneActivityId
      }
    }
  }
`);

export const ClaimCustomersMutation = graphql(`
  mutation ClaimCustomers($ids: [ID!]!) {
    claimCustomers(input: { customerIds: $ids }) {
      id
      inPool
      ownerId
      owner {
        id
        displayName
      }
    }
  }
`);

export const ReleaseCustomersMutation = graphql(`
  mutation ReleaseCustomers($ids: [ID!]!) {
    releaseCustomers(input: { customerIds: $ids }) {
      id
      inPool
      ownerId
      owner {
        id
        displayName
      }
    }
  }
`);

export const AssignCustomersMutation = graphql(`
  mutation AssignCustomers($ids: [ID!]!, $userId: ID!) {
    assignCustomers(input: { customerIds: $ids }, userId: $userId) {
      id
      inPool
      ownerId
      owner {
        id
        displayName
      }
    }
  }
`);
