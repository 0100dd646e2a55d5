import { graphql } from '../../../gql';

export const DashboardTotalsQuery = graphql(`
  query DashboardTotals {
    allUsers: users(first: 1) {
      totalCount
    }
    teams(first: 100) {
      totalCount
      nodes {
        id
        name
      }
    }
  }
`);

export const DashboardRolesQuery = graphql(`
  query DashboardRoles {
    activeUsers: users(first: 1, filter: { active: true }) {
      totalCount
    }
    admin: users(first: 1, filter: { role: admin, active: true }) {
      totalCount
    }
    manager: users(first: 1, filter: { role: manager, active: true }) {
      totalCount
    }
    sales: users(first: 1, filter: { role: sales, active: true }) {
      totalCount
    }
    merchandiser: users(first: 1, filter: { role: merchandiser, active: true }) {
      totalCount
    }
    logistics: users(first: 1, filter: { role: logistics, active: true }) {
      totalCount
    }
    finance: users(first: 1, filter: { role: finance, active: true }) {
      totalCount
    }
  }
`);

export const DashboardTeamQuery = graphql(`
  query DashboardTeam($teamId: ID!) {
    teamMembers: users(first: 1, filter: { teamId: $teamId, active: true }) {
      totalCount
    }
  }
`);

export const DashboardApiTokensQuery = graphql(`
  query DashboardApiTokens {
    apiTokens(first: 100) {
      totalCount
      nodes {
        id
        revokedAt
        expiresAt
      }
    }
  }
`);

/** The signed-in user's work: each figure only when the user may open the page it leads to. */
export const DashboardWorkQuery = graphql(`
  query DashboardWork($me: ID!, $followUps: Boolean!, $orders: Boolean!, $quotations: Boolean!) {
    dueFollowUps: followUps(first: 1, filter: { due: today_or_overdue, assigneeId: $me }) @include(if: $followUps) {
      totalCount
    }
    activeOrders: orders(first: 1, filter: { activeOnly: true }) @include(if: $orders) {
      totalCount
    }
    ordersAtRisk: orders(first: 1, filter: { activeOnly: true, atRisk: true }) @include(if: $orders) {
      totalCount
    }
    sentQuotations: quotations(first: 1, status: "sent") @include(if: $quotations) {
      totalCount
    }
  }
`);

export const DashboardKeyDatesQuery = graphql(`
  query DashboardKeyDates($me: ID!, $days: Int!, $first: Int!) {
    upcomingKeyDates(filter: { ownerId: $me, days: $days }, first: $first) {
      totalCount
      pageInfo {
        hasNextPage
      }
      nodes {
        kind
        occursOn
        years
        customerId
        customerName
        contactId
        contactName
      }
    }
  }
`);
