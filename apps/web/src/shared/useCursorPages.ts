import { useCallback, useState } from 'react';

/** Paging state of one cursor-paginated list, as useCursorPages keeps it. */
export interface CursorPages {
  /** 1-based number of the page shown. */
  page: number;
  /** The `after` argument for the page shown (null on the first). */
  after: string | null;
  pageSize: number;
  /** Changes the page size and goes back to the first page. */
  setPageSize: (size: number) => void;
  next: (endCursor: string | null | undefined) => void;
  previous: () => void;
  /** Back to the first page: call it whenever the filter changes. */
  reset: () => void;
}

/**
 * Page-by-page navigation over a cursor connection: remembers the `after` cursor of every page
 * visited so Previous works without offsets, and the page size.
 */
export function useCursorPages(initialPageSize = 20): CursorPages {
  const [afters, setAfters] = useState<(string | null)[]>([null]);
  const [pageSize, setSize] = useState(initialPageSize);
  const page = afters.length;
  const after = afters[afters.length - 1];
  const next = useCallback((endCursor: string | null | undefined) => {
    if (endCursor) setAfters((current) => [...current, endCursor]);
  }, []);
  const previous = useCallback(() => setAfters((current) => (current.length > 1 ? current.slice(0, -1) : current)), []);
  const reset = useCallback(() => setAfters([null]), []);
  const setPageSize = useCallback((size: number) => {
    setSize(size);
    setAfters([null]);
  }, []);
  return { page, after, pageSize, setPageSize, next, previous, reset };
}
