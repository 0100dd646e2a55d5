import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../gql/graphql';

export const ROLES: readonly Role[] = ['admin', 'manager', 'sales', 'merchandiser', 'logistics', 'finance'];

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
