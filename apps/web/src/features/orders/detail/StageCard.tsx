import { PauseCircleOutlined, StopOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation } from '@apollo/client';
import {
  Alert,
  App,
  Button,
  Card,
  Collapse,
  ConfigProvider,
  Flex,
  Space,
  Steps,
  Tag,
  Timeline,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDetailFieldsFragment } from '../../../gql/graphql';
import { problemText, serverProblem } from '../../../shared/serverProblem';
import { formatMoney, sumAmounts } from '../../../shared/money';
import { formatInstant } from '../../../shared/userTime';
import { evictChangedOrder } from '../shared/cache';
import { isOrderStage, MAIN_LINE, OrderStageTag, skippedStages, type OrderStage } from '../shared/labels';
import { StageNoteModal } from '../shared/StageNoteModal';
import { useChinese } from '../shared/useChinese';
import { MoveOrderStageMutation } from './order.graphql';

type Move = OrderDetailFieldsFragment['stageMoves'][number];

const KIND_ORDER = ['forward', 'skip', 'resume', 'hold', 'cancel'];

/** Where the order stands on the fulfilment line (the stage it was cancelled or put on hold from, for the side stages). */
function lineIndex(order: OrderDetailFieldsFragment): number {
  const stage =
    order.stage === 'on_hold' ? order.resumeStage : order.stage === 'cancelled' ? order.stageHistory[0]?.fromStage : order.stage;
  return isOrderStage(stage) ? Math.max(0, MAIN_LINE.indexOf(stage)) : 0;
}

/**
 * The stage bar: the fulfilment line with the current stage, the moves the rules allow now as
 * buttons, the refused ones greyed out with the reason, and the history of moves.
 */
