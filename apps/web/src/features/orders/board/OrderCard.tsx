import { Card, Flex, Space, Typography, theme } from 'antd';
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { BoardCardFieldsFragment } from '../../../gql/graphql';
import { formatMoney } from '../../../shared/money';
import { AtRiskTag } from '../shared/labels';

interface OrderCardProps {
  order: BoardCardFieldsFragment;
  /** Waiting for the server to accept a move. */
  pending?: boolean;
  onDragStart: (order: BoardCardFieldsFragment) => void;
  onDragEnd: () => void;
}

/** An order on the board: number, customer, total, delivery date and risk; drag it to another column to move it. */
export function OrderCard({ order, pending, onDragStart, onDragEnd }: OrderCardProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Card
      size="small"
      draggable={!pending}
      onDragStart={(event: DragEvent<HTMLDivElement>) => {
        event.dataTransfer.setData('text/plain', order.id);
        event.dataTransfer.effectAllowed = 'move';
        onDragStart(order);
      }}
      onDragEnd={onDragEnd}
      data-testid="board-card"
      data-order-id={order.id}
      data-order-number={order.number}
      style={{
        cursor: pending ? 'progress' : 'grab',
        opacity: pending ? 0.55 : 1,
        borderLeft: `3px solid ${order.atRisk ? token.colorError : token.colorPrimaryBorder}`,
      }}
      styles={{ body: { padding: 10 } }}
    >
      <Flex justify="space-between" align="center" gap={4}>
        <Link to={`/orders/${order.id}`} draggable={false}>
          <Typography.Text strong>{order.number}</Typography.Text>
        </Link>
        <AtRiskTag order={order} />
      </Flex>
      <Typography.Text ellipsis style={{ display: 'block' }} title={order.customerName}>
        {order.customerName}
      </Typography.Text>
      <Flex justify="space-between" align="center" wrap gap={4} style={{ marginTop: 4 }}>
        <Typography.Text strong style={{ color: token.colorText }}>
          {formatMoney(order.total)}
        </Typography.Text>
        <Space size={4}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {order.deliveryDate ? t('orders.board.delivery', { date: order.deliveryDate }) : t('orders.board.noDelivery')}
          </Typography.Text>
        </Space>
      </Flex>
      {order.owner && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {order.owner.displayName}
        </Typography.Text>
      )}
    </Card>
  );
}
