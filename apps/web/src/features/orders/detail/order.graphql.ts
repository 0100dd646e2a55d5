import { graphql } from '../../../gql';

export const OrderDetailFields = graphql(`
  fragment OrderDetailFields on Order {
    ...OrderCardFields
    contentLocked
    contactId
    incotermCode
    incotermPlace
    paymentTerms
    paymentTermsZh
    transportMode
    notes
    origin
    quotationId
    resumeStage
    merchandiserId
    bookingNumber
    blNumber
    blDate
    customsClearedAt
    documentsSentAt
    createdAt
    freightCost {
      amount
      currency
    }
    insuranceCost {
      amount
      currency
    }
    importDutyCost {
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
    installments {
      sequence
      label
      labelZh
      trigger
      percentage
      days
      dueDate
      overdue
      method
      amount {
        amount
        currency
      }
      paid {
        amount
        currency
      }
      open {
        amount
        currency
      }
    }
    incotermFindings {
      code
      severity
      message
      messageZh
    }
    stageMoves {
      to
      kind
      allowed
      reasons
      reasonsZh
    }
    stageHistory {
      id
      at
      fromStage
      toStage
      note
      byUserId
    }
    milestones {
      id
      kind
      plannedDate
      originalDate
      actualDate
      note
      slipDays
    }
    purchaseOrders {
      id
      number
      supplierId
      dueDate
      status
      total {
        amount
        currency
      }
    }
  }
`);

export const OrderDetailQuery = graphql(`
  query OrderDetail($id: ID!) {
    order(id: $id) {
      ...OrderDetailFields
      documentCount
      commentCount
      shipmentCount
      documents {
        ...DocumentFields
      }
      shipments {
        id
        reference
        mode
        status
        vessel
        voyage
        etd
        eta
        bookingNumber
        transportDocumentNumber
        portOfLoading
        portOfDischarge
      }
      comments {
        id
        body
        createdAt
        authorId
        mentionedUserIds
        author {
          id
          displayName
        }
        mentioned {
          id
          displayName
        }
      }
    }
  }
`);

export const OrderStageMovesQuery = graphql(`
  query OrderStageMoves($id: ID!) {
    order(id: $id) {
      id
      stage
      stageMoves {
        to
        kind
        allowed
        reasons
        reasonsZh
      }
    }
  }
`);

export const OrderTimelineQuery = graphql(`
  query OrderTimeline($id: ID!, $first: Int!, $after: String) {
    order(id: $id) {
      id
      timeline(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          at
          kind
          userId
          actor
          user {
            id
            displayName
          }
          details
        }
      }
    }
  }
`);

export const UpdateOrderMutation = graphql(`
  mutation UpdateOrder($id: ID!, $input: UpdateOrderInput!) {
    updateOrder(id: $id, input: $input) {
      ...OrderDetailFields
    }
  }
`);

export const MoveOrderStageMutation = graphql(`
  mutation MoveOrderStage($id: ID!, $to: String!, $note: String) {
    moveOrderStage(id: $id, to: $to, note: $note) {
      ...OrderDetailFields
    }
  }
`);

export const RecordOrderReceiptMutation = graphql(`
  mutation RecordOrderReceipt($id: ID!, $amount: String!, $note: String) {
    recordOrderReceipt(id: $id, amount: $amount, note: $note) {
      ...OrderDetailFields
    }
  }
`);

export const OrderMentionCandidatesQuery = graphql(`
  query OrderMentionCandidates($id: ID!, $search: String) {
    order(id: $id) {
      id
      mentionCandidates(search: $search) {
        id
        displayName
        role
      }
    }
  }
`);

export const AddOrderCommentMutation = graphql(`
  mutation AddOrderComment($orderId: ID!, $input: AddCommentInput!) {
    addOrderComment(orderId: $orderId, input: $input) {
      id
    }
  }
`);

export const PlanProductionMutation = graphql(`
  mutation PlanProduction($orderId: ID!, $plan: MilestonePlanInput!) {
    planProduction(orderId: $orderId, plan: $plan) {
      id
      kind
      plannedDate
      originalDate
      actualDate
      note
      slipDays
    }
  }
`);

export const RecordMilestoneMutation = graphql(`
  mutation RecordMilestone($orderId: ID!, $kind: String!, $actualDate: String!, $note: String) {
    recordMilestone(orderId: $orderId, kind: $kind, actualDate: $actualDate, note: $note) {
      id
      kind
      plannedDate
      actualDate
      note
      slipDays
    }
  }
`);

export const ReportProductionDelayMutation = graphql(`
  mutation ReportProductionDelay($orderId: ID!, $kind: String!, $days: Int!, $note: String!) {
    reportProductionDelay(orderId: $orderId, kind: $kind, days: $days, note: $note) {
      ...OrderDetailFields
    }
  }
`);

export const CreatePurchaseOrdersMutation = graphql(`
  mutation CreatePurchaseOrders($orderId: ID!, $input: CreatePurchaseOrdersInput!) {
    createPurchaseOrders(orderId: $orderId, input: $input) {
      id
      number
    }
  }
`);

export const GenerateOrderDocumentMutation = graphql(`
  mutation GenerateOrderDocument($orderId: ID!, $kind: String!, $language: String) {
    generateOrderDocument(orderId: $orderId, kind: $kind, language: $language) {
      ...DocumentFields
    }
  }
`);
