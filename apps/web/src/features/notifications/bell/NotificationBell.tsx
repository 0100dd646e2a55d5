import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client';
import { Badge, Button, Empty, Flex, List, Popover, Typography, theme } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { MarkNotificationsReadMutation, MyNotificationsQuery, UnreadNotificationCountQuery } from './notifications.graphql';
import { notificationText } from './notificationText';

// Often enough that a reminder shows within its lead time; the count is one cheap query.
const POLL_MS = 60_000;

/** The header's bell: unread count, the latest notifications in the user's language, mark read, follow the link. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const unread = useQuery(UnreadNotificationCountQuery, { pollInterval: POLL_MS, fetchPolicy: 'cache-and-network' });
  const list = useQuery(MyNotificationsQuery, { variables: { first: 15 }, skip: !open, fetchPolicy: 'network-only' });
  const [markRead, marking] = useMutation(MarkNotificationsReadMutation, {
    refetchQueries: ['UnreadNotificationCount', 'MyNotifications'],
  });
  const count = unread.data?.unreadNotificationCount ?? 0;
  const notifications = (list.data ?? list.previousData)?.myNotifications.nodes ?? [];

  const follow = async (notification: (typeof notifications)[number]): Promise<void> => {
    setOpen(false);
    // The list has closed (it loads afresh when opened): only the count needs refetching.
    if (!notification.readAt) await markRead({ variables: { ids: [notification.id] }, refetchQueries: ['UnreadNotificationCount'] }).catch(() => undefined);
    if (notification.link?.startsWith('/')) await navigate(notification.link);
  };

  const content = (
    <div style={{ width: 380 }} data-testid="notifications">
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text strong>{t('notifications.title')}</Typography.Text>
        <Button
          type="link"
          size="small"
          disabled={!count}
          loading={marking.loading}
          onClick={() => void markRead({ variables: { ids: null } })}
        >
          {t('notifications.markAllRead')}
        </Button>
      </Flex>
      {notifications.length === 0 && !list.loading ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
      ) : (
        <List
          size="small"
          loading={list.loading && !notifications.length}
          dataSource={notifications}
          style={{ maxHeight: 420, overflow: 'auto' }}
          renderItem={(notification) => (
            <List.Item
              data-testid="notification"
              onClick={() => void follow(notification)}
              style={{
                cursor: 'pointer',
                paddingInline: 8,
                background: notification.readAt ? undefined : token.colorPrimaryBg,
                borderRadius: 6,
              }}
            >
              <List.Item.Meta
                avatar={<Badge status={notification.readAt ? 'default' : 'processing'} />}
                title={<Typography.Text strong={!notification.readAt}>{notificationText(notification, t)}</Typography.Text>}
                description={dayjs(notification.createdAt).fromNow()}
              />
            </List.Item>
          )}
        />
      )}
    </div>
  );

  return (
    <Popover open={open} onOpenChange={setOpen} trigger="click" placement="bottomRight" content={content} arrow={false}>
      <Badge count={count} size="small" offset={[-4, 4]} data-testid="notification-count">
        <Button
          type="text"
          shape="circle"
          icon={<BellOutlined style={{ fontSize: 18 }} />}
          aria-label={t('notifications.open', { count })}
          data-testid="notification-bell"
        />
      </Badge>
    </Popover>
  );
}
