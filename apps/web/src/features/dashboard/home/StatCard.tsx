import { WarningOutlined } from '@ant-design/icons';
import { Card, Skeleton, Statistic, Tooltip, Typography } from 'antd';
import type { KeyboardEvent, ReactNode } from 'react';

interface StatCardProps {
  title: string;
  value: number | undefined;
  icon: ReactNode;
  loading: boolean;
  /** Why the figure is missing, when its query failed. */
  failure?: string | null;
  /** Opens the page behind the figure; the card is clickable when given. */
  onOpen?: () => void;
}

/** One figure; a failed query greys out only its own card, not the dashboard. */
export function StatCard({ title, value, icon, loading, failure, onOpen }: StatCardProps) {
  return (
    <Card
      style={{ height: '100%' }}
      hoverable={!!onOpen}
      onClick={onOpen}
      {...(onOpen && { role: 'link', tabIndex: 0, 'aria-label': title, onKeyDown: (event: KeyboardEvent) => event.key === 'Enter' && onOpen() })}
    >
      <Skeleton loading={loading} active paragraph={{ rows: 1 }}>
        {failure ? (
          <Statistic
            title={title}
            valueRender={() => (
              <Tooltip title={failure}>
                <Typography.Text type="warning">
                  <WarningOutlined /> —
                </Typography.Text>
              </Tooltip>
            )}
          />
        ) : (
          <Statistic title={title} value={value ?? 0} prefix={icon} />
        )}
      </Skeleton>
    </Card>
  );
}
