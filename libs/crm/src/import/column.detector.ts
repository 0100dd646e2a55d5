import type { ColumnOverrides, CustomerField, DetectedColumns, SkippedColumn } from './customer-import.types';
import { MULTI_COLUMN_FIELDS } from './customer-fields';

/**
 * Header texts recognised per field. Compared case-insensitively, ignoring spaces, underscores and
 * hyphens (and a trailing "*" or ":" marking required columns), so "E-mail", "email" and "E Mail" meet.
 */
export const HEADER_SYNONYMS: Readonly<Record<CustomerField, readonly string[]>> = {
  name: ['company', 'company name', 'customer', 'customer name', 'account', 'account name', '公司', '公司名称', '客户', '客户名称'],
  country: ['country', 'country/region', 'nation', '国家', '国家/地区', '国家地区'],
  contactName: ['contact', 'contact name', 'contact person', '联系人', '联系人姓名'],
  email: ['email', 'e-mail', 'mail', 'email address', '邮箱', '电子邮箱', '电子邮件'],
  phone: ['phone', 'tel', 'telephone', 'mobile', 'whatsapp', '电话', '手机', '联系电话'],
  website: ['website', 'web', 'site', 'url', 'homepage', '网站', '官网', '网址'],
  industry: ['industry', 'sector', '行业'],
  tags: ['tags', 'tag', 'labels', '标签'],
  owner: ['owner', 'owner email', 'sales', 'salesperson', 'sales rep', '负责人', '业务员'],
  notes: ['notes', 'note', 'remark', 'remarks', 'comment', '备注'],
  city: ['city', '城市'],
  address: ['address', '地址'],
};

/** The comparable form of a header cell. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_-]+/g, '')
    .replace(/^[*:]+|[*:]+$/g, '');
}

const FIELD_BY_HEADER = new Map<string, CustomerField>();
for (const [field, synonyms] of Object.entries(HEADER_SYNONYMS) as [CustomerField, readonly string[]][]) {
  for (const synonym of synonyms) FIELD_BY_HEADER.set(normaliseHeader(synonym), field);
}

/** The field a header names, if any. */
export function fieldForHeader(header: string): CustomerField | undefined {
  return FIELD_BY_HEADER.get(normaliseHeader(header));
}

/**
 * Maps columns to fields by their headers, then applies the user's overrides (by column index; null
 * ignores a column). A second column for a single-value field is ignored and reported; e-mail, phone,
 * tags and notes columns combine.
 */
export function detectColumns(headers: readonly string[], overrides: ColumnOverrides = {}): DetectedColumns {
  const mapping: (CustomerField | null)[] = [];
  const unknown: SkippedColumn[] = [];
  const duplicate: (SkippedColumn & { field: CustomerField })[] = [];
  const taken = new Set<CustomerField>();
  headers.forEach((header, index) => {
    const overridden = Object.prototype.hasOwnProperty.call(overrides, index);
    const field = overridden ? overrides[index] : fieldForHeader(header);
    if (!field) {
      mapping.push(null);
      if (!overridden && header.trim() !== '') unknown.push({ index, header });
      return;
    }
    if (taken.has(field) && !MULTI_COLUMN_FIELDS.has(field)) {
      mapping.push(null);
      duplicate.push({ index, header, field });
      return;
    }
    taken.add(field);
    mapping.push(field);
  });
  return { mapping, unknown, duplicate };
}
