import {
  ApiOutlined,
  AppstoreOutlined,
  CalendarOutlined,
  CloudUploadOutlined,
  ContactsOutlined,
  ContainerOutlined,
  DashboardOutlined,
  FileTextOutlined,
  InboxOutlined,
  MergeCellsOutlined,
  OrderedListOutlined,
  ProjectOutlined,
  SettingOutlined,
  ShoppingCartOutlined,
  TeamOutlined,
  TruckOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import type { Role } from '../gql/graphql';
import type { zhCN } from '../i18n/zh-CN';
import { ORDER_IMPORT_ROLES, ORDER_WRITERS } from '../shared/roles';
import { matchPath } from 'react-router-dom';

export type NavigationSection = 'workspace' | 'administration';

/** A sub-menu; its entries sit next to each other in NAVIGATION. */
export type NavigationGroup = 'customers' | 'orders' | 'logistics';

export const NAVIGATION_GROUPS: Record<NavigationGroup, { icon: ReactNode }> = {
  customers: { icon: <ContactsOutlined /> },
  orders: { icon: <ShoppingCartOutlined /> },
  logistics: { icon: <TruckOutlined /> },
};

const CRM_WRITERS: readonly Role[] = ['admin', 'manager', 'sales'];

type Page = LazyExoticComponent<ComponentType>;

export interface NavigationEntry {
  /** URL of the page, also its menu key. "/" is the home page. */
  path: string;
  /** Key under `nav.` in the translations. */
  label: keyof (typeof zhCN)['nav']['items'];
  icon: ReactNode;
  section: NavigationSection;
  /** The sub-menu the entry belongs to, if any. */
  group?: NavigationGroup;
  /** Roles that see the entry and may open the page; absent means every signed-in user. */
  roles?: readonly Role[];
  page: Page;
  /**
   * Pages below this one (a record, a report) that share its role limits and its menu item; `label`, a
   * key under `nav.pages.`, titles them (else the entry's title does).
   */
  subPages?: readonly { path: string; label?: keyof (typeof zhCN)['nav']['pages']; page: Page }[];
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
    path: '/customers',
    label: 'customers',
    icon: <UnorderedListOutlined />,
    section: 'workspace',
    group: 'customers',
    page: lazy(() => import('../features/customers/list/CustomersPage').then((m) => ({ default: m.CustomersPage }))),
    subPages: [
      {
        path: '/customers/:id',
        label: 'customer',
        page: lazy(() => import('../features/customers/detail/Customer360Page').then((m) => ({ default: m.Customer360Page }))),
      },
    ],
  },
  {
    path: '/customers/pool',
    label: 'customerPool',
    icon: <InboxOutlined />,
    section: 'workspace',
    group: 'customers',
    page: lazy(() => import('../features/customers/pool/PoolPage').then((m) => ({ default: m.PoolPage }))),
  },
  {
    path: '/customers/duplicates',
    label: 'duplicates',
    icon: <MergeCellsOutlined />,
    section: 'workspace',
    group: 'customers',
    roles: CRM_WRITERS,
    page: lazy(() => import('../features/customers/duplicates/DuplicatesPage').then((m) => ({ default: m.DuplicatesPage }))),
  },
  {
    path: '/customers/import',
    label: 'customerImport',
    icon: <CloudUploadOutlined />,
    section: 'workspace',
    group: 'customers',
    roles: CRM_WRITERS,
    page: lazy(() => import('../features/customers/import/ImportPage').then((m) => ({ default: m.ImportPage }))),
    subPages: [
      {
        path: '/customers/import/:importId',
        label: 'customerImport',
        page: lazy(() => import('../features/customers/import/ImportPage').then((m) => ({ default: m.ImportPage }))),
      },
    ],
  },
  {
    path: '/follow-ups',
    label: 'followUps',
    icon: <CalendarOutlined />,
    section: 'workspace',
    page: lazy(() => import('../features/follow-ups/calendar/FollowUpsPage').then((m) => ({ default: m.FollowUpsPage }))),
  },
  {
    path: '/orders/board',
    label: 'orderBoard',
    icon: <ProjectOutlined />,
    section: 'workspace',
    group: 'orders',
    page: lazy(() => import('../features/orders/board/OrderBoardPage').then((m) => ({ default: m.OrderBoardPage }))),
  },
  {
    path: '/orders',
    label: 'orders',
    icon: <OrderedListOutlined />,
    section: 'workspace',
    group: 'orders',
    page: lazy(() => import('../features/orders/list/OrdersPage').then((m) => ({ default: m.OrdersPage }))),
    subPages: [
      {
        path: '/orders/:id',
        label: 'order',
        page: lazy(() => import('../features/orders/detail/OrderPage').then((m) => ({ default: m.OrderPage }))),
      },
    ],
  },
  {
    path: '/quotations',
    label: 'quotations',
    icon: <FileTextOutlined />,
    section: 'workspace',
    group: 'orders',
    roles: ORDER_WRITERS,
    page: lazy(() => import('../features/orders/quotations/QuotationsPage').then((m) => ({ default: m.QuotationsPage }))),
    subPages: [
      {
        path: '/quotations/new',
        page: lazy(() => import('../features/orders/quotations/QuotationNewPage').then((m) => ({ default: m.QuotationNewPage }))),
      },
      {
        path: '/quotations/:id',
        label: 'quotation',
        page: lazy(() => import('../features/orders/quotations/QuotationPage').then((m) => ({ default: m.QuotationPage }))),
      },
    ],
  },
  {
    path: '/products',
    label: 'products',
    icon: <AppstoreOutlined />,
    section: 'workspace',
    group: 'orders',
    page: lazy(() => import('../features/orders/products/ProductsPage').then((m) => ({ default: m.ProductsPage }))),
  },
  {
    path: '/orders/import',
    label: 'orderImport',
    icon: <CloudUploadOutlined />,
    section: 'workspace',
    group: 'orders',
    roles: ORDER_IMPORT_ROLES,
    page: lazy(() => import('../features/orders/import/OrderImportPage').then((m) => ({ default: m.OrderImportPage }))),
  },
  {
    path: '/shipments',
    label: 'shipments',
    icon: <ContainerOutlined />,
    section: 'workspace',
    group: 'logistics',
    page: lazy(() => import('../features/logistics/list/ShipmentsPage').then((m) => ({ default: m.ShipmentsPage }))),
    subPages: [
      {
        path: '/shipments/:id',
        label: 'shipment',
        page: lazy(() => import('../features/logistics/detail/ShipmentPage').then((m) => ({ default: m.ShipmentPage }))),
      },
    ],
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
  {
    path: '/settings/documents',
    label: 'documentSettings',
    icon: <SettingOutlined />,
    section: 'administration',
    roles: ['admin'],
    page: lazy(() => import('../features/settings/documents/DocumentSettingsPage').then((m) => ({ default: m.DocumentSettingsPage }))),
  },
  {
    path: '/settings/crm',
    label: 'crmSettings',
    icon: <SettingOutlined />,
    section: 'administration',
    roles: ['admin'],
    page: lazy(() => import('../features/settings/crm/CrmSettingsPage').then((m) => ({ default: m.CrmSettingsPage }))),
  },
];

export function canOpen(entry: NavigationEntry, role: Role): boolean {
  return !entry.roles || entry.roles.includes(role);
}

/** The sub-page (a record's page) of the entry at this address, if it is one ("/customers/pool" is an entry of its own). */
export function subPageForPath(pathname: string): NonNullable<NavigationEntry['subPages']>[number] | undefined {
  return entryForPath(pathname)?.subPages?.find((sub) => matchPath(sub.path, pathname));
}

/** The entry a URL belongs to (the longest matching path, so /users/42 is still Users). */
export function entryForPath(pathname: string): NavigationEntry | undefined {
  return [...NAVIGATION]
    .sort((a, b) => b.path.length - a.path.length)
    .find((entry) => (entry.path === '/' ? pathname === '/' : pathname === entry.path || pathname.startsWith(`${entry.path}/`)));
}
