import { graphql } from '../../../gql';

export const OrdersSettingsFields = graphql(`
  fragment OrdersSettingsFields on OrdersSettings {
    company {
      name
      nameLocal
      address
      phone
      email
      website
      taxId
    }
    bank {
      beneficiary
      bankName
      bankAddress
      accountNumber
      swift
    }
    numbering {
      order
      quotation
      purchaseOrder
    }
    quotationValidityDays
    reportingCurrency
  }
`);

export const OrdersSettingsQuery = graphql(`
  query OrdersSettings {
    ordersSettings {
      ...OrdersSettingsFields
    }
  }
`);

export const UpdateOrdersSettingsMutation = graphql(`
  mutation UpdateOrdersSettings($input: UpdateOrdersSettingsInput!) {
    updateOrdersSettings(input: $input) {
      ...OrdersSettingsFields
    }
  }
`);
