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
    "\n  query Customers($first: Int!, $after: String, $filter: CustomerFilter, $sort: CustomerSort) {\n    customers(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CustomerRowFields\n      }\n    }\n  }\n": typeof types.CustomersDocument,
    "\n  query CustomerViews {\n    customerViews(first: 100) {\n      nodes {\n        id\n        name\n        filter\n        columns\n        shared\n        ownerId\n      }\n    }\n  }\n": typeof types.CustomerViewsDocument,
    "\n  mutation SaveCustomerView($input: SaveCustomerViewInput!) {\n    saveCustomerView(input: $input) {\n      id\n      name\n      filter\n      columns\n      shared\n      ownerId\n    }\n  }\n": typeof types.SaveCustomerViewDocument,
    "\n  mutation DeleteCustomerView($id: ID!) {\n    deleteCustomerView(id: $id)\n  }\n": typeof types.DeleteCustomerViewDocument,
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      ...CustomerRowFields\n    }\n  }\n": typeof types.CreateCustomerDocument,
    "\n  fragment TagFields on Tag {\n    id\n    name\n    color\n    groupId\n  }\n": typeof types.TagFieldsFragmentDoc,
    "\n  fragment CustomerRowFields on Customer {\n    id\n    name\n    localName\n    country\n    city\n    industry\n    website\n    stage\n    grade\n    gradeReason\n    inPool\n    ownerId\n    owner {\n      id\n      displayName\n    }\n    tags {\n      ...TagFields\n    }\n    contactCount\n    lastActivityAt\n    createdAt\n  }\n": typeof types.CustomerRowFieldsFragmentDoc,
    "\n  query TagOptions {\n    tagGroups(first: 100) {\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n    tags(first: 100) {\n      nodes {\n        ...TagFields\n      }\n    }\n  }\n": typeof types.TagOptionsDocument,
    "\n  query UserOptions($search: String) {\n    users(first: 50, filter: { active: true, search: $search }) {\n      nodes {\n        id\n        displayName\n        email\n        role\n      }\n    }\n  }\n": typeof types.UserOptionsDocument,
    "\n  mutation TagCustomers($input: TagCustomersInput!) {\n    tagCustomers(input: $input)\n  }\n": typeof types.TagCustomersDocument,
    "\n  mutation LogActivity($input: LogActivityInput!) {\n    logActivity(input: $input) {\n      activity {\n        id\n        customerId\n      }\n      completedFollowUp {\n        id\n        doneAt\n        doneActivityId\n      }\n    }\n  }\n": typeof types.LogActivityDocument,
    "\n  mutation ClaimCustomers($ids: [ID!]!) {\n    claimCustomers(input: { customerIds: $ids }) {\n      id\n      inPool\n      ownerId\n      owner {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ClaimCustomersDocument,
    "\n  mutation ReleaseCustomers($ids: [ID!]!) {\n    releaseCustomers(input: { customerIds: $ids }) {\n      id\n      inPool\n      ownerId\n      owner {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ReleaseCustomersDocument,
    "\n  mutation AssignCustomers($ids: [ID!]!, $userId: ID!) {\n    assignCustomers(input: { customerIds: $ids }, userId: $userId) {\n      id\n      inPool\n      ownerId\n      owner {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.AssignCustomersDocument,
    "\n  query DashboardTotals {\n    allUsers: users(first: 1) {\n      totalCount\n    }\n    teams(first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DashboardTotalsDocument,
    "\n  query DashboardRoles {\n    activeUsers: users(first: 1, filter: { active: true }) {\n      totalCount\n    }\n    admin: users(first: 1, filter: { role: admin, active: true }) {\n      totalCount\n    }\n    manager: users(first: 1, filter: { role: manager, active: true }) {\n      totalCount\n    }\n    sales: users(first: 1, filter: { role: sales, active: true }) {\n      totalCount\n    }\n    merchandiser: users(first: 1, filter: { role: merchandiser, active: true }) {\n      totalCount\n    }\n    logistics: users(first: 1, filter: { role: logistics, active: true }) {\n      totalCount\n    }\n    finance: users(first: 1, filter: { role: finance, active: true }) {\n      totalCount\n    }\n  }\n": typeof types.DashboardRolesDocument,
    "\n  query DashboardTeam($teamId: ID!) {\n    teamMembers: users(first: 1, filter: { teamId: $teamId, active: true }) {\n      totalCount\n    }\n  }\n": typeof types.DashboardTeamDocument,
    "\n  query DashboardApiTokens {\n    apiTokens(first: 100) {\n      totalCount\n      nodes {\n        id\n        revokedAt\n        expiresAt\n      }\n    }\n  }\n": typeof types.DashboardApiTokensDocument,
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
    "\n  query Customers($first: Int!, $after: String, $filter: CustomerFilter, $sort: CustomerSort) {\n    customers(first: $first, after: $after, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...CustomerRowFields\n      }\n    }\n  }\n": types.CustomersDocument,
    "\n  query CustomerViews {\n    customerViews(first: 100) {\n      nodes {\n        id\n        name\n        filter\n        columns\n        shared\n        ownerId\n      }\n    }\n  }\n": types.CustomerViewsDocument,
    "\n  mutation SaveCustomerView($input: SaveCustomerViewInput!) {\n    saveCustomerView(input: $input) {\n      id\n      name\n      filter\n      columns\n      shared\n      ownerId\n    }\n  }\n": types.SaveCustomerViewDocument,
    "\n  mutation DeleteCustomerView($id: ID!) {\n    deleteCustomerView(id: $id)\n  }\n": types.DeleteCustomerViewDocument,
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      ...CustomerRowFields\n    }\n  }\n": types.CreateCustomerDocument,
    "\n  fragment TagFields on Tag {\n    id\n    name\n    color\n    groupId\n  }\n": types.TagFieldsFragmentDoc,
    "\n  fragment CustomerRowFields on Customer {\n    id\n    name\n    localName\n    country\n    city\n    industry\n    website\n    stage\n    grade\n    gradeReason\n    inPool\n    ownerId\n    owner {\n      id\n      displayName\n    }\n    tags {\n      ...TagFields\n    }\n    contactCount\n    lastActivityAt\n    createdAt\n  }\n": types.CustomerRowFieldsFragmentDoc,
    "\n  query TagOptions {\n    tagGroups(first: 100) {\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n    tags(first: 100) {\n      nodes {\n        ...TagFields\n      }\n    }\n  }\n": types.TagOptionsDocument,
    "\n  query UserOptions($search: String) {\n    users(first: 50, filter: { active: true, search: $search }) {\n      nodes {\n        id\n        displayName\n        email\n        role\n      }\n    }\n  }\n": types.UserOptionsDocument,
    "\n  mutation TagCustomers($input: TagCustomersInput!) {\n    tagCustomers(input: $input)\n  }\n": types.TagCustomersDocument,
    "\n  mutation LogActivity($input: LogActivityInput!) {\n    logActivity(input: $input) {\n      activity {\n        id\n        customerId\n      }\n      completedFollowUp {\n        id\n        doneAt\n        doneActivityId\n      }\n    }\n  }\n": types.LogActivityDocument,
    "\n  mutation ClaimCustomers($ids: [ID!]!) {\n    claimCustomers(input: { customerIds: $ids }) {\n      id\n      inPool\n      ownerId\n      owner {\n        id\n        displayName\n      }\n    }\n  }\n": types.ClaimCustomersDocument,
    "\n  mutation ReleaseCustomers($ids: [ID!]!) {\n    releaseCustomers(input: { customerIds: $ids }) {\n      id\n      inPool\n      ownerId\n      owner {\n        id\n        displayName\n      }\n    }\n  }\n": types.ReleaseCustomersDocument,
    "\n  mutation AssignCustomers($ids: [ID!]!, $userId: ID!) {\n    assignCustomers(input: { customerIds: $ids }, userId: $userId) {\n      id\n      inPool\n      ownerId\n      owner {\n        id\n        displayName\n      }\n    }\n  }\n": types.AssignCustomersDocument,
    "\n  query DashboardTotals {\n    allUsers: users(first: 1) {\n      totalCount\n    }\n    teams(first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.DashboardTotalsDocument,
    "\n  query DashboardRoles {\n    activeUsers: users(first: 1, filter: { active: true }) {\n      totalCount\n    }\n    admin: users(first: 1, filter: { role: admin, active: true }) {\n      totalCount\n    }\n    manager: users(first: 1, filter: { role: manager, active: true }) {\n      totalCount\n    }\n    sales: users(first: 1, filter: { role: sales, active: true }) {\n      totalCount\n    }\n    merchandiser: users(first: 1, filter: { role: merchandiser, active: true }) {\n      totalCount\n    }\n    logistics: users(first: 1, filter: { role: logistics, active: true }) {\n      totalCount\n    }\n    finance: users(first: 1, filter: { role: finance, active: true }) {\n      totalCount\n    }\n  }\n": types.DashboardRolesDocument,
    "\n  query DashboardTeam($teamId: ID!) {\n    teamMembers: users(first: 1, filter: { teamId: $teamId, active: true }) {\n      totalCount\n    }\n  }\n": types.DashboardTeamDocument,
    "\n  query DashboardApiTokens {\n    apiTokens(first: 100) {\n      totalCount\n      nodes {\n        id\n        revokedAt\n        expiresAt\n      }\n    }\n  }\n": types.DashboardApiTokensDocument,
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
export function graphql(source: "\n  query UserOptions($search: String) {\n    users(first: 50, filter: { active: true, search: $search }) {\n      nodes {\n        id\n        displayName\n        email\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  query UserOptions($search: String) {\n    users(first: 50, filter: { active: true, search: $search }) {\n      nodes {\n        id\n        displayName\n        email\n        role\n      }\n    }\n  }\n"];
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