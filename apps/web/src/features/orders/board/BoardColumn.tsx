import { useQuery } from '@apollo/client';
import { Badge, Button, Card, Empty, Space, Typography, theme } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardCardFieldsFragment, OrderFilterInput } from '../../../gql/graphql';
import type { OrderStage } from '../shared/labels';
// A column pages further with the order list's own query, filtered to its stage.
import { OrdersQuery } from '../list/orders.graphql';

export const PER_COLUMN = 20;
const PAGE = 20;

interface ExtraPage {
  after: string | null;
  first: number;
}

interface ExtraCardsProps {
  stage: OrderStage;
  filter: OrderFilterInput | undefined;
  page: ExtraPage;
  /** Cards already shown (the board's first ones). */
  shown: ReadonlySet<string>;
  onLoaded: (pageInfo: { hasNextPage: boolean; endCursor?: string | null }) => void;
  render: (order: BoardCardFieldsFragment) => ReactNode;
}

/** One further page of a column, read with orders(filter: { stages: [stage] }). */
function ExtraCards({ stage, filter, page, shown, onLoaded, render }: ExtraCardsProps) {
  const { t } = useTranslation();
  const { data, loading } = useQuery(OrdersQuery, {
    variables: { first: page.first, after: page.after, filter: { ...filter, stages: [stage] } },
  });
  const connection = data?.orders;
  const endCursor = connection?.pageInfo.endCursor ?? null;
  const hasNextPage = connection?.pageInfo.hasNextPage ?? false;
  useEffect(() => {
    // Reported once per loaded page (onLoaded is a fresh closure on every render).
    if (connection) onLoaded({ hasNextPage, endCursor });
  }, [connection, hasNextPage, endCursor]);
  if (loading && !connection) return <Typography.Text type="secondary">{t('common.loading')}</Typography.Text>;
  return <>{(connection?.nodes ?? []).filter((order) => !shown.has(order.id)).map(render)}</>;
}

interface BoardColumnProps {
  stage: OrderStage;
  totalCount: number;
  orders: readonly BoardCardFieldsFragment[];
  filter: OrderFilterInput | undefined;
  /** A card being dragged from another column can be dropped here. */
  droppable: boolean;
  /** The card whose move is waiting for the server, shown here instead of its old column. */
  incoming: BoardCardFieldsFragment | null;
  /** The id of a card that is moving away from this column. */
  leaving: string | null;
  onDrop: () => void;
  render: (order: BoardCardFieldsFragment, pending?: boolean) => ReactNode;
}

/** A stage: its count, its first cards, further pages on demand, and a drop target for moves. */
export function BoardColumn({ stage, totalCount, orders, filter, droppable, incoming, leaving, onDrop, render }: BoardColumnProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [over, setOver] = useState(false);
  const [pages, setPages] = useState<ExtraPage[]>([]);
  const [last, setLast] = useState<{ hasNextPage: boolean; endCursor?: string | null } | null>(null);
  const shown = new Set(orders.map((order) => order.id));
  const canLoadMore = pages.length === 0 ? totalCount > orders.length : Boolean(last?.hasNextPage && last.endCursor);
  // Once the refetched board lists the moving card here too, it must not show twice (same React key).
  const visible = (order: BoardCardFieldsFragment) => order.id !== leaving && order.id !== incoming?.id;

  const loadMore = (): void => {
    // The first further page skips the cards the board already shows (it has no cursor for them).
    if (pages.length === 0) setPages([{ after: null, first: PER_COLUMN + PAGE }]);
    else if (last?.endCursor) setPages((current) => [...current, { after: last.endCursor ?? null, first: PAGE }]);
    setLast(null);
  };

  return (
    <Card
      size="small"
      data-testid={`board-column-${stage}`}
      title={
        <Space>
          <Typography.Text strong>{t(`orders.stages.${stage}`)}</Typography.Text>
          <Badge
            count={totalCount}
            showZero
            color={totalCount ? token.colorPrimary : token.colorTextQuaternary}
            data-testid="column-count"
          />
        </Space>
      }
      style={{
        width: 240,
        flex: '0 0 240px',
        background: over ? token.colorPrimaryBg : token.colorFillQuaternary,
        borderColor: over ? token.colorPrimary : undefined,
        borderStyle: droppable ? 'dashed' : 'solid',
      }}
      styles={{ body: { padding: 8, minHeight: 120, maxHeight: 'calc(100vh - 290px)', overflowY: 'auto' } }}
      onDragOver={(event) => {
        if (!droppable) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        if (!over) setOver(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        if (droppable) onDrop();
      }}
    >
      <Space direction="vertical" size={8} style={{ width: '100%' }}>
        {incoming && render(incoming, true)}
        {orders.filter(visible).map((order) => render(order))}
        {pages.map((page, index) => (
          <ExtraCards
            key={`${page.after ?? 'first'}-${index}`}
            stage={stage}
            filter={filter}
            page={page}
            shown={shown}
            onLoaded={(info) => {
              if (index === pages.length - 1) setLast(info);
            }}
            render={(order) => (visible(order) ? render(order) : null)}
          />
        ))}
        {!orders.length && !incoming && !pages.length && (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orders.board.emptyColumn')} />
        )}
        {canLoadMore && (
          <Button block size="small" type="dashed" onClick={loadMore}>
            {t('orders.board.loadMore')}
          </Button>
        )}
      </Space>
    </Card>
  );
}
