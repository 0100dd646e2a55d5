import { useQuery } from '@apollo/client';
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const { data, previousData, loading } = useQuery(CustomerOptionsQuery, { variables: { search: search || undefined } });
  const customers = (data ?? previousData)?.customers.nodes ?? [];
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const options = customers.map((customer) => ({
    value: customer.id,
    label: [customer.name, customer.localName, customer.country].filter(Boolean).join(' · '),
  }));
  const remembered = chosen?.value === value ? chosen : value && initialLabel ? { value, label: initialLabel } : null;
  if (remembered && !options.some((option) => option.value === remembered.value)) options.unshift(remembered);

  return (
    <Select<string>
      id={id}
      aria-label={ariaLabel}
      showSearch
      allowClear={allowClear}
      disabled={disabled}
      value={value}
      onChange={(next) => {
        setChosen(options.find((option) => option.value === next) ?? null);
        onChange?.(next);
      }}
      onSearch={setTyped}
      filterOption={false}
      loading={loading}
      placeholder={placeholder ?? t('orders.pickCustomer')}
      notFoundContent={loading ? t('common.loading') : t('orders.noCustomerFound')}
      options={options}
      style={{ minWidth: 220, ...style }}
    />
  );
}
