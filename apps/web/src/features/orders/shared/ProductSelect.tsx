import { useQuery } from '@apollo/client';
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductOptionFieldsFragment } from '../../../gql/graphql';
import { ProductOptionsQuery } from './orders.graphql';

interface ProductSelectProps {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** The whole product, for filling a line from it. */
  onPicked?: (product: ProductOptionFieldsFragment) => void;
  /** Label of a preset value the search has not listed. */
  initialLabel?: string;
  disabled?: boolean;
  style?: React.CSSProperties;
  id?: string;
  'aria-label'?: string;
}

/** Pick an active catalogue product by SKU or name, searched on the server. */
export function ProductSelect({
  value,
  onChange,
  onPicked,
  initialLabel,
  disabled,
  style,
  id,
  'aria-label': ariaLabel,
}: ProductSelectProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const { data, previousData, loading } = useQuery(ProductOptionsQuery, { variables: { search: search || undefined } });
  const products = (data ?? previousData)?.productCatalogue.nodes ?? [];
  const [chosen, setChosen] = useState<{ value: string; label: string } | null>(null);
  const options = products.map((product) => ({ value: product.id, label: `${product.sku} · ${product.name}` }));
  const remembered = chosen?.value === value ? chosen : value && initialLabel ? { value, label: initialLabel } : null;
  if (remembered && !options.some((option) => option.value === remembered.value)) options.unshift(remembered);

  return (
    <Select<string>
      id={id}
      aria-label={ariaLabel}
      showSearch
      allowClear
      disabled={disabled}
      value={value ?? undefined}
      onChange={(next) => {
        const product = products.find((candidate) => candidate.id === next);
        setChosen(options.find((option) => option.value === next) ?? null);
        onChange?.(next ?? null);
        if (product) onPicked?.(product);
      }}
      onSearch={setTyped}
      filterOption={false}
      loading={loading}
      placeholder={t('orders.lines.pickProduct')}
      notFoundContent={loading ? t('common.loading') : t('orders.lines.noProductFound')}
      options={options}
      popupMatchSelectWidth={false}
      style={{ width: '100%', ...style }}
    />
  );
}
