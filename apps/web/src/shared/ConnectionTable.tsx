import { Table, type TableProps } from 'antd';
import { CursorPager, type PagedConnection } from './CursorPager';
import type { CursorPages } from './useCursorPages';

type ConnectionTableProps<T> = Omit<TableProps<T>, 'dataSource' | 'pagination' | 'footer' | 'loading'> & {
  /** The page of the connection shown; undefined while the first page loads. */
  connection: (PagedConnection & { nodes: readonly T[] }) | null | undefined;
  pages: CursorPages;
  loading: boolean;
};

/** A table of one page of a cursor connection, with the CursorPager as its footer. */
export function ConnectionTable<T extends object>({ connection, pages, loading, ...table }: ConnectionTableProps<T>) {
  return (
    <Table<T>
      {...table}
      loading={loading}
      pagination={false}
      dataSource={connection ? [...connection.nodes] : []}
      footer={() => <CursorPager pages={pages} connection={connection} loading={loading} />}
    />
  );
}
