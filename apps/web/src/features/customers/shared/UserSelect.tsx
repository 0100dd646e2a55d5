import { useQuery } from '@apollo/client';
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UserOptionsQuery } from './customer.graphql';

interface UserSelectProps {
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  style?: React.CSSProperties;
  id?: string;
  'aria-label'?: string;
  /** People not to offer (e.g. the user handing over). */
  exclude?: string;
  /** Also offer deactivated accounts (whose work is handed over). */
  includeInactive?: boolean;
}

/** Pick an active colleague, searching the directory on the server as one types. */
export function UserSelect({
  value,
  onChange,
  placeholder,
  allowClear,
  style,
  id,
  exclude,
  includeInactive = false,
  'aria-label': ariaLabel,
}: UserSelectProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const { data, previousData, loading } = useQuery(UserOptionsQuery, {
    variables: { search: search || undefined, active: includeInactive ? undefined : true },
  });
  const users = (data ?? previousData)?.users.nodes ?? [];
  // The chosen person stays labelled when a later search no longer lists them.
  const [chosen, setChosen] = useState<{ value: string; label: string; title: string } | null>(null);
  const options = users
    .filter((user) => user.id !== exclude)
    .map((user) => ({
      value: user.id,
      label: `${user.displayName} · ${t(`roles.${user.role}`)}${user.active ? '' : ` · ${t('users.status.inactive')}`}`,
      title: user.email,
    }));
  if (chosen && chosen.value === value && !options.some((option) => option.value === chosen.value)) options.unshift(chosen);

  return (
    <Select<string>
      id={id}
      aria-label={ariaLabel}
      showSearch
      allowClear={allowClear}
      value={value}
      onChange={(next) => {
        setChosen(options.find((option) => option.value === next) ?? null);
        onChange?.(next);
      }}
      onSearch={setTyped}
      filterOption={false}
      loading={loading}
      placeholder={placeholder ?? t('customers.owner.pick')}
      notFoundContent={loading ? t('common.loading') : t('customers.owner.noneFound')}
      options={options}
      style={{ minWidth: 220, ...style }}
    />
  );
}
