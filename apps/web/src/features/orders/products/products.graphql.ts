import { graphql } from '../../../gql';

export const ProductFields = graphql(`
  fragment ProductFields on Product {
    id
    sku
    name
    names
    descriptions
    hsCode
    customsName
    unit
    unitsPerCarton
    cartonLengthCm
    cartonWidthCm
    cartonHeightCm
    netWeightKg
    grossWeightKg
    vatRebateRate
    defaultCost
    costCurrency
    defaultSupplierId
    active
    version
    listPrices {
      amount
      currency
    }
  }
`);

export const ProductsQuery = graphql(`
  query Products($first: Int!, $after: String, $search: String, $activeOnly: Boolean!) {
    productCatalogue(first: $first, after: $after, search: $search, activeOnly: $activeOnly) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...ProductFields
      }
    }
  }
`);

export const CreateProductMutation = graphql(`
  mutation CreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) {
      ...ProductFields
    }
  }
`);

export const UpdateProductMutation = graphql(`
  mutation UpdateProduct($id: ID!, $input: UpdateProductInput!) {
    updateProduct(id: $id, input: $input) {
      ...ProductFields
    }
  }
`);

export const CreateSupplierMutation = graphql(`
  mutation CreateSupplier($input: CreateSupplierInput!) {
    createSupplier(input: $input) {
      id
      name
      contactName
      phone
      email
    }
  }
`);
