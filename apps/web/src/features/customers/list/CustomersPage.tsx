import { DownloadOutlined, PlusOutlined, ReloadOutlined, SwapOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Alert, App, Button, Card, Flex, Space, Tooltip } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useCurrentUser } from '../../../app/session/CurrentUser';
import type { CustomerRowFieldsFragment } from '../../../gql/graphql';
import { downloadFile } from '../../../shared/authorizedFetch';
import { ConnectionTable } from '../../../shared/ConnectionTable';
import { useCursorPages } from '../../../shared/useCursorPages';
import { HandoverModal } from '../handover/HandoverModal';
import { BulkActions } from './BulkActions';
import { ColumnsChooser } from './ColumnsChooser';
import { CreateCustomerDrawer } from './CreateCustomerDrawer';
import { customerColumns, DEFAULT_COLUMNS, isColumnKey, tableWidth, type ColumnKey, type SortState } from './customerColumns';
import { CustomersQuery } from './customers.graphql';
import { FilterBar, SearchBar } from './FilterBar';
import { EMPTY_FILTER, toCustomerFilter, type ListFilterState } from './listFilter';
import { SavedViews } from './SavedViews';
import { LoadFailedAlert } from '../../../shared/LoadFailed';

const COLUMNS_KEY = 'tw.customers.columns';

const POOL_HIDDEN_COLUMNS: readonly ColumnKey[] = ['owner'];
const NO_COLUMNS: readonly ColumnKey[] = [];

function storedColumns(): ColumnKey[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(COLUMNS_KEY) ?? 'null');
    if (Array.isArray(parsed)) return parsed.filter((key): key is ColumnKey => typeof key === 'string' && isColumnKey(key));
  } catch {
    // Unreadable or blocked storage: the defaults do.
  }
  return [...DEFAULT_COLUMNS];
}

/**
 * The customer list: filters, saved views, a column chooser and bulk actions over a server-paged table.
 * The pool page is this list fixed to customers without an owner.
 */
