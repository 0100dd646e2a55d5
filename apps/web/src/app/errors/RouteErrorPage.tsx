import { isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { ErrorResult } from './ErrorResult';
import { NotFoundPage } from './NotFoundPage';

/** The router's errorElement: a render or loading error in a page, shown in place of that page. */
export function RouteErrorPage({ fullPage = false }: { fullPage?: boolean }) {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  // Also catches a page chunk that a newer release replaced; the reload button fetches the current one.
  return <ErrorResult error={error} fullPage={fullPage} />;
}
