import type { FormInstance } from 'antd';
import { useCallback, useEffect, useState } from 'react';

/**
 * Fills a record page's form from the stored record when it loads and whenever another version of it
 * arrives (the user's own save, or a colleague's change refetched), but not on other renders, so what
 * the user is typing is never overwritten by a cache update of the same version. Returns a function
 * that fills the form from the stored record again (a "reload" after a conflict).
 */
export function useFormShowsStoredVersion<R extends { id: string; version: number }, V>(
  form: FormInstance<V>,
  record: R | null | undefined,
  valuesOf: (record: R) => V,
): () => void {
  const [shownKey, setShownKey] = useState<string | null>(null);
  const loadedKey = record ? `${record.id}:${record.version}` : null;
  useEffect(() => {
    if (!record || loadedKey === shownKey) return;
    form.setFieldsValue(valuesOf(record) as Parameters<FormInstance<V>['setFieldsValue']>[0]);
    setShownKey(loadedKey);
  }, [record, loadedKey, shownKey, form, valuesOf]);
  return useCallback(() => setShownKey(null), []);
}
