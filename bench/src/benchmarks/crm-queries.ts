/**
 * The GraphQL the SPA sends for the CRM pages (apps/web/src/features/customers), as one document per
 * page so a benchmark request is a whole page load.
 */

const TAG_FIELDS = 'id name color groupId';
const GRADE_BASIS_FIELDS = 'code orders12m revenue12m { amount currency } daysSinceOrder usualIntervalDays daysSinceContact monthsSinceOrder monthsSinceContact';

/**
 * The customer 360 page: CustomerDetail (profile, owner, tags, contacts, owner history, key figures,
 * receivables) and the first page of CustomerTimeline, which the SPA sends as two requests at once.
 */
export const CUSTOMER_360 = `query Customer360($id: ID!) {
  customer(id: $id) {
    id name localName aliases country city address website websiteDomain industry source stage grade gradeBasis { ${GRADE_BASIS_FIELDS} } gradedAt inPool
    ownerId owner { id displayName email }
    priceSensitivity usualIncoterm usualCurrency usualPaymentTerms productsOfInterest companyAnniversary notes
    createdAt updatedAt lastActivityAt version contactCount
    tags { ${TAG_FIELDS} }
    contacts { id customerId name title emails phones { raw e164 } messaging { whatsapp wechat skype telegram line } birthday preferredLanguage isPrimary version }
    ownerHistory { id at reason fromUser { id displayName } toUser { id displayName } }
    keyFigures {
      orderCount orders12m revenue { amount currency } revenue12m { amount currency } firstOrderDate lastOrderDate
      nextExpectedOrderDate averageOrderIntervalDays openQuotationCount
    }
    receivables { open { amount currency } overdue { amount currency } }
    timeline(first: 20) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { id type subject body data occurredAt author { id displayName } }
    }
  }
}`;

/** The customer list page: Customers with CustomerRowFields, 20 a page, sorted by name. */
export const CUSTOMER_LIST = `query Customers($first: Int!, $after: String, $filter: CustomerFilter, $sort: CustomerSort) {
  customers(first: $first, after: $after, filter: $filter, sort: $sort) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id name localName country city industry website stage grade gradeBasis { ${GRADE_BASIS_FIELDS} } inPool ownerId owner { id displayName }
      tags { ${TAG_FIELDS} } contactCount lastActivityAt createdAt
    }
  }
}`;
