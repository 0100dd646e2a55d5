import { TestApi } from '../../../test/harness/test-app';

export const CREATE_CUSTOMER = `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id name ownerId version country } }`;

export interface CustomerRef {
  id: string;
  name: string;
  ownerId: string | null;
  version: number;
}

let counter = 0;

/** Creates a customer over GraphQL as the token's user; fields default to a unique, valid company. */
export async function createCustomer(api: TestApi, token: string, input: Record<string, unknown> = {}): Promise<CustomerRef> {
  counter++;
  const data = await api.ok<{ createCustomer: CustomerRef }>(CREATE_CUSTOMER, { input: { name: `Test Company ${counter} GmbH`, country: 'DE', ...input } }, token);
  return data.createCustomer;
}

export async function createTag(api: TestApi, token: string, group: string, name: string): Promise<string> {
  const existing = await api.ok<{ tagGroups: { nodes: { id: string; name: string }[] } }>('{ tagGroups(first: 100) { nodes { id name } } }', {}, token);
  let groupId = existing.tagGroups.nodes.find((g) => g.name === group)?.id;
  if (!groupId) {
    groupId = (await api.ok<{ createTagGroup: { id: string } }>('mutation($i: CreateTagGroupInput!) { createTagGroup(input: $i) { id } }', { i: { name: group, kind: 'custom' } }, token)).createTagGroup.id;
  }
  return (await api.ok<{ createTag: { id: string } }>('mutation($i: CreateTagInput!) { createTag(input: $i) { id } }', { i: { groupId, name } }, token)).createTag.id;
}

export function codeOf(result: { errors?: { extensions?: { code?: string } }[] }): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

/**
 * Customers whose tag_ids (the tag filter's GIN-indexed copy, kept by triggers) differ from their
 * customer_tag rows. Whatever wrote the tags, this must be empty.
 */
export async function customersWithStaleTagIds(api: TestApi): Promise<string[]> {
  const rows: { id: string }[] = await api.dataSource.query(
    'SELECT c.id FROM customer c WHERE c.tag_ids IS DISTINCT FROM ARRAY(SELECT ct.tag_id FROM customer_tag ct WHERE ct.customer_id = c.id ORDER BY ct.tag_id)',
  );
  return rows.map((r) => r.id);
}
