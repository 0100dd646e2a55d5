import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../gql/graphql';

export const ROLES: readonly Role[] = ['admin', 'manager', 'sales', 'merchandiser', 'logistics', 'finance'];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

const ROLE_COLORS: Record<Role, string> = {
  admin: 'red',
  manager: 'gold',
  sales: 'blue',
  merchandiser: 'purple',
  logistics: 'cyan',
  finance: 'green',
};

export function RoleTag({ role }: { role: Role }) {
  const { t } = useTranslation();
  return <Tag color={ROLE_COLORS[role]}>{t(`roles.${role}`)}</Tag>;
}

// Who may do what in orders and logistics, as the API's guards say (the server still decides).
/** Create and edit orders, quotations and their lines. */
export const ORDER_WRITERS: readonly Role[] = ['admin', 'manager', 'sales', 'merchandiser'];
/** Record money received. */
export const RECEIPT_ROLES: readonly Role[] = ['admin', 'finance'];
/** Plan production, record milestones and delays, order from suppliers. */
export const PRODUCTION_ROLES: readonly Role[] = ['admin', 'manager', 'merchandiser'];
/** Keep the catalogue and the suppliers. */
export const PRODUCT_WRITERS: readonly Role[] = ['admin', 'manager', 'merchandiser'];
/** Book and document shipments. */
export const LOGISTICS_ROLES: readonly Role[] = ['admin', 'manager', 'logistics', 'merchandiser'];
/** Import past orders from a spreadsheet. */
export const ORDER_IMPORT_ROLES: readonly Role[] = ['admin', 'manager', 'sales'];

export function hasRole(user: { role: Role }, roles: readonly Role[]): boolean {
  return roles.includes(user.role);
}
