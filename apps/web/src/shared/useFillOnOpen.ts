import { useCallback, useEffect, useState } from 'react';

/**
 * Fills a drawer's form each time it opens (and again when `refill` is called, e.g. after loading a
 * colleague's newer version), but not when the record changes underneath while it stays open, so a
 * cache update never overwrites what is being typed.
 */
export function useFillOnOpen(open: boolean, fill: () => void): () => void {
  const [pending, setPending] = useState(false);
  useEffect(() => {
    if (open) setPending(true);
  }, [open]);
  useEffect(() => {
    if (!pending) return;
    fill();
    setPending(false);
  }, [pending, fill]);
  return useCallback(() => setPending(true), []);
}
