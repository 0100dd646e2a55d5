import { graphql } from '../../../gql';

export const QuotationFields = graphql(`
  fragment QuotationFields on Quotation {
    id
    number
    revision
    isLatest
    status
    customerId
    contactId
    currency
    incotermCode
    incotermPlace
    paymentTerms
    paymentTermsZh
    validUntil
    pastValidity
    notes
    orderId
    ownerId
    version
    createdAt
    total {
      amount
      currency
    }
    lines {
      id
      position
      productId
      sku
      description
      quantity
      unit
      unitPrice {
        amount
        currency
      }
      amount {
        amount
        currency
      }
    }
  }
`);

export const QuotationRowFields = graphql(`
  fragment QuotationRowFields on Quotation {
    id
    number
    revision
    status
    customerId
    currency
    total {
      amount
      currency
    }
    validUntil
    pastValidity
    orderId
    createdAt
  }
`);

export const QuotationsQuery = graphql(`
  query Quotations($first: Int!, $after: String, $customerId: ID, $status: String) {
    quotations(first: $first, after: $after, customerId: $customerId, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...QuotationRowFields
      }
    }
  }
`);

export const QuotationDetailQuery = graphql(`
  query QuotationDetail($id: ID!) {
    quotation(id: $id) {
      ...QuotationFields
      versions {
        id
        revision
        status
        isLatest
        createdAt
        total {
          amount
          currency
        }
      }
      documents {
        ...DocumentFields
      }
    }
  }
`);

export const CreateQuotationMutation = graphql(`
  mutation CreateQuotation($input: CreateQuotationInput!) {
    createQuotation(input: $input) {
      ...QuotationFields
    }
  }
`);

export const UpdateQuotationMutation = graphql(`
  mutation UpdateQuotation($id: ID!, $input: UpdateQuotationInput!) {
    updateQuotation(id: $id, input: $input) {
      ...QuotationFields
    }
  }
`);

export const ReviseQuotationMutation = graphql(`
  mutation ReviseQuotation($id: ID!) {
    reviseQuotation(id: $id) {
      ...QuotationFields
    }
  }
`);

export const SetQuotationStatusMutation = graphql(`
  mutation SetQuotationStatus($id: ID!, $status: String!) {
    setQuotationStatus(id: $id, status: $status) {
      ...QuotationFields
    }
  }
`);

export const ConvertQuotationMutation = graphql(`
  mutation ConvertQuotation($id: ID!) {
    convertQuotation(id: $id) {
      id
      number
    }
  }
`);

export const GenerateQuotationDocumentMutation = graphql(`
  mutation GenerateQuotationDocument($quotationId: ID!, $language: String) {
    generateQuotationDocument(quotationId: $quotationId, language: $language) {
      ...DocumentFields
    }
  }
`);
