import { graphql } from '../../../gql';

export const ContactDetailFields = graphql(`
  fragment ContactDetailFields on Contact {
    id
    customerId
    name
    title
    emails
    phones {
      raw
      e164
    }
    messaging {
      whatsapp
      wechat
      skype
      telegram
      line
    }
    birthday
    preferredLanguage
    isPrimary
    version
  }
`);

export const CustomerDetailFields = graphql(`
  fragment CustomerDetailFields on Customer {
    id
    name
    localName
    aliases
    country
    city
    address
    website
    websiteDomain
    industry
    source
    stage
    grade
    gradeBasis {
      ...GradeBasisFields
    }
    gradedAt
    inPool
    ownerId
    owner {
      id
      displayName
      email
    }
    priceSensitivity
    usualIncoterm
    usualCurrency
    usualPaymentTerms
    productsOfInterest
    companyAnniversary
    notes
    createdAt
    updatedAt
    lastActivityAt
    version
    contactCount
    tags {
      ...TagFields
    }
    contacts(first: 100) {
      ...ContactDetailFields
    }
  }
`);

export const CustomerDetailQuery = graphql(`
  query CustomerDetail($id: ID!) {
    customer(id: $id) {
      ...CustomerDetailFields
      ownerHistory {
        id
        at
        reason
        fromUser {
          id
          displayName
        }
        toUser {
          id
          displayName
        }
      }
      keyFigures {
        orderCount
        orders12m
        revenue {
          amount
          currency
        }
        revenue12m {
          amount
          currency
        }
        firstOrderDate
        lastOrderDate
        nextExpectedOrderDate
        averageOrderIntervalDays
        openQuotationCount
      }
      receivables {
        open {
          amount
          currency
        }
        overdue {
          amount
          currency
        }
      }
    }
  }
`);

export const CustomerTimelineQuery = graphql(`
  query CustomerTimeline($id: ID!, $first: Int!, $after: String, $types: [ActivityType!]) {
    customer(id: $id) {
      id
      timeline(first: $first, after: $after, types: $types) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          type
          subject
          body
          data
          occurredAt
          author {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const FollowUpFields = graphql(`
  fragment FollowUpFields on FollowUp {
    id
    customerId
    dueAt
    type
    note
    origin
    doneAt
    version
    assigneeId
    assignee {
      id
      displayName
    }
  }
`);

export const CustomerFollowUpsQuery = graphql(`
  query CustomerFollowUps($customerId: ID!) {
    followUps(first: 50, filter: { customerId: $customerId }) {
      totalCount
      nodes {
        ...FollowUpFields
      }
    }
  }
`);

export const UpdateCustomerMutation = graphql(`
  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {
    updateCustomer(id: $id, input: $input) {
      ...CustomerDetailFields
    }
  }
`);

export const AddContactMutation = graphql(`
  mutation AddContact($customerId: ID!, $input: ContactInput!) {
    addContact(customerId: $customerId, input: $input) {
      ...ContactDetailFields
    }
  }
`);

export const UpdateContactMutation = graphql(`
  mutation UpdateContact($id: ID!, $input: UpdateContactInput!) {
    updateContact(id: $id, input: $input) {
      ...ContactDetailFields
    }
  }
`);

export const RemoveContactMutation = graphql(`
  mutation RemoveContact($id: ID!) {
    removeContact(id: $id) {
      id
      customerId
    }
  }
`);

export const CreateFollowUpMutation = graphql(`
  mutation CreateFollowUp($input: CreateFollowUpInput!) {
    createFollowUp(input: $input) {
      ...FollowUpFields
    }
  }
`);