export function StageCard({ order }: { order: OrderDetailFieldsFragment }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const chinese = useChinese();
  const client = useApolloClient();
  const [failure, setFailure] = useState<string | null>(null);
  const [noting, setNoting] = useState<Move | null>(null);
  const [pendingTo, setPendingTo] = useState<string | null>(null);
  const [move, moving] = useMutation(MoveOrderStageMutation, {
    update: (cache) => evictChangedOrder(cache, order),
  });
  const moves = [...order.stageMoves].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  const reasons = (m: Move): string[] => (chinese ? m.reasonsZh : m.reasons);
  const stageName = (stage: string): string => (isOrderStage(stage) ? t(`orders.stages.${stage}`) : stage);
  const actionLabel = (m: Move): string => {
    if (m.kind === 'resume') return t('orders.moveActions.resume', { stage: stageName(m.to) });
    return isOrderStage(m.to) ? t(`orders.moveActions.${m.to}`) : m.to;
  };

  const run = async (m: Move, note?: string): Promise<boolean> => {
    setFailure(null);
    setPendingTo(m.to);
    try {
      await move({ variables: { id: order.id, to: m.to, note: note?.trim() || undefined } });
      void message.success(t('orders.moved', { number: order.number, stage: stageName(m.to) }));
      return true;
    } catch (error) {
      const problem = serverProblem(error);
      setFailure(problemText(problem, t));
      // The order changed underneath (a colleague, a payment): show the moves as they are now.
      if (problem.code === 'RULE_VIOLATION') void client.refetchQueries({ include: ['OrderDetail'] });
      return false;
    } finally {
      setPendingTo(null);
    }
  };

  const current = lineIndex(order);
  const skipped = skippedStages(order.stageHistory);
  // Money already in: cancelling does not send it back, so the note should say what becomes of it.
  const receivedAmount = sumAmounts(order.installments.map((i) => i.paid.amount), order.currency);
  const received = /[1-9]/.test(receivedAmount) ? formatMoney({ amount: receivedAmount, currency: order.currency }) : null;
  const side = order.stage === 'cancelled' || order.stage === 'on_hold';
  const refused = moves.filter((m) => !m.allowed && (m.kind === 'forward' || m.kind === 'skip'));

  return (
    <Card
      title={
        <Space>
          {t('orders.stage.title')}
          <span data-testid="order-stage">
            <OrderStageTag stage={order.stage} />
          </span>
        </Space>
      }
      data-testid="stage-card"
    >
      {/* Eleven stages fit the card when each label takes 84px instead of the default 140px. */}
      <ConfigProvider theme={{ components: { Steps: { descriptionMaxWidth: 84 } } }}>
        <Steps
          size="small"
          progressDot
          current={current}
          status={
            order.stage === 'cancelled' ? 'error' : order.stage === 'on_hold' ? 'wait' : order.stage === 'closed' ? 'finish' : 'process'
          }
          items={MAIN_LINE.map((stage: OrderStage, index) =>
            index < current && skipped.has(stage)
              ? { title: t(`orders.stages.${stage}`), status: 'wait' as const, description: t('orders.stage.skipped') }
              : { title: t(`orders.stages.${stage}`) },
          )}
          style={{ marginBottom: 16, overflowX: 'auto', paddingBottom: 4 }}
          data-testid="stage-steps"
        />
      </ConfigProvider>
      {side && (
        <Alert
          type={order.stage === 'cancelled' ? 'error' : 'warning'}
          showIcon
          style={{ marginBottom: 12 }}
          message={
            order.stage === 'cancelled'
              ? t('orders.stage.cancelled')
              : t('orders.stage.onHold', { stage: order.resumeStage ? stageName(order.resumeStage) : '—' })
          }
        />
      )}
      <Flex wrap gap={8} align="center" data-testid="stage-moves">
        {moves.length === 0 && <Typography.Text type="secondary">{t('orders.stage.noMoves')}</Typography.Text>}
        {moves.map((m) => {
          const danger = m.kind === 'cancel';
          const icon = m.kind === 'hold' ? <PauseCircleOutlined /> : m.kind === 'cancel' ? <StopOutlined /> : undefined;
          const needsNote = m.kind === 'hold' || m.kind === 'cancel';
          const button = (
            <Button
              key={m.to}
              type={m.kind === 'forward' || m.kind === 'resume' ? 'primary' : 'default'}
              danger={danger}
              icon={icon}
              disabled={!m.allowed}
              loading={pendingTo === m.to}
              onClick={() => (needsNote ? setNoting(m) : void run(m))}
            >
              {actionLabel(m)}
            </Button>
          );
          if (m.allowed) return button;
          // A disabled button gets no mouse events; the wrapper carries the tooltip.
          return (
            <Tooltip key={m.to} title={reasons(m).join('；')}>
              <span data-testid={`refused-move-${m.to}`} style={{ display: 'inline-block', cursor: 'not-allowed' }}>
                {button}
              </span>
            </Tooltip>
          );
        })}
      </Flex>
      {refused.length > 0 && (
        <Space direction="vertical" size={0} style={{ marginTop: 12 }} data-testid="refused-reasons">
          {refused.flatMap((m) =>
            reasons(m).map((reason) => (
              <Typography.Text key={`${m.to}-${reason}`} type="secondary">
                <Tag color="default" style={{ marginInlineEnd: 6 }}>
                  {stageName(m.to)}
                </Tag>
                {reason}
              </Typography.Text>
            )),
          )}
        </Space>
      )}
      {failure && (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setFailure(null)}
          message={failure}
          style={{ marginTop: 12 }}
          data-testid="stage-error"
        />
      )}
      <Collapse
        ghost
        size="small"
        style={{ marginTop: 8 }}
        items={[
          {
            key: 'history',
            label: t('orders.stage.history', { count: order.stageHistory.length }),
            children: (
              <Timeline
                items={order.stageHistory.map((change) => ({
                  key: change.id,
                  children: (
                    <Space direction="vertical" size={0}>
                      <Space wrap size={4}>
                        {change.fromStage ? <OrderStageTag stage={change.fromStage} /> : null}
                        {change.fromStage ? '→' : null}
                        <OrderStageTag stage={change.toStage} />
                        <Typography.Text type="secondary">{formatInstant(change.at)}</Typography.Text>
                      </Space>
                      {change.note && <Typography.Text>{change.note}</Typography.Text>}
                    </Space>
                  ),
                }))}
              />
            ),
          },
        ]}
      />
      <StageNoteModal
        open={noting !== null}
        title={noting ? actionLabel(noting) : null}
        danger={noting?.kind === 'cancel'}
        warning={noting?.kind === 'cancel' && received !== null ? t('orders.stage.cancelReceived', { amount: received }) : null}
        loading={moving.loading}
        onCancel={() => setNoting(null)}
        onSubmit={(note) => {
          if (noting) void run(noting, note).then((ok) => ok && setNoting(null));
        }}
      />
    </Card>
  );
}
