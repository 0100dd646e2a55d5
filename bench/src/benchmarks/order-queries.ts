/**
 * The GraphQL the SPA sends for the order pages (apps/web/src/features/orders), as one document per
 * page so a benchmark request is a whole page load.
 */

const MONEY = '{ amount currency }';

/** OrderCardFields: an order in lists, and the start of the order page's OrderDetailFields. */
const ORDER_CARD = `id number stage customerId customerName customerCountry currency total ${MONEY} orderDate deliveryDate expectedShipDate
  atRisk riskReason ownerId owner { id displayName } version`;

/** BoardCardFields (apps/web/src/features/orders/board/board.graphql.ts): what a board card shows. */
const BOARD_CARD = `id number stage customerId customerName total ${MONEY} deliveryDate expectedShipDate atRisk riskReason owner { id displayName }`;

/** The order board: OrderBoard, 20 cards a column. */
export const ORDER_BOARD = `query OrderBoard($perColumn: Int!, $filter: OrderFilterInput) {
  orderBoard(perColumn: $perColumn, filter: $filter) { stage totalCount orders { ${BOARD_CARD} } }
}`;

/**
 * The order page: OrderDetail (header, lines, installments, Incoterm findings, the stage bar's moves,
 * stage history, production, documents, shipments, comments) and the first page of OrderTimeline,
 * which the SPA sends when the page opens and when its timeline tab does.
 */
export const ORDER_PAGE = `query OrderPage($id: ID!) {
  order(id: $id) {
    ${ORDER_CARD}
    contactId incotermCode incotermPlace paymentTerms paymentTermsZh transportMode notes origin quotationId resumeStage merchandiserId
    bookingNumber blNumber blDate customsClearedAt documentsSentAt createdAt
    freightCost ${MONEY} insuranceCost ${MONEY} importDutyCost ${MONEY}
    lines { id position productId sku description quantity unit unitPrice ${MONEY} amount ${MONEY} }
    installments { sequence label labelZh trigger percentage days dueDate overdue method amount ${MONEY} paid ${MONEY} open ${MONEY} }
    incotermFindings { code severity message messageZh }
    stageMoves { to kind allowed reasons reasonsZh }
    stageHistory { id at fromStage toStage note byUserId }
    milestones { id kind plannedDate originalDate actualDate note slipDays }
    purchaseOrders { id number supplierId dueDate status total ${MONEY} }
    documents { id kind language version number fileName sizeBytes createdAt downloadUrl }
    shipments { id reference mode status vessel voyage etd eta bookingNumber transportDocumentNumber portOfLoading portOfDischarge }
    comments { id body createdAt authorId mentionedUserIds author { id displayName } mentioned { id displayName } }
    documentCount commentCount shipmentCount
    timeline(first: 20) { totalCount pageInfo { hasNextPage endCursor } nodes { at kind userId actor user { id displayName } details } }
  }
}`;

/** The documents tab's "generate" button. */
export const GENERATE_DOCUMENT = `mutation GenerateOrderDocument($orderId: ID!, $kind: String!, $language: String) {
  generateOrderDocument(orderId: $orderId, kind: $kind, language: $language) { id kind language version number fileName sizeBytes }
}`;
