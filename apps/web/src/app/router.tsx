import type { ComponentType, ReactNode } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { LoginPage } from '../features/auth/login/LoginPage';
import { ForbiddenPage } from './errors/ForbiddenPage';
import { NotFoundPage } from './errors/NotFoundPage';
import { RouteErrorPage } from './errors/RouteErrorPage';
import { AppLayout } from './layout/AppLayout';
import { NAVIGATION, canOpen, type NavigationEntry } from './navigation';
import { useCurrentUser } from './session/CurrentUser';
import { RequireSession } from './session/RequireSession';

function RequireRole({ entry, children }: { entry: NavigationEntry; children: ReactNode }) {
  const user = useCurrentUser();
  return canOpen(entry, user.role) ? children : <ForbiddenPage />;
}

function pageRoutes(entry: NavigationEntry): RouteObject[] {
  const route = (path: string, Page: ComponentType): RouteObject => {
    const element = (
      <RequireRole entry={entry}>
        <Page />
      </RequireRole>
    );
    return path === '/'
      ? { index: true, element, errorElement: <RouteErrorPage /> }
      : { path: path.slice(1), element, errorElement: <RouteErrorPage /> };
  };
  return [route(entry.path, entry.page), ...(entry.subPages ?? []).map((sub) => route(sub.path, sub.page))];
}

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage />, errorElement: <RouteErrorPage fullPage /> },
  {
    path: '/',
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    errorElement: <RouteErrorPage fullPage />,
    children: [...NAVIGATION.flatMap(pageRoutes), { path: '*', element: <NotFoundPage /> }],
  },
]);
