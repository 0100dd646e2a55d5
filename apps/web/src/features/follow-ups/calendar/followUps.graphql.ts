import { graphql } from '../../../gql';

export const CalendarFollowUpFields = graphql(`
  fragment CalendarFollowUpFields on FollowUp {
    id
    customerId
    dueAt
    type
    note
    origin
    doneAt
    assigneeId
    assignee {
      id
      displayName
    }
    customer {
      id
      name
    }
  }
`);

export const FollowUpsInRangeQuery = graphql(`
  query FollowUpsInRange($from: DateTime!, $to: DateTime!, $assigneeId: ID) {
    followUps(first: 100, filter: { from: $from, to: $to, includeDone: true, assigneeId: $assigneeId }) {
      totalCount
      pageInfo {
        hasNextPage
      }
      nodes {
        ...CalendarFollowUpFields
      }
    }
  }
`);

export const DueFollowUpsQuery = graphql(`
  query DueFollowUps($assigneeId: ID) {
    followUps(first: 100, filter: { due: today_or_overdue, assigneeId: $assigneeId }) {
      totalCount
      nodes {
        ...CalendarFollowUpFields
      }
    }
  }
`);
