import { ReloadOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation, useQuery } from '@apollo/client';
import { App, Button, Card, Flex, Spin, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { BoardCardFieldsFragment } from '../../../gql/graphql';
import { problemText, serverProblem } from '../../../shared/serverProblem';
import { OrderStageMovesQuery, MoveOrderStageMutation } from '../detail/order.graphql';
import { isOrderStage, type OrderStage } from '../shared/labels';
import { OrderFilterBar } from '../shared/OrderFilterBar';
import { EMPTY_ORDER_FILTER, toOrderFilter, type OrderFilterState } from '../shared/orderFilter';
import { StageNoteModal } from '../shared/StageNoteModal';
import { useChinese } from '../shared/useChinese';
import { BoardColumn, PER_COLUMN } from './BoardColumn';
import { OrderBoardQuery } from './board.graphql';
import { OrderCard } from './OrderCard';
import { LoadFailedAlert } from '../../../shared/LoadFailed';

/**
 * The shared order board: a column per stage with its count and cards. Dropping a card on another
 * column asks the server to move the order; a refused move snaps back and says why.
 */
export function OrderBoardPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useApolloClient();
  const chinese = useChinese();
  // The dashboard's "orders at risk" figure opens the board filtered (?atRisk=1).
  const [searchParams] = useSearchParams();
  const [filterState, setFilterState] = useState<OrderFilterState>(() => ({ ...EMPTY_ORDER_FILTER, atRisk: searchParams.get('atRisk') === '1' }));
  const filter = toOrderFilter({ ...filterState, stages: [], search: '', activeOnly: true });
  const filterKey = JSON.stringify(filter ?? {});
  const { data, previousData, loading, error, refetch } = useQuery(OrderBoardQuery, {
    variables: { perColumn: PER_COLUMN, filter },
    notifyOnNetworkStatusChange: true,
  });
  const columns = (data ?? previousData)?.orderBoard ?? [];
  const [dragging, setDragging] = useState<{ order: BoardCardFieldsFragment; from: string } | null>(null);
  const [pending, setPending] = useState<{ order: BoardCardFieldsFragment; from: string; to: string } | null>(null);
  const [moveStage] = useMutation(MoveOrderStageMutation);
  const [holding, setHolding] = useState<{ order: BoardCardFieldsFragment; from: string } | null>(null);
  const stageName = (stage: string): string => (isOrderStage(stage) ? t(`orders.stages.${stage}`) : stage);

  /** Why the server refused, in the UI's language (the error message itself is English). */
  const refusal = async (error: unknown, order: BoardCardFieldsFragment, to: string): Promise<string> => {
    const problem = serverProblem(error);
    if (problem.code !== 'RULE_VIOLATION') return problemText(problem, t);
    try {
      const { data: moves } = await client.query({ query: OrderStageMovesQuery, variables: { id: order.id }, fetchPolicy: 'network-only' });
      const move = moves.order.stageMoves.find((candidate) => candidate.to === to);
      if (move && !move.allowed) {
        const reasons = chinese ? move.reasonsZh : move.reasons;
        if (reasons.length) return reasons.join(chinese ? '；' : '; ');
      }
      // No such move from here (or a refusal without reasons): say where the order may go now instead,
      // hold and cancel included, not every stage the line would allow later.
      const next = moves.order.stageMoves.filter((candidate) => candidate.allowed).map((candidate) => stageName(candidate.to));
      const where = next.length
        ? t('orders.board.notNext', { from: stageName(moves.order.stage), to: stageName(to), next: next.join(chinese ? '、' : ', ') })
        : t('orders.board.noMoveFrom', { from: stageName(moves.order.stage) });
      // And what holds it back from the steps along the line (an unpaid deposit), or "only on hold or
      // cancelled" would read as if the order could go nowhere else.
      const blocked = moves.order.stageMoves.filter((candidate) => !candidate.allowed && candidate.kind !== 'hold' && candidate.kind !== 'cancel').flatMap((candidate) => (chinese ? candidate.reasonsZh : candidate.reasons));
      return [where, ...new Set(blocked)].join(chinese ? '；' : '; ');
    } catch {
      // Fall back to the server's own words.
    }
    return problem.message;
  };

  const drop = (to: OrderStage): void => {
    const moving = dragging;
    setDragging(null);
    if (!moving || moving.from === to) return;
    // Putting an order on hold says why, as on the order page; the move waits for the reason.
    if (to === 'on_hold') setHolding(moving);
    else void move(moving, to);
  };

  const move = async (moving: { order: BoardCardFieldsFragment; from: string }, to: OrderStage, note?: string): Promise<void> => {
    setPending({ order: moving.order, from: moving.from, to });
    try {
      await moveStage({
        variables: { id: moving.order.id, to, note: note?.trim() || undefined },
        update: (cache) => {
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'orders' });
          cache.evict({ id: cache.identify({ __typename: 'Customer', id: moving.order.customerId }), fieldName: 'orders' });
        },
        refetchQueries: ['OrderBoard'],
        awaitRefetchQueries: true,
      });
      void message.success(t('orders.moved', { number: moving.order.number, stage: stageName(to) }));
    } catch (moveError) {
      const reason = await refusal(moveError, moving.order, to);
      void message.error({
        content: t('orders.board.refused', { number: moving.order.number, reason }),
        duration: 8,
        key: 'board-refusal',
      });
    } finally {
      // A refused card snaps back to its column; an accepted one is in the refetched board.
      setPending(null);
    }
  };

  return (
    <Card styles={{ body: { paddingBottom: 8 } }}>
      <Flex justify="space-between" align="flex-start" wrap gap={12} style={{ marginBottom: 12 }}>
        <OrderFilterBar value={filterState} onChange={setFilterState} />
        <Flex gap={8} align="center">
          <Typography.Text type="secondary">{t('orders.board.dragHint')}</Typography.Text>
          <Tooltip title={t('common.refresh')}>
            <Button icon={<ReloadOutlined />} onClick={() => void refetch()} aria-label={t('common.refresh')} />
          </Tooltip>
        </Flex>
      </Flex>
      {error && <LoadFailedAlert title={t('orders.board.loadFailed')} error={error} style={{ marginBottom: 12 }} />}
      <Spin spinning={loading && !columns.length}>
        <Flex gap={12} style={{ overflowX: 'auto', paddingBottom: 12, minHeight: 200 }} data-testid="order-board">
          {columns.map((column) => {
            if (!isOrderStage(column.stage)) return null;
            const stage = column.stage;
            return (
              <BoardColumn
                key={`${stage}-${filterKey}`}
                stage={stage}
                totalCount={column.totalCount}
                orders={column.orders}
                filter={filter}
                droppable={Boolean(dragging && dragging.from !== stage)}
                incoming={pending?.to === stage ? pending.order : null}
                leaving={pending?.from === stage ? pending.order.id : null}
                onDrop={() => drop(stage)}
                render={(order, isPending) => (
                  <OrderCard
                    key={order.id}
                    order={order}
                    pending={isPending}
                    onDragStart={(dragged) => setDragging({ order: dragged, from: stage })}
                    onDragEnd={() => setDragging((current) => (current?.order.id === order.id ? null : current))}
                  />
                )}
              />
            );
          })}
        </Flex>
      </Spin>
      <StageNoteModal
        open={holding !== null}
        title={holding ? t('orders.board.holdTitle', { number: holding.order.number }) : null}
        loading={pending !== null}
        onCancel={() => setHolding(null)}
        onSubmit={(note) => {
          const moving = holding;
          setHolding(null);
          if (moving) void move(moving, 'on_hold', note);
        }}
      />
    </Card>
  );
}
