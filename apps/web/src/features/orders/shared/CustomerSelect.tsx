import { useQuery } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import { ServerSearchSelect, useTypedSearch } from '../../../shared/ServerSearchSelect';
import { CustomerOptionsQuery } from './orders.graphql';

interface CustomerSelectProps {
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  style?: React.CSSProperties;
  id?: string;
  'aria-label'?: string;
  /** Label for a preset value the search has not listed (e.g. the customer the page came from). */
  initialLabel?: string;
}

/** Pick a customer you may see, searching names, e-mails and websites on the server as one types. */
export function CustomerSelect({
  value,
  onChange,
  placeholder,
  allowClear,
  disabled,
  style,
  id,
  initialLabel,
  'aria-label': ariaLabel,
}: CustomerSelectProps) {
  const { t } = useTranslation();
  const { search, onSearch } = useTypedSearch();
  const { data, previousData, loading } = useQuery(CustomerOptionsQuery, { variables: { search } });
  const customers = (data ?? previousData)?.customers.nodes ?? [];
  const options = customers.map((customer) => ({
    value: customer.id,
    label: [customer.name, customer.localName, customer.country].filter(Boolean).join(' · '),
  }));
  return (
    <ServerSearchSelect
      id={id}
      aria-label={ariaLabel}
      allowClear={allowClear}
      disabled={disabled}
      value={value}
      onChange={(next) => onChange?.(next)}
      onSearch={onSearch}
      options={options}
      loading={loading}
      initialLabel={initialLabel}
      placeholder={placeholder ?? t('orders.pickCustomer')}
      notFound={t('orders.noCustomerFound')}
      style={{ minWidth: 220, ...style }}
    />
  );
}
