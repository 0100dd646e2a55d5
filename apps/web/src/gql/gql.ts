/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SessionUserFields on User {\n    id\n    email\n    displayName\n    role\n    teamId\n    language\n    timeZone\n    lastLoginAt\n  }\n": typeof types.SessionUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
    "\n  mutation UpdateMyLanguage($language: UiLanguage!) {\n    updateMyPreferences(input: { language: $language }) {\n      id\n      language\n    }\n  }\n": typeof types.UpdateMyLanguageDocument,
    "\n  fragment ApiTokenRowFields on ApiToken {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n": typeof types.ApiTokenRowFieldsFragmentDoc,
    "\n  query ApiTokens($first: Int!, $after: String) {\n    apiTokens(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ApiTokenRowFields\n      }\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenRowFields\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenRowFields\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  fragment ContactDetailFields on Contact {\n    id\n    customerId\n    name\n    title\n    emails\n    phones {\n      raw\n      e164\n    }\n    messaging {\n      whatsapp\n      wechat\n      skype\n      telegram\n      line\n    }\n    birthday\n    preferredLanguage\n    isPrimary\n    version\n  }\n": typeof types.ContactDetailFieldsFragmentDoc,
    "\n  fragment CustomerDetailFields on Customer {\n    id\n    name\n    localName\n    aliases\n    country\n    city\n    address\n    website\n    websiteDomain\n    industry\n    source\n    stage\n    grade\n    gradeReason\n    gradedAt\n    inPool\n    ownerId\n    owner {\n      id\n      displayName\n      email\n    }\n    priceSensitivity\n    usualIncoterm\n    usualCurrency\n    usualPaymentTerms\n    productsOfInterest\n    companyAnniversary\n    notes\n    createdAt\n    updatedAt\n    lastActivityAt\n    version\n    contactCount\n    tags {\n      ...TagFields\n    }\n    contacts {\n      ...ContactDetailFields\n    }\n  }\n": typeof types.CustomerDetailFieldsFragmentDoc,
    "\n  query CustomerDetail($id: ID!) {\n    customer(id: $id) {\n      ...CustomerDetailFields\n      ownerHistory {\n        id\n        at\n        reason\n        fromUser {\n          id\n          displayName\n        }\n        toUser {\n          id\n          displayName\n        }\n      }\n      keyFigures {\n        orderCount\n        orders12m\n        revenue {\n          amount\n          currency\n        }\n        revenue12m {\n          amount\n          currency\n        }\n        firstOrderDate\n        lastOrderDate\n        nextExpectedOrderDate\n        averageOrderIntervalDays\n        openQuotationCount\n      }\n      receivables {\n        open {\n          amount\n          currency\n        }\n        overdue {\n          amount\n          currency\n        }\n      }\n    }\n  }\n": typeof types.CustomerDetailDocument,
    "\n  query CustomerTimeline($id: ID!, $first: Int!, $after: String, $types: [ActivityType!]) {\n    customer(id: $id) {\n      id\n      timeline(first: $first, after: $after, types: $types) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          type\n          subject\n          body\n          data\n          occurredAt\n          author {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.CustomerTimelineDocument,
    "\n  fragment FollowUpFields on FollowUp {\n    id\n    customerId\n    dueAt\n    type\n    note\n    origin\n    doneAt\n    version\n    assigneeId\n    assignee {\n      id\n      displayName\n    }\n  }\n": typeof types.FollowUpFieldsFragmentDoc,
    "\n  query CustomerFollowUps($customerId: ID!) {\n    followUps(first: 50, filter: { customerId: $customerId }) {\n      totalCount\n      nodes {\n        ...FollowUpFields\n      }\n    }\n  }\n": typeof types.CustomerFollowUpsDocument,
    "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      ...CustomerDetailFields\n    }\n  }\n": typeof types.UpdateCustomerDocument,
    "\n  mutation AddContact($customerId: ID!, $input: ContactInput!) {\n    addContact(customerId: $customerId, input: $input) {\n      ...ContactDetailFields\n    }\n  }\n": typeof types.AddContactDocument,
    "\n  mutation UpdateContact($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) {\n      ...ContactDetailFields\n    }\n  }\n": typeof types.UpdateContactDocument,
    "\n  mutation RemoveContact($id: ID!) {\n    removeContact(id: $id) {\n      id\n      customerId\n    }\n  }\n": typeof types.RemoveContactDocument,
    "\n  mutation CreateFollowUp($input: CreateFollowUpInput!) {\n    createFollowUp(input: $input) {\n      ...FollowUpFields\n    }\n  }\n": typeof types.CreateFollowUpDocument,
    "\n  fragment DuplicateCustomerFields on Customer {\n    id\n    name\n    localName\n    country\n    city\n    website\n    stage\n    grade\n    createdAt\n    lastActivityAt\n    owner {\n      id\n      displayName\n    }\n    contactCount\n    contacts {\n      id\n      name\n      emails\n    }\n    tags {\n      ...TagFields\n    }\n  }\n": typeof types.DuplicateCustomerFieldsFragmentDoc,
    "\n  query PossibleDuplicates($first: Int!, $after: String) {\n    possibleDuplicates(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        matchedOn\n        reason\n        a {\n          ...DuplicateCustomerFields\n        }\n        b {\n          ...DuplicateCustomerFields\n        }\n      }\n    }\n  }\n": typeof types.PossibleDuplicatesDocument,
    "\n  mutation MergeCustomers($survivorId: ID!, $mergedId: ID!) {\n    mergeCustomers(survivorId: $survivorId, mergedId: $mergedId) {\n      id\n      name\n      contactCount\n    }\n  }\n": typeof types.MergeCustomersDocument,
    "\n  mutation HandOverCustomers($input: HandOverCustomersInput!) {\n    handOverCustomers(input: $input) {\n      customers\n      followUps\n    }\n  }\n": typeof types.HandOverCustomersDocument,
    "\n  fragment CustomerImportFields on CustomerImport {\n    id\n    fileName\n    dryRun\n    status\n    mapping\n    totalRows\n    processedRows\n    created\n    merged\n    errors\n    failure\n    createdAt\n    finishedAt\n  }\n": typeof types.CustomerImportFieldsFragmentDoc,
    "\n  query CustomerImport($id: ID!) {\n    customerImport(id: $id) {\n      ...CustomerImportFields\n    }\n  }\n": typeof types.CustomerImportDocument,
    "\n  query CustomerImportRows($importId: ID!, $first: Int!, $after: String, $status: String) {\n    customerImportRows(importId: $importId, first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        row\n        status\n        customerId\n        customerName\n        mergedIntoRow\n        matchedOn\n        reason\n        error\n        warnings\n      }\n    }\n  }\n": typeof types.CustomerImportRowsDocument,
    "\n  mutation StartCustomerImport($id: ID!, $dryRun: Boolean!, $mapping: [String]) {\n    startCustomerImport(id: $id, dryRun: $dryRun, mapping: $mapping) {\n      ...CustomerImportFields\n    }\n  }\n": typeof types.StartCustomerImportDocument,
    "\n  query Customers($first: Int!, $after: String, $filter: CustomerFilter, $sort: CustomerSort) {\n    customers(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CustomerRowFields\n      }\n    }\n  }\n": typeof types.CustomersDocument,
    "\n  query CustomerViews {\n    customerViews(first: 100) {\n      nodes {\n        id\n        name\n        filter\n        columns\n        shared\n        ownerId\n      }\n    }\n  }\n": typeof types.CustomerViewsDocument,
    "\n  mutation SaveCustomerView($input: SaveCustomerViewInput!) {\n    saveCustomerView(input: $input) {\n      id\n      name\n      filter\n      columns\n      shared\n      ownerId\n    }\n  }\n": typeof types.SaveCustomerViewDocument,
    "\n  mutation DeleteCustomerView($id: ID!) {\n    deleteCustomerView(id: $id)\n  }\n": typeof types.DeleteCustomerViewDocument,
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      ...CustomerRowFields\n    }\n  }\n": typeof types.CreateCustomerDocument,
    "\n  fragment TagFields on Tag {\n    id\n    name\n    color\n    groupId\n  }\n": typeof types.TagFieldsFragmentDoc,
    "\n  fragment CustomerRowFields on Customer {\n    id\n    name\n    localName\n    country\n    city\n    industry\n    website\n    stage\n    grade\n    gradeReason\n    inPool\n    ownerId\n    owner {\n      id\n      displayName\n    }\n    tags {\n      ...TagFields\n    }\n    contactCount\n    lastActivityAt\n    createdAt\n  }\n": typeof types.CustomerRowFieldsFragmentDoc,
    "\n  query TagOptions {\n    tagGroups(first: 100) {\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n    tags(first: 100) {\n      nodes {\n        ...TagFields\n      }\n    }\n  }\n": typeof types.TagOptionsDocument,
    "\n  query UserOptions($search: String, $active: Boolean) {\n    users(first: 50, filter: { active: $active, search: $search }) {\n      nodes {\n        id\n        displayName\n        email\n        role\n        active\n      }\n    }\n  }\n": typeof types.UserOptionsDocument,
    "\n  mutation TagCustomers($input: TagCustomersInput!) {\n    tagCustomers(input: $input)\n  }\n": typeof types.TagCustomersDocument,
    "\n  mutation LogActivity($input: LogActivityInput!) {\n    logActivity(input: $input) {\n      activity {\n        id\n        customerId\n      }\n      completedFollowUp {\n        id\n        doneAt\n        doneActivityId\n      }\n    }\n  }\n": typeof types.LogActivityDocument,
    "\n  mutation ClaimCustomers($ids: [ID!]!) {\n    claimCustomers(input: { customerIds: $ids }) {\n      id\n      inPool\n      ownerId\n      owner {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ClaimCustomersDocument,
    "\n  mutation ReleaseCustomers($ids: [ID!]!) {\n    releaseCustomers(input: { customerIds: $ids }) {\n      id\n      inPool\n      ownerId\n      owner {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ReleaseCustomersDocument,
    "\n  mutation AssignCustomers($ids: [ID!]!, $userId: ID!) {\n    assignCustomers(input: { customerIds: $ids }, userId: $userId) {\n      id\n      inPool\n      ownerId\n      owner {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.AssignCustomersDocument,
    "\n  query DashboardTotals {\n    allUsers: users(first: 1) {\n      totalCount\n    }\n    teams(first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DashboardTotalsDocument,
    "\n  query DashboardRoles {\n    activeUsers: users(first: 1, filter: { active: true }) {\n      totalCount\n    }\n    admin: users(first: 1, filter: { role: admin, active: true }) {\n      totalCount\n    }\n    manager: users(first: 1, filter: { role: manager, active: true }) {\n      totalCount\n    }\n    sales: users(first: 1, filter: { role: sales, active: true }) {\n      totalCount\n    }\n    merchandiser: users(first: 1, filter: { role: merchandiser, active: true }) {\n      totalCount\n    }\n    logistics: users(first: 1, filter: { role: logistics, active: true }) {\n      totalCount\n    }\n    finance: users(first: 1, filter: { role: finance, active: true }) {\n      totalCount\n    }\n  }\n": typeof types.DashboardRolesDocument,
    "\n  query DashboardTeam($teamId: ID!) {\n    teamMembers: users(first: 1, filter: { teamId: $teamId, active: true }) {\n      totalCount\n    }\n  }\n": typeof types.DashboardTeamDocument,
    "\n  query DashboardApiTokens {\n    apiTokens(first: 100) {\n      totalCount\n      nodes {\n        id\n        revokedAt\n        expiresAt\n      }\n    }\n  }\n": typeof types.DashboardApiTokensDocument,
    "\n  fragment CalendarFollowUpFields on FollowUp {\n    id\n    customerId\n    dueAt\n    type\n    note\n    origin\n    doneAt\n    assigneeId\n    assignee {\n      id\n      displayName\n    }\n    customer {\n      id\n      name\n    }\n  }\n": typeof types.CalendarFollowUpFieldsFragmentDoc,
    "\n  query FollowUpsInRange($from: DateTime!, $to: DateTime!, $assigneeId: ID) {\n    followUps(first: 100, filter: { from: $from, to: $to, includeDone: true, assigneeId: $assigneeId }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        ...CalendarFollowUpFields\n      }\n    }\n  }\n": typeof types.FollowUpsInRangeDocument,
    "\n  query DueFollowUps($assigneeId: ID) {\n    followUps(first: 100, filter: { due: today_or_overdue, assigneeId: $assigneeId }) {\n      totalCount\n      nodes {\n        ...CalendarFollowUpFields\n      }\n    }\n  }\n": typeof types.DueFollowUpsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query MyNotifications($first: Int!) {\n    myNotifications(first: $first) {\n      totalCount\n      nodes {\n        id\n        kind\n        params\n        text\n        link\n        readAt\n        createdAt\n      }\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  fragment UserRowFields on User {\n    id\n    email\n    displayName\n    role\n    teamId\n    active\n    language\n    timeZone\n    lastLoginAt\n  }\n": typeof types.UserRowFieldsFragmentDoc,
    "\n  query Users($first: Int!, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...UserRowFields\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query TeamOptions {\n    teams(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TeamOptionsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation SetUserActive($id: ID!, $active: Boolean!) {\n    setUserActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n": typeof types.SetUserActiveDocument,
};
const documents: Documents = {
    "\n  fragment SessionUserFields on User {\n    id\n    email\n    displayName\n    role\n    teamId\n    language\n    timeZone\n    lastLoginAt\n  }\n": types.SessionUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
    "\n  mutation UpdateMyLanguage($language: UiLanguage!) {\n    updateMyPreferences(input: { language: $language }) {\n      id\n      language\n    }\n  }\n": types.UpdateMyLanguageDocument,
    "\n  fragment ApiTokenRowFields on ApiToken {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n": types.ApiTokenRowFieldsFragmentDoc,
    "\n  query ApiTokens($first: Int!, $after: String) {\n    apiTokens(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ApiTokenRowFields\n      }\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenRowFields\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenRowFields\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  fragment ContactDetailFields on Contact {\n    id\n    customerId\n    name\n    title\n    emails\n    phones {\n      raw\n      e164\n    }\n    messaging {\n      whatsapp\n      wechat\n      skype\n      telegram\n      line\n    }\n    birthday\n    preferredLanguage\n    isPrimary\n    version\n  }\n": types.ContactDetailFieldsFragmentDoc,
    "\n  fragment CustomerDetailFields on Customer {\n    id\n    name\n    localName\n    aliases\n    country\n    city\n    address\n    website\n    websiteDomain\n    industry\n    source\n    stage\n    grade\n    gradeReason\n    gradedAt\n    inPool\n    ownerId\n    owner {\n      id\n      displayName\n      email\n    }\n    priceSensitivity\n    usualIncoterm\n    usualCurrency\n    usualPaymentTerms\n    productsOfInterest\n    companyAnniversary\n    notes\n    createdAt\n    updatedAt\n    lastActivityAt\n    version\n    contactCount\n    tags {\n      ...TagFields\n    }\n    contacts {\n      ...ContactDetailFields\n    }\n  }\n": types.CustomerDetailFieldsFragmentDoc,
    "\n  query CustomerDetail($id: ID!) {\n    customer(id: $id) {\n      ...CustomerDetailFields\n      ownerHistory {\n        id\n        at\n        reason\n        fromUser {\n          id\n          displayName\n        }\n        toUser {\n          id\n          displayName\n        }\n      }\n      keyFigures {\n        orderCount\n        orders12m\n        revenue {\n          amount\n          currency\n        }\n        revenue12m {\n          amount\n          currency\n        }\n        firstOrderDate\n        lastOrderDate\n        nextExpectedOrderDate\n        averageOrderIntervalDays\n        openQuotationCount\n      }\n      receivables {\n        open {\n          amount\n          currency\n        }\n        overdue {\n          amount\n          currency\n        }\n      }\n    }\n  }\n": types.CustomerDetailDocument,
    "\n  query CustomerTimeline($id: ID!, $first: Int!, $after: String, $types: [ActivityType!]) {\n    customer(id: $id) {\n      id\n      timeline(first: $first, after: $after, types: $types) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          type\n          subject\n          body\n          data\n          occurredAt\n          author {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.CustomerTimelineDocument,
    "\n  fragment FollowUpFields on FollowUp {\n    id\n    customerId\n    dueAt\n    type\n    note\n    origin\n    doneAt\n    version\n    assigneeId\n    assignee {\n      id\n      displayName\n    }\n  }\n": types.FollowUpFieldsFragmentDoc,
    "\n  query CustomerFollowUps($customerId: ID!) {\n    followUps(first: 50, filter: { customerId: $customerId }) {\n      totalCount\n      nodes {\n        ...FollowUpFields\n      }\n    }\n  }\n": types.CustomerFollowUpsDocument,
    "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      ...CustomerDetailFields\n    }\n  }\n": types.UpdateCustomerDocument,
    "\n  mutation AddContact($customerId: ID!, $input: ContactInput!) {\n    addContact(customerId: $customerId, input: $input) {\n      ...ContactDetailFields\n    }\n  }\n": types.AddContactDocument,
    "\n  mutation UpdateContact($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) {\n      ...ContactDetailFields\n    }\n  }\n": types.UpdateContactDocument,
    "\n  mutation RemoveContact($id: ID!) {\n    removeContact(id: $id) {\n      id\n      customerId\n    }\n  }\n": types.RemoveContactDocument,
    "\n  mutation CreateFollowUp($input: CreateFollowUpInput!) {\n    createFollowUp(input: $input) {\n      ...FollowUpFields\n    }\n  }\n": types.CreateFollowUpDocument,
    "\n  fragment DuplicateCustomerFields on Customer {\n    id\n    name\n    localName\n    country\n    city\n    website\n    stage\n    grade\n    createdAt\n    lastActivityAt\n    owner {\n      id\n      displayName\n    }\n    contactCount\n    contacts {\n      id\n      name\n      emails\n    }\n    tags {\n      ...TagFields\n    }\n  }\n": types.DuplicateCustomerFieldsFragmentDoc,
    "\n  query PossibleDuplicates($first: Int!, $after: String) {\n    possibleDuplicates(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        matchedOn\n        reason\n        a {\n          ...DuplicateCustomerFields\n        }\n        b {\n          ...DuplicateCustomerFields\n        }\n      }\n    }\n  }\n": types.PossibleDuplicatesDocument,
    "\n  mutation MergeCustomers($survivorId: ID!, $mergedId: ID!) {\n    mergeCustomers(survivorId: $survivorId, mergedId: $mergedId) {\n      id\n      name\n      contactCount\n    }\n  }\n": types.MergeCustomersDocument,
    "\n  mutation HandOverCustomers($input: HandOverCustomersInput!) {\n    handOverCustomers(input: $input) {\n      customers\n      followUps\n    }\n  }\n": types.HandOverCustomersDocument,
    "\n  fragment CustomerImportFields on CustomerImport {\n    id\n    fileName\n    dryRun\n    status\n    mapping\n    totalRows\n    processedRows\n    created\n    merged\n    errors\n    failure\n    createdAt\n    finishedAt\n  }\n": types.CustomerImportFieldsFragmentDoc,
    "\n  query CustomerImport($id: ID!) {\n    customerImport(id: $id) {\n      ...CustomerImportFields\n    }\n  }\n": types.CustomerImportDocument,
    "\n  query CustomerImportRows($importId: ID!, $first: Int!, $after: String, $status: String) {\n    customerImportRows(importId: $importId, first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        row\n        status\n        customerId\n        customerName\n        mergedIntoRow\n        matchedOn\n        reason\n        error\n        warnings\n      }\n    }\n  }\n": types.CustomerImportRowsDocument,
    "\n  mutation StartCustomerImport($id: ID!, $dryRun: Boolean!, $mapping: [String]) {\n    startCustomerImport(id: $id, dryRun: $dryRun, mapping: $mapping) {\n      ...CustomerImportFields\n    }\n  }\n": types.StartCustomerImportDocument,
    "\n  query Customers($first: Int!, $after: String, $filter: CustomerFilter, $sort: CustomerSort) {\n    customers(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CustomerRowFields\n      }\n    }\n  }\n": types.CustomersDocument,
    "\n  query CustomerViews {\n    customerViews(first: 100) {\n      nodes {\n        id\n        name\n        filter\n        columns\n        shared\n        ownerId\n      }\n    }\n  }\n": types.CustomerViewsDocument,
    "\n  mutation SaveCustomerView($input: SaveCustomerViewInput!) {\n    saveCustomerView(input: $input) {\n      id\n      name\n      filter\n      columns\n      shared\n      ownerId\n    }\n  }\n": types.SaveCustomerViewDocument,
    "\n  mutation DeleteCustomerView($id: ID!) {\n    deleteCustomerView(id: $id)\n  }\n": types.DeleteCustomerViewDocument,
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      ...CustomerRowFields\n    }\n  }\n": types.CreateCustomerDocument,
    "\n  fragment TagFields on Tag {\n    id\n    name\n    color\n    groupId\n  }\n": types.TagFieldsFragmentDoc,
    "\n  fragment CustomerRowFields on Customer {\n    id\n    name\n    localName\n    country\n    city\n    industry\n    website\n    stage\n    grade\n    gradeReason\n    inPool\n    ownerId\n    owner {\n      id\n      displayName\n    }\n    tags {\n      ...TagFields\n    }\n    contactCount\n    lastActivityAt\n    createdAt\n  }\n": types.CustomerRowFieldsFragmentDoc,
    "\n  query TagOptions {\n    tagGroups(first: 100) {\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n    tags(first: 100) {\n      nodes {\n        ...TagFields\n      }\n    }\n  }\n": types.TagOptionsDocument,
    "\n  query UserOptions($search: String, $active: Boolean) {\n    users(first: 50, filter: { active: $active, search: $search }) {\n      nodes {\n        id\n        displayName\n        email\n        role\n        active\n      }\n    }\n  }\n": types.UserOptionsDocument,
    "\n  mutation TagCustomers($input: TagCustomersInput!) {\n    tagCustomers(input: $input)\n  }\n": types.TagCustomersDocument,
    "\n  mutation LogActivity($input: LogActivityInput!) {\n    logActivity(input: $input) {\n      activity {\n        id\n        customerId\n      }\n      completedFollowUp {\n        id\n        doneAt\n        doneActivityId\n      }\n    }\n  }\n": types.LogActivityDocument,
    "\n  mutation ClaimCustomers($ids: [ID!]!) {\n    claimCustomers(input: { customerIds: $ids }) {\n      id\n      inPool\n      ownerId\n      owner {\n        id\n        displayName\n      }\n    }\n  }\n": types.ClaimCustomersDocument,
    "\n  mutation ReleaseCustomers($ids: [ID!]!) {\n    releaseCustomers(input: { customerIds: $ids }) {\n      id\n      inPool\n      ownerId\n      owner {\n        id\n        displayName\n      }\n    }\n  }\n": types.ReleaseCustomersDocument,
    "\n  mutation AssignCustomers($ids: [ID!]!, $userId: ID!) {\n    assignCustomers(input: { customerIds: $ids }, userId: $userId) {\n      id\n      inPool\n      ownerId\n      owner {\n        id\n        displayName\n      }\n    }\n  }\n": types.AssignCustomersDocument,
    "\n  query DashboardTotals {\n    allUsers: users(first: 1) {\n      totalCount\n    }\n    teams(first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.DashboardTotalsDocument,
    "\n  query DashboardRoles {\n    activeUsers: users(first: 1, filter: { active: true }) {\n      totalCount\n    }\n    admin: users(first: 1, filter: { role: admin, active: true }) {\n      totalCount\n    }\n    manager: users(first: 1, filter: { role: manager, active: true }) {\n      totalCount\n    }\n    sales: users(first: 1, filter: { role: sales, active: true }) {\n      totalCount\n    }\n    merchandiser: users(first: 1, filter: { role: merchandiser, active: true }) {\n      totalCount\n    }\n    logistics: users(first: 1, filter: { role: logistics, active: true }) {\n      totalCount\n    }\n    finance: users(first: 1, filter: { role: finance, active: true }) {\n      totalCount\n    }\n  }\n": types.DashboardRolesDocument,
    "\n  query DashboardTeam($teamId: ID!) {\n    teamMembers: users(first: 1, filter: { teamId: $teamId, active: true }) {\n      totalCount\n    }\n  }\n": types.DashboardTeamDocument,
    "\n  query DashboardApiTokens {\n    apiTokens(first: 100) {\n      totalCount\n      nodes {\n        id\n        revokedAt\n        expiresAt\n      }\n    }\n  }\n": types.DashboardApiTokensDocument,
    "\n  fragment CalendarFollowUpFields on FollowUp {\n    id\n    customerId\n    dueAt\n    type\n    note\n    origin\n    doneAt\n    assigneeId\n    assignee {\n      id\n      displayName\n    }\n    customer {\n      id\n      name\n    }\n  }\n": types.CalendarFollowUpFieldsFragmentDoc,
    "\n  query FollowUpsInRange($from: DateTime!, $to: DateTime!, $assigneeId: ID) {\n    followUps(first: 100, filter: { from: $from, to: $to, includeDone: true, assigneeId: $assigneeId }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        ...CalendarFollowUpFields\n      }\n    }\n  }\n": types.FollowUpsInRangeDocument,
    "\n  query DueFollowUps($assigneeId: ID) {\n    followUps(first: 100, filter: { due: today_or_overdue, assigneeId: $assigneeId }) {\n      totalCount\n      nodes {\n        ...CalendarFollowUpFields\n      }\n    }\n  }\n": types.DueFollowUpsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query MyNotifications($first: Int!) {\n    myNotifications(first: $first) {\n      totalCount\n      nodes {\n        id\n        kind\n        params\n        text\n        link\n        readAt\n        createdAt\n      }\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  fragment UserRowFields on User {\n    id\n    email\n    displayName\n    role\n    teamId\n    active\n    language\n    timeZone\n    lastLoginAt\n  }\n": types.UserRowFieldsFragmentDoc,
    "\n  query Users($first: Int!, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...UserRowFields\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  query TeamOptions {\n    teams(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.TeamOptionsDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation SetUserActive($id: ID!, $active: Boolean!) {\n    setUserActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n": types.SetUserActiveDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUserFields on User {\n    id\n    email\n    displayName\n    role\n    teamId\n    language\n    timeZone\n    lastLoginAt\n  }\n"): (typeof documents)["\n  fragment SessionUserFields on User {\n    id\n    email\n    displayName\n    role\n    teamId\n    language\n    timeZone\n    lastLoginAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SessionUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"): (typeof documents)["\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyLanguage($language: UiLanguage!) {\n    updateMyPreferences(input: { language: $language }) {\n      id\n      language\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyLanguage($language: UiLanguage!) {\n    updateMyPreferences(input: { language: $language }) {\n      id\n      language\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokenRowFields on ApiToken {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment ApiTokenRowFields on ApiToken {\n    id\n    name\n    prefix\n    scopes\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens($first: Int!, $after: String) {\n    apiTokens(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ApiTokenRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens($first: Int!, $after: String) {\n    apiTokens(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ApiTokenRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactDetailFields on Contact {\n    id\n    customerId\n    name\n    title\n    emails\n    phones {\n      raw\n      e164\n    }\n    messaging {\n      whatsapp\n      wechat\n      skype\n      telegram\n      line\n    }\n    birthday\n    preferredLanguage\n    isPrimary\n    version\n  }\n"): (typeof documents)["\n  fragment ContactDetailFields on Contact {\n    id\n    customerId\n    name\n    title\n    emails\n    phones {\n      raw\n      e164\n    }\n    messaging {\n      whatsapp\n      wechat\n      skype\n      telegram\n      line\n    }\n    birthday\n    preferredLanguage\n    isPrimary\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerDetailFields on Customer {\n    id\n    name\n    localName\n    aliases\n    country\n    city\n    address\n    website\n    websiteDomain\n    industry\n    source\n    stage\n    grade\n    gradeReason\n    gradedAt\n    inPool\n    ownerId\n    owner {\n      id\n      displayName\n      email\n    }\n    priceSensitivity\n    usualIncoterm\n    usualCurrency\n    usualPaymentTerms\n    productsOfInterest\n    companyAnniversary\n    notes\n    createdAt\n    updatedAt\n    lastActivityAt\n    version\n    contactCount\n    tags {\n      ...TagFields\n    }\n    contacts {\n      ...ContactDetailFields\n    }\n  }\n"): (typeof documents)["\n  fragment CustomerDetailFields on Customer {\n    id\n    name\n    localName\n    aliases\n    country\n    city\n    address\n    website\n    websiteDomain\n    industry\n    source\n    stage\n    grade\n    gradeReason\n    gradedAt\n    inPool\n    ownerId\n    owner {\n      id\n      displayName\n      email\n    }\n    priceSensitivity\n    usualIncoterm\n    usualCurrency\n    usualPaymentTerms\n    productsOfInterest\n    companyAnniversary\n    notes\n    createdAt\n    updatedAt\n    lastActivityAt\n    version\n    contactCount\n    tags {\n      ...TagFields\n    }\n    contacts {\n      ...ContactDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerDetail($id: ID!) {\n    customer(id: $id) {\n      ...CustomerDetailFields\n      ownerHistory {\n        id\n        at\n        reason\n        fromUser {\n          id\n          displayName\n        }\n        toUser {\n          id\n          displayName\n        }\n      }\n      keyFigures {\n        orderCount\n        orders12m\n        revenue {\n          amount\n          currency\n        }\n        revenue12m {\n          amount\n          currency\n        }\n        firstOrderDate\n        lastOrderDate\n        nextExpectedOrderDate\n        averageOrderIntervalDays\n        openQuotationCount\n      }\n      receivables {\n        open {\n          amount\n          currency\n        }\n        overdue {\n          amount\n          currency\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerDetail($id: ID!) {\n    customer(id: $id) {\n      ...CustomerDetailFields\n      ownerHistory {\n        id\n        at\n        reason\n        fromUser {\n          id\n          displayName\n        }\n        toUser {\n          id\n          displayName\n        }\n      }\n      keyFigures {\n        orderCount\n        orders12m\n        revenue {\n          amount\n          currency\n        }\n        revenue12m {\n          amount\n          currency\n        }\n        firstOrderDate\n        lastOrderDate\n        nextExpectedOrderDate\n        averageOrderIntervalDays\n        openQuotationCount\n      }\n      receivables {\n        open {\n          amount\n          currency\n        }\n        overdue {\n          amount\n          currency\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerTimeline($id: ID!, $first: Int!, $after: String, $types: [ActivityType!]) {\n    customer(id: $id) {\n      id\n      timeline(first: $first, after: $after, types: $types) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          type\n          subject\n          body\n          data\n          occurredAt\n          author {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerTimeline($id: ID!, $first: Int!, $after: String, $types: [ActivityType!]) {\n    customer(id: $id) {\n      id\n      timeline(first: $first, after: $after, types: $types) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          type\n          subject\n          body\n          data\n          occurredAt\n          author {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowUpFields on FollowUp {\n    id\n    customerId\n    dueAt\n    type\n    note\n    origin\n    doneAt\n    version\n    assigneeId\n    assignee {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment FollowUpFields on FollowUp {\n    id\n    customerId\n    dueAt\n    type\n    note\n    origin\n    doneAt\n    version\n    assigneeId\n    assignee {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerFollowUps($customerId: ID!) {\n    followUps(first: 50, filter: { customerId: $customerId }) {\n      totalCount\n      nodes {\n        ...FollowUpFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerFollowUps($customerId: ID!) {\n    followUps(first: 50, filter: { customerId: $customerId }) {\n      totalCount\n      nodes {\n        ...FollowUpFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      ...CustomerDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      ...CustomerDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddContact($customerId: ID!, $input: ContactInput!) {\n    addContact(customerId: $customerId, input: $input) {\n      ...ContactDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddContact($customerId: ID!, $input: ContactInput!) {\n    addContact(customerId: $customerId, input: $input) {\n      ...ContactDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContact($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) {\n      ...ContactDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateContact($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) {\n      ...ContactDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveContact($id: ID!) {\n    removeContact(id: $id) {\n      id\n      customerId\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveContact($id: ID!) {\n    removeContact(id: $id) {\n      id\n      customerId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFollowUp($input: CreateFollowUpInput!) {\n    createFollowUp(input: $input) {\n      ...FollowUpFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFollowUp($input: CreateFollowUpInput!) {\n    createFollowUp(input: $input) {\n      ...FollowUpFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DuplicateCustomerFields on Customer {\n    id\n    name\n    localName\n    country\n    city\n    website\n    stage\n    grade\n    createdAt\n    lastActivityAt\n    owner {\n      id\n      displayName\n    }\n    contactCount\n    contacts {\n      id\n      name\n      emails\n    }\n    tags {\n      ...TagFields\n    }\n  }\n"): (typeof documents)["\n  fragment DuplicateCustomerFields on Customer {\n    id\n    name\n    localName\n    country\n    city\n    website\n    stage\n    grade\n    createdAt\n    lastActivityAt\n    owner {\n      id\n      displayName\n    }\n    contactCount\n    contacts {\n      id\n      name\n      emails\n    }\n    tags {\n      ...TagFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PossibleDuplicates($first: Int!, $after: String) {\n    possibleDuplicates(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        matchedOn\n        reason\n        a {\n          ...DuplicateCustomerFields\n        }\n        b {\n          ...DuplicateCustomerFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PossibleDuplicates($first: Int!, $after: String) {\n    possibleDuplicates(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        matchedOn\n        reason\n        a {\n          ...DuplicateCustomerFields\n        }\n        b {\n          ...DuplicateCustomerFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeCustomers($survivorId: ID!, $mergedId: ID!) {\n    mergeCustomers(survivorId: $survivorId, mergedId: $mergedId) {\n      id\n      name\n      contactCount\n    }\n  }\n"): (typeof documents)["\n  mutation MergeCustomers($survivorId: ID!, $mergedId: ID!) {\n    mergeCustomers(survivorId: $survivorId, mergedId: $mergedId) {\n      id\n      name\n      contactCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandOverCustomers($input: HandOverCustomersInput!) {\n    handOverCustomers(input: $input) {\n      customers\n      followUps\n    }\n  }\n"): (typeof documents)["\n  mutation HandOverCustomers($input: HandOverCustomersInput!) {\n    handOverCustomers(input: $input) {\n      customers\n      followUps\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerImportFields on CustomerImport {\n    id\n    fileName\n    dryRun\n    status\n    mapping\n    totalRows\n    processedRows\n    created\n    merged\n    errors\n    failure\n    createdAt\n    finishedAt\n  }\n"): (typeof documents)["\n  fragment CustomerImportFields on CustomerImport {\n    id\n    fileName\n    dryRun\n    status\n    mapping\n    totalRows\n    processedRows\n    created\n    merged\n    errors\n    failure\n    createdAt\n    finishedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerImport($id: ID!) {\n    customerImport(id: $id) {\n      ...CustomerImportFields\n    }\n  }\n"): (typeof documents)["\n  query CustomerImport($id: ID!) {\n    customerImport(id: $id) {\n      ...CustomerImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerImportRows($importId: ID!, $first: Int!, $after: String, $status: String) {\n    customerImportRows(importId: $importId, first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        row\n        status\n        customerId\n        customerName\n        mergedIntoRow\n        matchedOn\n        reason\n        error\n        warnings\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerImportRows($importId: ID!, $first: Int!, $after: String, $status: String) {\n    customerImportRows(importId: $importId, first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        row\n        status\n        customerId\n        customerName\n        mergedIntoRow\n        matchedOn\n        reason\n        error\n        warnings\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartCustomerImport($id: ID!, $dryRun: Boolean!, $mapping: [String]) {\n    startCustomerImport(id: $id, dryRun: $dryRun, mapping: $mapping) {\n      ...CustomerImportFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartCustomerImport($id: ID!, $dryRun: Boolean!, $mapping: [String]) {\n    startCustomerImport(id: $id, dryRun: $dryRun, mapping: $mapping) {\n      ...CustomerImportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Customers($first: Int!, $after: String, $filter: CustomerFilter, $sort: CustomerSort) {\n    customers(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CustomerRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Customers($first: Int!, $after: String, $filter: CustomerFilter, $sort: CustomerSort) {\n    customers(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CustomerRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerViews {\n    customerViews(first: 100) {\n      nodes {\n        id\n        name\n        filter\n        columns\n        shared\n        ownerId\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerViews {\n    customerViews(first: 100) {\n      nodes {\n        id\n        name\n        filter\n        columns\n        shared\n        ownerId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCustomerView($input: SaveCustomerViewInput!) {\n    saveCustomerView(input: $input) {\n      id\n      name\n      filter\n      columns\n      shared\n      ownerId\n    }\n  }\n"): (typeof documents)["\n  mutation SaveCustomerView($input: SaveCustomerViewInput!) {\n    saveCustomerView(input: $input) {\n      id\n      name\n      filter\n      columns\n      shared\n      ownerId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCustomerView($id: ID!) {\n    deleteCustomerView(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteCustomerView($id: ID!) {\n    deleteCustomerView(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      ...CustomerRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      ...CustomerRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TagFields on Tag {\n    id\n    name\n    color\n    groupId\n  }\n"): (typeof documents)["\n  fragment TagFields on Tag {\n    id\n    name\n    color\n    groupId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerRowFields on Customer {\n    id\n    name\n    localName\n    country\n    city\n    industry\n    website\n    stage\n    grade\n    gradeReason\n    inPool\n    ownerId\n    owner {\n      id\n      displayName\n    }\n    tags {\n      ...TagFields\n    }\n    contactCount\n    lastActivityAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment CustomerRowFields on Customer {\n    id\n    name\n    localName\n    country\n    city\n    industry\n    website\n    stage\n    grade\n    gradeReason\n    inPool\n    ownerId\n    owner {\n      id\n      displayName\n    }\n    tags {\n      ...TagFields\n    }\n    contactCount\n    lastActivityAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TagOptions {\n    tagGroups(first: 100) {\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n    tags(first: 100) {\n      nodes {\n        ...TagFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query TagOptions {\n    tagGroups(first: 100) {\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n    tags(first: 100) {\n      nodes {\n        ...TagFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserOptions($search: String, $active: Boolean) {\n    users(first: 50, filter: { active: $active, search: $search }) {\n      nodes {\n        id\n        displayName\n        email\n        role\n        active\n      }\n    }\n  }\n"): (typeof documents)["\n  query UserOptions($search: String, $active: Boolean) {\n    users(first: 50, filter: { active: $active, search: $search }) {\n      nodes {\n        id\n        displayName\n        email\n        role\n        active\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TagCustomers($input: TagCustomersInput!) {\n    tagCustomers(input: $input)\n  }\n"): (typeof documents)["\n  mutation TagCustomers($input: TagCustomersInput!) {\n    tagCustomers(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogActivity($input: LogActivityInput!) {\n    logActivity(input: $input) {\n      activity {\n        id\n        customerId\n      }\n      completedFollowUp {\n        id\n        doneAt\n        doneActivityId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogActivity($input: LogActivityInput!) {\n    logActivity(input: $input) {\n      activity {\n        id\n        customerId\n      }\n      completedFollowUp {\n        id\n        doneAt\n        doneActivityId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimCustomers($ids: [ID!]!) {\n    claimCustomers(input: { customerIds: $ids }) {\n      id\n      inPool\n      ownerId\n      owner {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimCustomers($ids: [ID!]!) {\n    claimCustomers(input: { customerIds: $ids }) {\n      id\n      inPool\n      ownerId\n      owner {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseCustomers($ids: [ID!]!) {\n    releaseCustomers(input: { customerIds: $ids }) {\n      id\n      inPool\n      ownerId\n      owner {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReleaseCustomers($ids: [ID!]!) {\n    releaseCustomers(input: { customerIds: $ids }) {\n      id\n      inPool\n      ownerId\n      owner {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignCustomers($ids: [ID!]!, $userId: ID!) {\n    assignCustomers(input: { customerIds: $ids }, userId: $userId) {\n      id\n      inPool\n      ownerId\n      owner {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignCustomers($ids: [ID!]!, $userId: ID!) {\n    assignCustomers(input: { customerIds: $ids }, userId: $userId) {\n      id\n      inPool\n      ownerId\n      owner {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardTotals {\n    allUsers: users(first: 1) {\n      totalCount\n    }\n    teams(first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardTotals {\n    allUsers: users(first: 1) {\n      totalCount\n    }\n    teams(first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardRoles {\n    activeUsers: users(first: 1, filter: { active: true }) {\n      totalCount\n    }\n    admin: users(first: 1, filter: { role: admin, active: true }) {\n      totalCount\n    }\n    manager: users(first: 1, filter: { role: manager, active: true }) {\n      totalCount\n    }\n    sales: users(first: 1, filter: { role: sales, active: true }) {\n      totalCount\n    }\n    merchandiser: users(first: 1, filter: { role: merchandiser, active: true }) {\n      totalCount\n    }\n    logistics: users(first: 1, filter: { role: logistics, active: true }) {\n      totalCount\n    }\n    finance: users(first: 1, filter: { role: finance, active: true }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query DashboardRoles {\n    activeUsers: users(first: 1, filter: { active: true }) {\n      totalCount\n    }\n    admin: users(first: 1, filter: { role: admin, active: true }) {\n      totalCount\n    }\n    manager: users(first: 1, filter: { role: manager, active: true }) {\n      totalCount\n    }\n    sales: users(first: 1, filter: { role: sales, active: true }) {\n      totalCount\n    }\n    merchandiser: users(first: 1, filter: { role: merchandiser, active: true }) {\n      totalCount\n    }\n    logistics: users(first: 1, filter: { role: logistics, active: true }) {\n      totalCount\n    }\n    finance: users(first: 1, filter: { role: finance, active: true }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardTeam($teamId: ID!) {\n    teamMembers: users(first: 1, filter: { teamId: $teamId, active: true }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query DashboardTeam($teamId: ID!) {\n    teamMembers: users(first: 1, filter: { teamId: $teamId, active: true }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardApiTokens {\n    apiTokens(first: 100) {\n      totalCount\n      nodes {\n        id\n        revokedAt\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardApiTokens {\n    apiTokens(first: 100) {\n      totalCount\n      nodes {\n        id\n        revokedAt\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CalendarFollowUpFields on FollowUp {\n    id\n    customerId\n    dueAt\n    type\n    note\n    origin\n    doneAt\n    assigneeId\n    assignee {\n      id\n      displayName\n    }\n    customer {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CalendarFollowUpFields on FollowUp {\n    id\n    customerId\n    dueAt\n    type\n    note\n    origin\n    doneAt\n    assigneeId\n    assignee {\n      id\n      displayName\n    }\n    customer {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpsInRange($from: DateTime!, $to: DateTime!, $assigneeId: ID) {\n    followUps(first: 100, filter: { from: $from, to: $to, includeDone: true, assigneeId: $assigneeId }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        ...CalendarFollowUpFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query FollowUpsInRange($from: DateTime!, $to: DateTime!, $assigneeId: ID) {\n    followUps(first: 100, filter: { from: $from, to: $to, includeDone: true, assigneeId: $assigneeId }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        ...CalendarFollowUpFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DueFollowUps($assigneeId: ID) {\n    followUps(first: 100, filter: { due: today_or_overdue, assigneeId: $assigneeId }) {\n      totalCount\n      nodes {\n        ...CalendarFollowUpFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DueFollowUps($assigneeId: ID) {\n    followUps(first: 100, filter: { due: today_or_overdue, assigneeId: $assigneeId }) {\n      totalCount\n      nodes {\n        ...CalendarFollowUpFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($first: Int!) {\n    myNotifications(first: $first) {\n      totalCount\n      nodes {\n        id\n        kind\n        params\n        text\n        link\n        readAt\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyNotifications($first: Int!) {\n    myNotifications(first: $first) {\n      totalCount\n      nodes {\n        id\n        kind\n        params\n        text\n        link\n        readAt\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRowFields on User {\n    id\n    email\n    displayName\n    role\n    teamId\n    active\n    language\n    timeZone\n    lastLoginAt\n  }\n"): (typeof documents)["\n  fragment UserRowFields on User {\n    id\n    email\n    displayName\n    role\n    teamId\n    active\n    language\n    timeZone\n    lastLoginAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($first: Int!, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...UserRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($first: Int!, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...UserRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamOptions {\n    teams(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamOptions {\n    teams(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserActive($id: ID!, $active: Boolean!) {\n    setUserActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserActive($id: ID!, $active: Boolean!) {\n    setUserActive(id: $id, active: $active) {\n      id\n      active\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;