import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CursorPages } from './useCursorPages';

export const PAGE_SIZES = [10, 20, 50, 100] as const;

/** What the pager reads of a GraphQL connection (any XConnection with totalCount and pageInfo). */
export interface PagedConnection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

interface CursorPagerProps {
  pages: CursorPages;
  /** The connection shown; undefined while the first page loads. */
  connection: PagedConnection | null | undefined;
  loading?: boolean;
}

/** Table footer for cursor connections: total, page x of y, previous/next and page size. */
export function CursorPager({ pages, connection, loading }: CursorPagerProps) {
  const { t } = useTranslation();
  const { page, pageSize } = pages;
  const totalCount = connection?.totalCount ?? 0;
  const hasNextPage = connection?.pageInfo.hasNextPage ?? false;
  const pageCount = Math.max(1, Math.ceil(totalCount / pageSize));
  return (
    <Flex justify="space-between" align="center" wrap gap={12}>
      <Typography.Text type="secondary">{t('pager.total', { count: totalCount })}</Typography.Text>
      <Space wrap>
        <Button icon={<LeftOutlined />} disabled={page <= 1 || loading} onClick={pages.previous}>
          {t('pager.previous')}
        </Button>
        <Typography.Text>{t('pager.page', { page, pages: pageCount })}</Typography.Text>
        <Button disabled={!hasNextPage || loading} onClick={() => pages.next(connection?.pageInfo.endCursor)}>
          {t('pager.next')} <RightOutlined />
        </Button>
        <Select
          value={pageSize}
          onChange={pages.setPageSize}
          options={PAGE_SIZES.map((size) => ({ value: size, label: t('pager.pageSize', { size }) }))}
          style={{ width: 120 }}
        />
      </Space>
    </Flex>
  );
}
