import { Select, type SelectProps } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface SearchOption {
  value: string;
  label: string;
  title?: string;
}

/** What is typed into a ServerSearchSelect, settled 250 ms after the last key so the server is asked once per pause. */
export function useTypedSearch(): { search: string | undefined; onSearch: (typed: string) => void } {
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  return { search: search || undefined, onSearch: setTyped };
}

type PassedProps = Pick<SelectProps<string>, 'id' | 'aria-label' | 'allowClear' | 'disabled' | 'placeholder' | 'style' | 'popupMatchSelectWidth'>;

interface ServerSearchSelectProps extends PassedProps {
  /** The options the server found for the current search. */
  options: SearchOption[];
  loading: boolean;
  value?: string;
  onChange: (value: string | undefined) => void;
  onSearch: (typed: string) => void;
  /** Shown when the search finds nothing. */
  notFound: string;
  /** Label of a preset value the search has not listed (e.g. the customer the page came from). */
  initialLabel?: string;
}

/**
 * A select whose options a server search supplies (customers, products, colleagues). The chosen
 * option stays labelled when a later search no longer lists it.
 */
export function ServerSearchSelect({ options, loading, value, onChange, onSearch, notFound, initialLabel, ...passed }: ServerSearchSelectProps) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<SearchOption | null>(null);
  const remembered = chosen?.value === value ? chosen : value && initialLabel ? { value, label: initialLabel } : null;
  const shown = remembered && !options.some((option) => option.value === remembered.value) ? [remembered, ...options] : options;
  return (
    <Select<string>
      {...passed}
      showSearch
      value={value}
      onChange={(next) => {
        setChosen(shown.find((option) => option.value === next) ?? null);
        onChange(next);
      }}
      onSearch={onSearch}
      filterOption={false}
      loading={loading}
      notFoundContent={loading ? t('common.loading') : notFound}
      options={shown}
    />
  );
}