export function CustomersPage({ pool = false }: { pool?: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const writer = me.role === 'admin' || me.role === 'manager' || me.role === 'sales';
  const mayHandOver = me.role === 'admin' || me.role === 'manager';
  const [filter, setFilter] = useState<ListFilterState>(EMPTY_FILTER);
  const [columns, setColumns] = useState<ColumnKey[]>(storedColumns);
  const [sort, setSort] = useState<SortState>({ field: 'name', direction: 'ASC' });
  const [viewId, setViewId] = useState<string | null>(null);
  const [selected, setSelected] = useState<CustomerRowFieldsFragment[]>([]);
  const [creating, setCreating] = useState(false);
  const [handingOver, setHandingOver] = useState(false);
  const pages = useCursorPages();

  const [exporting, setExporting] = useState(false);
  const apiFilter = toCustomerFilter(pool ? { ...filter, quick: 'pool' } : filter);
  // The customers this filter lists, in this order, as a spreadsheet (managers and admins; audited).
  const exportList = async (): Promise<void> => {
    setExporting(true);
    try {
      await downloadFile('/api/crm/customers/export.xlsx', 'customers.xlsx', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ filter: apiFilter, sort }),
      });
    } catch (error) {
      void message.error(t('customers.export.failed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setExporting(false);
    }
  };
  const { data, previousData, loading, error, refetch } = useQuery(CustomersQuery, {
    variables: { first: pages.pageSize, after: pages.after, filter: apiFilter, sort },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.customers;
  // Every customer in the pool has the same owner (none), so the pool hides that column.
  const hiddenColumns: readonly ColumnKey[] = pool ? POOL_HIDDEN_COLUMNS : NO_COLUMNS;
  const tableColumns = useMemo(
    () => customerColumns(t, columns.filter((key) => !hiddenColumns.includes(key)), sort),
    [t, columns, sort, hiddenColumns],
  );

  const changeFilter = (next: ListFilterState): void => {
    setFilter(next);
    pages.reset();
  };
  // Changing the filter by hand leaves the saved view (picking it again restores it).
  const editFilter = (next: ListFilterState): void => {
    changeFilter(next);
    setViewId(null);
  };
  const changeColumns = (next: ColumnKey[]): void => {
    setColumns(next);
    try {
      localStorage.setItem(COLUMNS_KEY, JSON.stringify(next));
    } catch {
      // Not remembered on this device; the view still changes.
    }
  };

  const onSort = (sorter: SorterResult<CustomerRowFieldsFragment> | SorterResult<CustomerRowFieldsFragment>[]): void => {
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    const key = single?.columnKey;
    const field = key === 'lastActivityAt' || key === 'createdAt' || key === 'name' ? key : 'name';
    const direction = single?.order === 'descend' ? 'DESC' : 'ASC';
    setSort(single?.order ? { field, direction } : { field: 'name', direction: 'ASC' });
    pages.reset();
  };

  return (
    <Card>
      <Flex justify="space-between" align="flex-start" wrap gap={12} style={{ marginBottom: 12 }}>
        <SearchBar value={filter} onChange={editFilter} showQuick={!pool} />
        <Space wrap>
          {!pool && (
            <SavedViews
              filter={filter}
              columns={columns}
              selectedId={viewId}
              onSelect={setViewId}
              onApply={(next, viewColumns) => {
                changeFilter(next);
                if (viewColumns?.length) changeColumns(viewColumns);
              }}
            />
          )}
          <ColumnsChooser value={columns} onChange={changeColumns} hidden={hiddenColumns} />
          <Tooltip title={t('common.refresh')}>
            <Button icon={<ReloadOutlined />} onClick={() => void refetch()} aria-label={t('common.refresh')} />
          </Tooltip>
          {mayHandOver && (
            <Tooltip title={t('customers.export.hint')}>
              <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportList()}>
                {t('customers.export.open')}
              </Button>
            </Tooltip>
          )}
          {mayHandOver && !pool && (
            <Button icon={<SwapOutlined />} onClick={() => setHandingOver(true)}>
              {t('handover.open')}
            </Button>
          )}
          {writer && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('customers.create.open')}
            </Button>
          )}
        </Space>
      </Flex>
      <div style={{ marginBottom: 16 }}>
        <FilterBar value={filter} onChange={editFilter} showQuick={!pool} />
      </div>
      {pool && <Alert type="info" showIcon message={t('customers.poolIntro')} style={{ marginBottom: 16 }} />}
      {selected.length > 0 && (
        <Card size="small" style={{ marginBottom: 12 }}>
          <BulkActions selected={selected} onDone={() => setSelected([])} />
        </Card>
      )}
      {error && <LoadFailedAlert title={t('customers.loadFailed')} error={error} />}
      <ConnectionTable<CustomerRowFieldsFragment>
        connection={connection}
        pages={pages}
        rowKey="id"
        columns={tableColumns}
        loading={loading}
        scroll={{ x: tableWidth(tableColumns) }}
        onChange={(_pagination, _filters, sorter) => onSort(sorter)}
        rowSelection={{
          selectedRowKeys: selected.map((customer) => customer.id),
          preserveSelectedRowKeys: true,
          onChange: (_keys, rows) => setSelected(rows.filter((row): row is CustomerRowFieldsFragment => Boolean(row))),
        }}
        locale={{ emptyText: pool ? t('customers.poolEmpty') : t('customers.empty') }}
      />
      {writer && (
        <CreateCustomerDrawer
          open={creating}
          onClose={() => setCreating(false)}
          onCreated={(customer) => {
            setCreating(false);
            void message.success(t('customers.create.done', { name: customer.name }));
            void navigate(`/customers/${customer.id}`);
          }}
        />
      )}
      {mayHandOver && <HandoverModal open={handingOver} onClose={() => setHandingOver(false)} selectedCustomers={selected} />}
    </Card>
  );
}
