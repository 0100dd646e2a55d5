import { useCallback, useLayoutEffect, useState } from 'react';

/**
 * Fills a drawer's form each time it opens (and again when `refill` is called, e.g. after loading a
 * colleague's newer version), but not when the record changes underneath while it stays open, so a
 * cache update never overwrites what is being typed. Layout effects: the form is filled before the
 * opened drawer is painted, so nobody (a quick user, a browser test) can type into it first.
 */
export function useFillOnOpen(open: boolean, fill: () => void): () => void {
  const [pending, setPending] = useState(false);
  useLayoutEffect(() => {
    if (open) setPending(true);
  }, [open]);
  useLayoutEffect(() => {
    if (!pending) return;
    fill();
    setPending(false);
  }, [pending, fill]);
  return useCallback(() => setPending(true), []);
}
