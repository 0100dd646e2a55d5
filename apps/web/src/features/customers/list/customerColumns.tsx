import { Space, Tooltip, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { Link } from 'react-router-dom';
import type { CustomerRowFieldsFragment, CustomerSortField } from '../../../gql/graphql';
import { formatInstant } from '../../../shared/userTime';
import { countryName } from '../shared/countries';
import { CustomerTagChip, GradeTag, StageTag } from '../shared/labels';

export type ColumnKey =
  'country' | 'stage' | 'grade' | 'owner' | 'tags' | 'contacts' | 'industry' | 'city' | 'website' | 'lastActivityAt' | 'createdAt';

export const COLUMN_KEYS: readonly ColumnKey[] = [
  'country',
  'stage',
  'grade',
  'owner',
  'tags',
  'contacts',
  'industry',
  'city',
  'website',
  'lastActivityAt',
  'createdAt',
];
export const DEFAULT_COLUMNS: readonly ColumnKey[] = ['country', 'stage', 'grade', 'owner', 'tags', 'lastActivityAt'];

export function isColumnKey(value: string): value is ColumnKey {
  return (COLUMN_KEYS as readonly string[]).includes(value);
}

export interface SortState {
  field: CustomerSortField;
  direction: 'ASC' | 'DESC';
}

function When({ at, empty }: { at: string | null | undefined; empty: string }) {
  if (!at) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  return <Tooltip title={formatInstant(at)}>{dayjs(at).fromNow()}</Tooltip>;
}

/** The list's columns: the name always, the others as the user chose. */
export function customerColumns(t: TFunction, visible: readonly ColumnKey[], sort: SortState): TableColumnsType<CustomerRowFieldsFragment> {
  const order = (field: CustomerSortField) =>
    sort.field === field ? (sort.direction === 'ASC' ? ('ascend' as const) : ('descend' as const)) : null;
  const all: Record<ColumnKey, TableColumnsType<CustomerRowFieldsFragment>[number]> = {
    country: {
      title: t('customers.fields.country'),
      key: 'country',
      width: 150,
      render: (_, c) => (c.country ? <Tooltip title={c.country}>{countryName(c.country)}</Tooltip> : '—'),
    },
    stage: { title: t('customers.fields.stage'), key: 'stage', width: 100, render: (_, c) => <StageTag stage={c.stage} /> },
    grade: {
      title: t('customers.fields.grade'),
      key: 'grade',
      width: 100,
      render: (_, c) => <GradeTag grade={c.grade} basis={c.gradeBasis} />,
    },
    owner: {
      title: t('customers.fields.owner'),
      key: 'owner',
      width: 130,
      render: (_, c) => (c.owner ? c.owner.displayName : <Typography.Text type="secondary">{t('customers.inPool')}</Typography.Text>),
    },
    tags: {
      title: t('customers.fields.tags'),
      key: 'tags',
      minWidth: 180,
      render: (_, c) => (
        <Space size={[0, 4]} wrap>
          {c.tags.map((tag) => (
            <CustomerTagChip key={tag.id} tag={tag} />
          ))}
        </Space>
      ),
    },
    contacts: { title: t('customers.fields.contactCount'), key: 'contacts', width: 90, align: 'right', render: (_, c) => c.contactCount },
    industry: { title: t('customers.fields.industry'), key: 'industry', width: 140, render: (_, c) => c.industry ?? '—' },
    city: { title: t('customers.fields.city'), key: 'city', width: 120, render: (_, c) => c.city ?? '—' },
    website: { title: t('customers.fields.website'), key: 'website', width: 180, ellipsis: true, render: (_, c) => c.website ?? '—' },
    lastActivityAt: {
      title: t('customers.fields.lastActivityAt'),
      key: 'lastActivityAt',
      width: 140,
      sorter: true,
      sortOrder: order('lastActivityAt'),
      render: (_, c) => <When at={c.lastActivityAt} empty={t('customers.noActivity')} />,
    },
    createdAt: {
      title: t('customers.fields.createdAt'),
      key: 'createdAt',
      width: 130,
      sorter: true,
      sortOrder: order('createdAt'),
      render: (_, c) => <When at={c.createdAt} empty="—" />,
    },
  };
  return [
    {
      title: t('customers.fields.name'),
      key: 'name',
      // The widest column: company names are long, and it stays in view when the table scrolls sideways.
      minWidth: 220,
      fixed: 'left',
      sorter: true,
      sortOrder: order('name'),
      render: (_, c) => (
        <Space direction="vertical" size={0}>
          <Link to={`/customers/${c.id}`}>
            <Typography.Text strong>{c.name}</Typography.Text>
          </Link>
          {c.localName && <Typography.Text type="secondary">{c.localName}</Typography.Text>}
        </Space>
      ),
    },
    ...COLUMN_KEYS.filter((key) => visible.includes(key)).map((key) => all[key]),
  ];
}

// antd's checkbox column and the cells' padding come on top of the columns' own widths.
const SELECTION_COLUMN_WIDTH = 48;

/**
 * The width the table needs for the chosen columns: it scrolls sideways below that (the name stays in
 * view) instead of squeezing names and tags into a word per line.
 */
export function tableWidth(columns: TableColumnsType<CustomerRowFieldsFragment>): number {
  return columns.reduce((sum, column) => sum + (Number(column.width) || column.minWidth || 0), SELECTION_COLUMN_WIDTH);
}
