import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Button, Flex, Layout, Menu, Result, Skeleton, Spin, Typography, theme, type MenuProps } from 'antd';
import { Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { serverProblem, problemText } from '../../shared/serverProblem';
import { NotificationBell } from '../../features/notifications/bell/NotificationBell';
import { applyTimeZone } from '../../shared/userTime';
import { NAVIGATION, NAVIGATION_GROUPS, canOpen, entryForPath, subPageForPath, type NavigationEntry, type NavigationSection } from '../navigation';
import { CurrentUserContext } from '../session/CurrentUser';
import { MeQuery } from '../session/session.graphql';
import { useSignOut } from '../session/useSignOut';
import { Brand } from './Brand';
import { UserMenu } from './UserMenu';

const SECTIONS: readonly NavigationSection[] = ['workspace', 'administration'];

/** The signed-in frame: side menu, header with the user menu, and the current page. */
export function AppLayout() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const location = useLocation();
  const signOut = useSignOut();
  const [collapsed, setCollapsed] = useState(false);
  const { data, error, refetch } = useQuery(MeQuery, { fetchPolicy: 'cache-first' });

  const user = data?.me;
  if (!user) {
    if (error) {
      return (
        <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
          <Result
            status="warning"
            title={t('layout.profileFailed')}
            subTitle={problemText(serverProblem(error), t)}
            extra={[
              <Button key="retry" type="primary" onClick={() => void refetch()}>
                {t('common.retry')}
              </Button>,
              <Button key="logout" onClick={() => void signOut()}>
                {t('userMenu.logout')}
              </Button>,
            ]}
          />
        </Flex>
      );
    }
    return (
      <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
        <Spin size="large" tip={t('common.loading')}>
          <div style={{ width: 160, height: 80 }} />
        </Spin>
      </Flex>
    );
  }

  // Set while rendering, not in an effect: the pages below format times in this same render.
  applyTimeZone(user.timeZone);
  const visible = NAVIGATION.filter((entry) => canOpen(entry, user.role));
  const menuItems = SECTIONS.flatMap((section): NonNullable<MenuProps['items']> => {
    const items = groupedItems(visible.filter((entry) => entry.section === section));
    if (!items.length) return [];
    return section === 'workspace' ? items : [{ type: 'group' as const, key: section, label: collapsed ? null : t(`nav.sections.${section}`), children: items }];
  });
  const current = entryForPath(location.pathname);
  // A record's page is titled as one ("Customer"), not after the list it belongs to.
  const sub = subPageForPath(location.pathname);

  // Entries of one group become a sub-menu at the place of the group's first entry.
  function groupedItems(entries: NavigationEntry[]): NonNullable<MenuProps['items']> {
    const items: NonNullable<MenuProps['items']> = [];
    const subMenus = new Map<string, { key: string; icon: ReactNode; label: string; children: { key: string; icon: ReactNode; label: string }[] }>();
    for (const entry of entries) {
      const item = { key: entry.path, icon: entry.icon, label: t(`nav.items.${entry.label}`) };
      if (!entry.group) {
        items.push(item);
        continue;
      }
      let subMenu = subMenus.get(entry.group);
      if (!subMenu) {
        subMenu = { key: `group:${entry.group}`, icon: NAVIGATION_GROUPS[entry.group].icon, label: t(`nav.groups.${entry.group}`), children: [] };
        subMenus.set(entry.group, subMenu);
        items.push(subMenu);
      }
      subMenu.children.push(item);
    }
    return items;
  }

  return (
    <CurrentUserContext.Provider value={user}>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} trigger={null} breakpoint="lg" width={224} style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}>
          <Brand collapsed={collapsed} />
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={current ? [current.path] : []}
            defaultOpenKeys={current?.group ? [`group:${current.group}`] : []}
            items={menuItems}
            onClick={({ key }) => void navigate(key)}
          />
        </Layout.Sider>
        <Layout>
          <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 12, borderBottom: `1px solid ${token.colorBorderSecondary}`, position: 'sticky', top: 0, zIndex: 10 }}>
            <Button
              type="text"
              aria-label={collapsed ? t('layout.expandMenu') : t('layout.collapseMenu')}
              icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
              onClick={() => setCollapsed(!collapsed)}
            />
            <Typography.Title level={5} style={{ margin: 0, flex: 1 }}>
              {sub?.label ? t(`nav.pages.${sub.label}`) : current ? t(`nav.items.${current.label}`) : null}
            </Typography.Title>
            <NotificationBell />
            <UserMenu user={user} />
          </Layout.Header>
          <Layout.Content style={{ padding: 24 }}>
            <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} />}>
              {/* Keyed by the time zone: a page that does not read the user re-renders its times when it changes. */}
              <Outlet key={user.timeZone} />
            </Suspense>
          </Layout.Content>
          <Layout.Footer style={{ textAlign: 'center', color: token.colorTextTertiary, paddingTop: 0 }}>{t('layout.footer', { year: new Date().getFullYear() })}</Layout.Footer>
        </Layout>
      </Layout>
    </CurrentUserContext.Provider>
  );
}
