import { ClearOutlined } from '@ant-design/icons';
import { Button, Checkbox, DatePicker, Input, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countryOptions } from '../../customers/shared/countries';
import { UserSelect } from '../../customers/shared/UserSelect';
import { CustomerSelect } from './CustomerSelect';
import { ORDER_STAGES, type OrderStage } from './labels';
import { EMPTY_ORDER_FILTER, type OrderFilterState } from './orderFilter';

interface OrderFilterBarProps {
  value: OrderFilterState;
  onChange: (next: OrderFilterState) => void;
  /** The list also filters by text, stage and closed orders; the board has a column per stage. */
  list?: boolean;
}

/** Owner, customer, country, delivery month and at-risk filters of the board and the list. */
export function OrderFilterBar({ value, onChange, list }: OrderFilterBarProps) {
  const { t } = useTranslation();
  const countries = useMemo(() => countryOptions(), []);
  const [typed, setTyped] = useState(value.search);
  useEffect(() => setTyped(value.search), [value.search]);
  const set =
    <K extends keyof OrderFilterState>(key: K) =>
    (next: OrderFilterState[K]) =>
      onChange({ ...value, [key]: next });
  const filtered = JSON.stringify(value) !== JSON.stringify(EMPTY_ORDER_FILTER);

  return (
    <Space wrap data-testid="order-filters">
      {list && (
        <Input.Search
          allowClear
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          onSearch={(search) => set('search')(search.trim())}
          placeholder={t('orders.filters.search')}
          aria-label={t('orders.filters.search')}
          style={{ width: 240 }}
        />
      )}
      <UserSelect
        allowClear
        value={value.ownerId}
        onChange={set('ownerId')}
        placeholder={t('orders.filters.owner')}
        aria-label={t('orders.filters.owner')}
        style={{ width: 180 }}
      />
      <CustomerSelect
        allowClear
        value={value.customerId}
        onChange={set('customerId')}
        placeholder={t('orders.filters.customer')}
        aria-label={t('orders.filters.customer')}
        style={{ width: 220 }}
      />
      <Select<string>
        allowClear
        showSearch
        optionFilterProp="label"
        value={value.country}
        onChange={set('country')}
        options={countries}
        placeholder={t('orders.filters.country')}
        aria-label={t('orders.filters.country')}
        style={{ width: 170 }}
      />
      <DatePicker
        picker="month"
        value={value.deliveryMonth ? dayjs(`${value.deliveryMonth}-01`) : null}
        onChange={(month) => set('deliveryMonth')(month ? month.format('YYYY-MM') : undefined)}
        placeholder={t('orders.filters.deliveryMonth')}
        aria-label={t('orders.filters.deliveryMonth')}
        // Wide enough for "Delivery month" (antd's default width cut it off).
        style={{ width: 160 }}
      />
      {list && (
        <Select<OrderStage[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          value={value.stages}
          onChange={set('stages')}
          options={ORDER_STAGES.map((stage) => ({ value: stage, label: t(`orders.stages.${stage}`) }))}
          placeholder={t('orders.filters.stages')}
          aria-label={t('orders.filters.stages')}
          style={{ minWidth: 170 }}
        />
      )}
      <Checkbox checked={value.atRisk} onChange={(event) => set('atRisk')(event.target.checked)}>
        {t('orders.filters.atRisk')}
      </Checkbox>
      {list && (
        <Checkbox checked={!value.activeOnly} onChange={(event) => set('activeOnly')(!event.target.checked)}>
          {t('orders.filters.includeClosed')}
        </Checkbox>
      )}
      {filtered && (
        <Button type="link" icon={<ClearOutlined />} onClick={() => onChange(EMPTY_ORDER_FILTER)}>
          {t('orders.filters.reset')}
        </Button>
      )}
    </Space>
  );
}
