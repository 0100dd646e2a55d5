import { useQuery } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { ServerSearchSelect, useTypedSearch } from '../../../shared/ServerSearchSelect';
import { UserOptionsQuery } from './customer.graphql';
import { userOption } from './userOption';

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
  /** Name of the preset colleague, shown until a search lists them. */
  initialLabel?: string;
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
  initialLabel,
  'aria-label': ariaLabel,
}: UserSelectProps) {
  const { t } = useTranslation();
  const { search, onSearch } = useTypedSearch();
  const { data, previousData, loading } = useQuery(UserOptionsQuery, {
    variables: { search, active: includeInactive ? undefined : true },
  });
  const users = (data ?? previousData)?.users.nodes ?? [];
  const options = users.filter((user) => user.id !== exclude).map((user) => userOption(user, t));
  return (
    <ServerSearchSelect
      id={id}
      aria-label={ariaLabel}
      allowClear={allowClear}
      value={value}
      onChange={(next) => onChange?.(next)}
      onSearch={onSearch}
      options={options}
      loading={loading}
      placeholder={placeholder ?? t('customers.owner.pick')}
      notFound={t('customers.owner.noneFound')}
      initialLabel={initialLabel}
      style={{ minWidth: 220, ...style }}
    />
  );
}
