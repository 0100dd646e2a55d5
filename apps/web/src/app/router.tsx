import type { ReactNode } from 'react';
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

function pageRoute(entry: NavigationEntry): RouteObject {
  const element = (
    <RequireRole entry={entry}>
      <entry.page />
    </RequireRole>
  );
  return entry.path === '/' ? { index: true, element, errorElement: <RouteErrorPage /> } : { path: entry.path.slice(1), element, errorElement: <RouteErrorPage /> };
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
    children: [...NAVIGATION.map(pageRoute), { path: '*', element: <NotFoundPage /> }],
  },
]);
