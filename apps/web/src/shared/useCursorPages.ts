import { useCallback, useState } from 'react';

/**
 * Page-by-page navigation over a cursor connection: remembers the `after` cursor of every page
 * visited so Previous works without offsets. Reset whenever the filter changes.
 */
export function useCursorPages() {
  const [afters, setAfters] = useState<(string | null)[]>([null]);
  const page = afters.length;
  const after = afters[afters.length - 1];
  const next = useCallback((endCursor: string | null | undefined) => {
    if (endCursor) setAfters((current) => [...current, endCursor]);
  }, []);
  const previous = useCallback(() => setAfters((current) => (current.length > 1 ? current.slice(0, -1) : current)), []);
  const reset = useCallback(() => setAfters([null]), []);
  return { page, after, next, previous, reset };
}
