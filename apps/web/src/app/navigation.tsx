import { ApiOutlined, DashboardOutlined, TeamOutlined } from '@ant-design/icons';
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import type { Role } from '../gql/graphql';
import type { zhCN } from '../i18n/zh-CN';

export type NavigationSection = 'workspace' | 'administration';

export interface NavigationEntry {
  /** URL of the page, also its menu key. "/" is the home page. */
  path: string;
  /** Key under `nav.` in the translations. */
  label: keyof (typeof zhCN)['nav']['items'];
  icon: ReactNode;
  section: NavigationSection;
  /** Roles that see the entry and may open the page; absent means every signed-in user. */
  roles?: readonly Role[];
  page: LazyExoticComponent<ComponentType>;
}

/**
 * Every page of the signed-in app, in menu order. The router and the side menu are both built from
 * this list, so a new feature is one entry here (plus its translations).
 */
export const NAVIGATION: readonly NavigationEntry[] = [
  {
    path: '/',
    label: 'dashboard',
    icon: <DashboardOutlined />,
    section: 'workspace',
    page: lazy(() => import('../features/dashboard/home/DashboardPage').then((m) => ({ default: m.DashboardPage }))),
  },
  {
    path: '/users',
    label: 'users',
    icon: <TeamOutlined />,
    section: 'administration',
    roles: ['admin', 'manager'],
    page: lazy(() => import('../features/users/list/UsersPage').then((m) => ({ default: m.UsersPage }))),
  },
  {
    path: '/api-tokens',
    label: 'apiTokens',
    icon: <ApiOutlined />,
    section: 'administration',
    roles: ['admin'],
    page: lazy(() => import('../features/api-tokens/list/ApiTokensPage').then((m) => ({ default: m.ApiTokensPage }))),
  },
];

export function canOpen(entry: NavigationEntry, role: Role): boolean {
  return !entry.roles || entry.roles.includes(role);
}

/** The entry a URL belongs to (the longest matching path, so /users/42 is still Users). */
export function entryForPath(pathname: string): NavigationEntry | undefined {
  return [...NAVIGATION]
    .sort((a, b) => b.path.length - a.path.length)
    .find((entry) => (entry.path === '/' ? pathname === '/' : pathname === entry.path || pathname.startsWith(`${entry.path}/`)));
}
