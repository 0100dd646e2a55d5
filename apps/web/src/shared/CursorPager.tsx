import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export const PAGE_SIZES = [10, 20, 50, 100] as const;

interface CursorPagerProps {
  page: number;
  pageSize: number;
  totalCount: number;
  hasNextPage: boolean;
  loading?: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onPageSizeChange: (size: number) => void;
}

/** Table footer for cursor connections: total, page x of y, previous/next and page size. */
export function CursorPager({ page, pageSize, totalCount, hasNextPage, loading, onPrevious, onNext, onPageSizeChange }: CursorPagerProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(totalCount / pageSize));
  return (
    <Flex justify="space-between" align="center" wrap gap={12}>
      <Typography.Text type="secondary">{t('pager.total', { count: totalCount })}</Typography.Text>
      <Space wrap>
        <Button icon={<LeftOutlined />} disabled={page <= 1 || loading} onClick={onPrevious}>
          {t('pager.previous')}
        </Button>
        <Typography.Text>{t('pager.page', { page, pages })}</Typography.Text>
        <Button disabled={!hasNextPage || loading} onClick={onNext}>
          {t('pager.next')} <RightOutlined />
        </Button>
        <Select
          value={pageSize}
          onChange={onPageSizeChange}
          options={PAGE_SIZES.map((size) => ({ value: size, label: t('pager.pageSize', { size }) }))}
          style={{ width: 120 }}
        />
      </Space>
    </Flex>
  );
}
