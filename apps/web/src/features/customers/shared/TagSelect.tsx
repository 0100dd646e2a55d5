import { useQuery } from '@apollo/client';
import { Select, Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TagOptionsQuery } from './customer.graphql';

interface TagSelectProps {
  value?: string[];
  onChange?: (value: string[]) => void;
  placeholder?: string;
  /** Tags not to offer (e.g. those a customer has already). */
  exclude?: readonly string[];
  style?: React.CSSProperties;
  id?: string;
  'aria-label'?: string;
  /** Renders the options inside the parent (e.g. a popover, which would take a click outside it for "close"). */
  inline?: boolean;
}

/** Pick tags, listed under their tag groups. */
export function TagSelect({ value, onChange, placeholder, exclude, style, id, inline = false, 'aria-label': ariaLabel }: TagSelectProps) {
  const { t } = useTranslation();
  const { data, loading } = useQuery(TagOptionsQuery);
  const colors = useMemo(() => new Map((data?.tags.nodes ?? []).map((tag) => [tag.id, tag.color])), [data]);
  const options = useMemo(() => {
    const excluded = new Set(exclude ?? []);
    const tags = (data?.tags.nodes ?? []).filter((tag) => !excluded.has(tag.id));
    return (data?.tagGroups.nodes ?? [])
      .map((group) => ({
        label: group.name,
        title: group.name,
        options: tags.filter((tag) => tag.groupId === group.id).map((tag) => ({ value: tag.id, label: tag.name })),
      }))
      .filter((group) => group.options.length > 0);
  }, [data, exclude]);

  return (
    <Select<string[]>
      id={id}
      aria-label={ariaLabel}
      mode="multiple"
      allowClear
      loading={loading}
      value={value}
      onChange={onChange}
      placeholder={placeholder ?? t('customers.tags.pick')}
      options={options}
      optionFilterProp="label"
      style={{ minWidth: 220, ...style }}
      notFoundContent={t('customers.tags.none')}
      getPopupContainer={inline ? (trigger: HTMLElement) => trigger.parentElement ?? document.body : undefined}
      tagRender={({ label, value: tagId, closable, onClose }) => (
        <Tag color={colors.get(String(tagId))} closable={closable} onClose={onClose} style={{ marginInlineEnd: 4 }}>
          {label}
        </Tag>
      )}
    />
  );
}
