import { graphql } from '../../../gql';

export const CustomerImportFields = graphql(`
  fragment CustomerImportFields on CustomerImport {
    id
    fileName
    dryRun
    status
    mapping
    totalRows
    processedRows
    created
    merged
    errors
    failure
    createdAt
    finishedAt
  }
`);

export const CustomerImportQuery = graphql(`
  query CustomerImport($id: ID!) {
    customerImport(id: $id) {
      ...CustomerImportFields
    }
  }
`);

export const CustomerImportRowsQuery = graphql(`
  query CustomerImportRows($importId: ID!, $first: Int!, $after: String, $status: String) {
    customerImportRows(importId: $importId, first: $first, after: $after, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        row
        status
        customerId
        customerName
        mergedIntoRow
        matchedOn
        reason
        error
        warnings
      }
    }
  }
`);

export const StartCustomerImportMutation = graphql(`
  mutation StartCustomerImport($id: ID!, $dryRun: Boolean!, $mapping: [String]) {
    startCustomerImport(id: $id, dryRun: $dryRun, mapping: $mapping) {
      ...CustomerImportFields
    }
  }
`);
