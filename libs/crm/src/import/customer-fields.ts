// No imports: the SPA's import wizard imports this file too (apps/web/src/features/customers/import/
// importFields.ts), so the columns it offers and its checks of a mapping are the server's own.

/** The customer fields a spreadsheet column can fill. */
export const CUSTOMER_FIELDS = [
  'name',
  'country',
  'contactName',
  'email',
  'phone',
  'website',
  'industry',
  'tags',
  'owner',
  'notes',
  'city',
  'address',
] as const;
export type CustomerField = (typeof CUSTOMER_FIELDS)[number];

/** Fields several columns may fill together (Phone + Mobile); for the others the first column wins. */
export const MULTI_COLUMN_FIELDS: ReadonlySet<CustomerField> = new Set<CustomerField>(['email', 'phone', 'tags', 'notes']);

/** True when the columns can identify a customer (a company name, e-mail or website column). */
export function hasIdentityColumn(mapping: readonly (CustomerField | null)[]): boolean {
  return mapping.some((field) => field === 'name' || field === 'email' || field === 'website');
}
