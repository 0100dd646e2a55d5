import { graphql } from '../../../gql';

export const ShipmentRowFields = graphql(`
  fragment ShipmentRowFields on Shipment {
    id
    reference
    customerId
    mode
    status
    carrier
    forwarder
    bookingNumber
    vessel
    voyage
    portOfLoading
    portOfDischarge
    etd
    eta
    atd
    ata
    transportDocumentNumber
    customsClearedAt
    version
  }
`);

export const ShipmentDetailFields = graphql(`
  fragment ShipmentDetailFields on Shipment {
    ...ShipmentRowFields
    containers {
      number
      type
      sealNumber
    }
    transportDocumentDate
    freightCost
    insuranceCost
    costCurrency
    tradeMode
    notes
    items {
      id
      orderId
      orderLineId
      quantity
    }
  }
`);

export const ShipmentListQuery = graphql(`
  query ShipmentList($first: Int!, $after: String, $status: String, $orderId: ID) {
    shipmentList(first: $first, after: $after, status: $status, orderId: $orderId) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...ShipmentRowFields
      }
    }
  }
`);

export const ShipmentDetailQuery = graphql(`
  query ShipmentDetail($id: ID!) {
    shipment(id: $id) {
      ...ShipmentDetailFields
      packingList {
        lines {
          ref
          sku
          description
          quantity
          unitsPerCarton
          cartons
          cartonNumbers
          unitsInLastCarton
          netWeightKg
          grossWeightKg
          cbm
          overridden
        }
        totals {
          cartons
          netWeightKg
          grossWeightKg
          cbm
          complete
        }
        containers {
          type
          needed
          byVolume
          byWeight
        }
        smallestSingleContainer
        problems {
          code
          message
          messageZh
          lineRef
        }
      }
      customsDraft {
        items {
          itemNo
          hsCode
          declaredName
          quantity
          unit
          value {
            amount
            currency
          }
          destinationCountry
          portOfLoading
          portOfDischarge
          transportMode
          tradeMode
        }
        declaredTotal {
          amount
          currency
        }
        invoiceTotal {
          amount
          currency
        }
        difference {
          amount
          currency
        }
        problems {
          code
          message
          messageZh
          lineRef
        }
        valid
      }
      documents {
        ...DocumentFields
      }
    }
  }
`);

export const ShipmentOrderQuery = graphql(`
  query ShipmentOrder($id: ID!) {
    order(id: $id) {
      id
      number
      customerName
      stage
    }
  }
`);

export const CreateShipmentMutation = graphql(`
  mutation CreateShipment($input: CreateShipmentInput!) {
    createShipment(input: $input) {
      ...ShipmentRowFields
    }
  }
`);

export const UpdateShipmentMutation = graphql(`
  mutation UpdateShipment($id: ID!, $input: UpdateShipmentInput!) {
    updateShipment(id: $id, input: $input) {
      ...ShipmentDetailFields
    }
  }
`);

export const SetShipmentCustomsClearedMutation = graphql(`
  mutation SetShipmentCustomsCleared($id: ID!, $cleared: Boolean!) {
    setShipmentCustomsCleared(id: $id, cleared: $cleared) {
      ...ShipmentRowFields
    }
  }
`);

export const SetPackingOverrideMutation = graphql(`
  mutation SetPackingOverride($itemId: ID!, $input: PackingOverrideInput!) {
    setPackingOverride(itemId: $itemId, input: $input) {
      id
    }
  }
`);

export const GeneratePackingListMutation = graphql(`
  mutation GeneratePackingList($shipmentId: ID!, $language: String!) {
    generatePackingListDocument(shipmentId: $shipmentId, language: $language) {
      ...DocumentFields
    }
  }
`);
