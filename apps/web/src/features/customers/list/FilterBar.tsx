import { ClearOutlined } from '@ant-design/icons';
import { Button, Input, Segmented, Select, Space, Tooltip } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerGrade, CustomerStage } from '../../../gql/graphql';
import { countryOptions } from '../shared/countries';
import { GRADES, STAGES } from '../shared/labels';
import { TagSelect } from '../shared/TagSelect';
import { EMPTY_FILTER, type ListFilterState, type QuickFilter, type TagMode } from './listFilter';

interface FilterBarProps {
  value: ListFilterState;
  onChange: (next: ListFilterState) => void;
  /** The pool page fixes the quick filter. */
  showQuick: boolean;
}

function setter(value: ListFilterState, onChange: (next: ListFilterState) => void) {
  return <K extends keyof ListFilterState>(key: K) =>
    (next: ListFilterState[K]) =>
      onChange({ ...value, [key]: next });
}

/** The search box and the quick filters (all, mine, pool). */
export function SearchBar({ value, onChange, showQuick }: FilterBarProps) {
  const { t } = useTranslation();
  // Typed text is applied on Enter; a saved view or a reset replaces it.
  const [typed, setTyped] = useState(value.search);
  useEffect(() => setTyped(value.search), [value.search]);
  const set = setter(value, onChange);

  return (
    <Space wrap>
      <Input.Search
        allowClear
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        placeholder={t('customers.filters.searchPlaceholder')}
        aria-label={t('customers.filters.searchPlaceholder')}
        onSearch={(search) => set('search')(search.trim())}
        style={{ width: 280 }}
      />
      {showQuick && (
        <Segmented<QuickFilter>
          value={value.quick}
          onChange={set('quick')}
          options={[
            { value: 'all', label: t('customers.filters.all') },
            { value: 'mine', label: t('customers.filters.mine') },
            { value: 'pool', label: t('customers.filters.pool') },
          ]}
        />
      )}
    </Space>
  );
}

/** Tags (grouped, AND/OR), stage, grade and country. */
export function FilterBar({ value, onChange, showQuick }: FilterBarProps) {
  const { t } = useTranslation();
  const countries = useMemo(() => countryOptions(), []);
  const set = setter(value, onChange);
  const filtered = JSON.stringify({ ...value, quick: showQuick ? value.quick : 'all' }) !== JSON.stringify(EMPTY_FILTER);

  return (
    <Space wrap>
      <TagSelect
        value={value.tagIds}
        onChange={set('tagIds')}
        placeholder={t('customers.filters.tags')}
        aria-label={t('customers.filters.tags')}
        style={{ minWidth: 260 }}
      />
      <Tooltip title={t('customers.filters.tagModeHint')}>
        <Segmented<TagMode>
          aria-label={t('customers.filters.tagMode')}
          value={value.tagMode}
          onChange={set('tagMode')}
          options={[
            { value: 'AND', label: t('customers.filters.tagModeAnd') },
            { value: 'OR', label: t('customers.filters.tagModeOr') },
          ]}
        />
      </Tooltip>
      <MultiSelectFilter<CustomerStage>
        label={t('customers.filters.stages')}
        value={value.stages}
        onChange={set('stages')}
        options={STAGES.map((stage) => ({ value: stage, label: t(`customers.stages.${stage}`) }))}
        minWidth={150}
      />
      <MultiSelectFilter<CustomerGrade>
        label={t('customers.filters.grades')}
        value={value.grades}
        onChange={set('grades')}
        options={GRADES.map((grade) => ({ value: grade, label: t(`customers.grades.${grade}`) }))}
        minWidth={150}
      />
      <MultiSelectFilter<string>
        label={t('customers.filters.countries')}
        value={value.countries}
        onChange={set('countries')}
        options={countries}
        minWidth={180}
      />
      {filtered && (
        <Button type="link" icon={<ClearOutlined />} onClick={() => onChange({ ...EMPTY_FILTER, quick: showQuick ? 'all' : value.quick })}>
          {t('customers.filters.reset')}
        </Button>
      )}
    </Space>
  );
}

interface MultiSelectFilterProps<T extends string> {
  /** Shown as the placeholder and read out as the control's name. */
  label: string;
  value: T[];
  onChange: (next: T[]) => void;
  options: { value: T; label: string }[];
  minWidth: number;
}

/** Any number of values of one field; typing searches the labels the user sees, not the values. */
function MultiSelectFilter<T extends string>({ label, value, onChange, options, minWidth }: MultiSelectFilterProps<T>) {
  return (
    <Select<T[]>
      mode="multiple"
      allowClear
      maxTagCount="responsive"
      aria-label={label}
      placeholder={label}
      value={value}
      onChange={onChange}
      options={options}
      optionFilterProp="label"
      style={{ minWidth }}
    />
  );
}
