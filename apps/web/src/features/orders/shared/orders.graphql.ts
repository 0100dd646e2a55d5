import { graphql } from '../../../gql';

export const DocumentFields = graphql(`
  fragment DocumentFields on Document {
    id
    kind
    language
    version
    number
    fileName
    sizeBytes
    createdAt
    downloadUrl
  }
`);

export const OrderCardFields = graphql(`
  fragment OrderCardFields on Order {
    id
    number
    stage
    customerId
    customerName
    customerCountry
    currency
    total {
      amount
      currency
    }
    orderDate
    deliveryDate
    expectedShipDate
    atRisk
    riskReason
    ownerId
    owner {
      id
      displayName
    }
    version
  }
`);

export const CustomerNameQuery = graphql(`
  query CustomerName($id: ID!) {
    customer(id: $id) {
      id
      name
      localName
    }
  }
`);

export const CustomerOptionsQuery = graphql(`
  query CustomerOptions($search: String) {
    customers(first: 20, filter: { search: $search }) {
      nodes {
        id
        name
        localName
        country
      }
    }
  }
`);

export const ProductOptionFields = graphql(`
  fragment ProductOptionFields on Product {
    id
    sku
    name
    names
    unit
    active
    listPrices {
      amount
      currency
    }
  }
`);

export const ProductOptionsQuery = graphql(`
  query ProductOptions($search: String) {
    productCatalogue(first: 20, search: $search) {
      nodes {
        ...ProductOptionFields
      }
    }
  }
`);

export const SupplierOptionsQuery = graphql(`
  query SupplierOptions {
    suppliers(first: 100) {
      nodes {
        id
        name
        contactName
        phone
        email
      }
    }
  }
`);

export const QuotationDefaultsQuery = graphql(`
  query QuotationDefaults($customerId: ID!, $productIds: [ID!]!, $currency: String, $excludeOrderId: ID) {
    quotationDefaults(customerId: $customerId, productIds: $productIds, currency: $currency, excludeOrderId: $excludeOrderId) {
      currency
      incotermCode
      incotermPlace
      paymentTerms
      prices {
        productId
        listPrice {
          amount
          currency
        }
        lastPrice {
          amount
          currency
        }
        lastOrderNumber
        lastOrderDate
      }
    }
  }
`);
