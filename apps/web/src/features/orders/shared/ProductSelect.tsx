import { useQuery } from '@apollo/client';
import { useTranslation } from 'react-i18next';
import type { ProductOptionFieldsFragment } from '../../../gql/graphql';
import { ServerSearchSelect, useTypedSearch } from '../../../shared/ServerSearchSelect';
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
  const { search, onSearch } = useTypedSearch();
  const { data, previousData, loading } = useQuery(ProductOptionsQuery, { variables: { search } });
  const products = (data ?? previousData)?.productCatalogue.nodes ?? [];
  const options = products.map((product) => ({ value: product.id, label: `${product.sku} · ${product.name}` }));
  return (
    <ServerSearchSelect
      id={id}
      aria-label={ariaLabel}
      allowClear
      disabled={disabled}
      value={value ?? undefined}
      onChange={(next) => {
        onChange?.(next ?? null);
        const product = products.find((candidate) => candidate.id === next);
        if (product) onPicked?.(product);
      }}
      onSearch={onSearch}
      options={options}
      loading={loading}
      initialLabel={initialLabel}
      placeholder={t('orders.lines.pickProduct')}
      notFound={t('orders.lines.noProductFound')}
      popupMatchSelectWidth={false}
      style={{ width: '100%', ...style }}
    />
  );
}
