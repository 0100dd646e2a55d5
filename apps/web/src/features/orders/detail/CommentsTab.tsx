import { SendOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client';
import { Alert, App, Avatar, Button, Empty, Flex, List, Mentions, Space, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDetailQuery } from '../../../gql/graphql';
import { problemText, serverProblem } from '../../../shared/serverProblem';
import { formatInstant } from '../../../shared/userTime';
import { AddOrderCommentMutation, OrderMentionCandidatesQuery } from './order.graphql';
import { evictOrderTimeline } from '../shared/cache';
import { NewestOnlyNote } from '../shared/NewestOnlyNote';

type Comment = OrderDetailQuery['order']['comments'][number];

/** The longest comment the API takes (AddCommentInput's MaxLength). */
const MAX_COMMENT_LENGTH = 5000;

/** The body with the "@Name" of each colleague it notified emphasised (names may have spaces; an e-mail's "@" is not one). */
function highlighted(body: string, mentionedNames: readonly string[]): ReactNode[] {
  const names = [...new Set(mentionedNames)].filter(Boolean).sort((a, b) => b.length - a.length);
  if (names.length === 0) return [body];
  const pattern = new RegExp(`(${names.map((name) => `@${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).join('|')})`, 'g');
  return body.split(pattern).map((part, index) =>
    index % 2 === 1 ? (
      <Typography.Text key={index} strong style={{ color: '#0b6bcb' }}>
        {part}
      </Typography.Text>
    ) : (
      part
    ),
  );
}

/** Comments on the order; "@" picks colleagues, who are notified. */
export function CommentsTab({ orderId, comments, total }: { orderId: string; comments: readonly Comment[]; total: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [body, setBody] = useState('');
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<Map<string, string>>(new Map());
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), 200);
    return () => clearTimeout(timer);
  }, [typed]);
  // Only colleagues who may open the order: a mention of anyone else would lead them to "not found".
  const users = useQuery(OrderMentionCandidatesQuery, { variables: { id: orderId, search: search || undefined } });
  const candidates = (users.data ?? users.previousData)?.order.mentionCandidates ?? [];
  const [addComment, { loading }] = useMutation(AddOrderCommentMutation, {
    refetchQueries: ['OrderDetail'],
    awaitRefetchQueries: true,
    // The timeline tab may not be open: its cached pages are dropped, so it loads afresh when it is.
    update: (cache) => evictOrderTimeline(cache, orderId),
  });

  // A mention counts while its "@Name" is still in the text.
  const mentioned = [...picked.entries()].filter(([, name]) => body.includes(`@${name}`));

  const submit = async (): Promise<void> => {
    setFailure(null);
    try {
      await addComment({ variables: { orderId, input: { body: body.trim(), mentionedUserIds: mentioned.map(([id]) => id) } } });
      setBody('');
      setPicked(new Map());
      void message.success(
        mentioned.length ? t('orders.comments.sentWithMentions', { count: mentioned.length }) : t('orders.comments.sent'),
      );
    } catch (error) {
      setFailure(problemText(serverProblem(error), t));
    }
  };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      {comments.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orders.comments.empty')} />
      ) : (
        <List
          dataSource={[...comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt))}
          data-testid="order-comments"
          renderItem={(comment) => {
            return (
              <List.Item key={comment.id} data-testid="order-comment">
                <List.Item.Meta
                  avatar={<Avatar>{(comment.author?.displayName ?? '?').slice(0, 1)}</Avatar>}
                  title={
                    <Space size={8}>
                      <Typography.Text strong>{comment.author?.displayName ?? t('orders.comments.someone')}</Typography.Text>
                      <Typography.Text type="secondary">{formatInstant(comment.createdAt)}</Typography.Text>
                    </Space>
                  }
                  description={
                    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                      {highlighted(comment.body, comment.mentioned.map((user) => user.displayName))}
                    </Typography.Paragraph>
                  }
                />
              </List.Item>
            );
          }}
        />
      )}
      <NewestOnlyNote shown={comments.length} total={total} rest="timeline" />
      {failure && <Alert type="error" showIcon message={failure} />}
      <Mentions
        value={body}
        onChange={setBody}
        onSearch={(text) => setTyped(text)}
        onSelect={(option) => {
          if (option.key && option.value) setPicked((current) => new Map(current).set(String(option.key), String(option.value)));
        }}
        autoSize={{ minRows: 3, maxRows: 8 }}
        maxLength={MAX_COMMENT_LENGTH}
        placeholder={t('orders.comments.placeholder')}
        aria-label={t('orders.comments.placeholder')}
        loading={users.loading}
        options={candidates.map((user) => ({
          key: user.id,
          value: user.displayName,
          label: `${user.displayName} · ${t(`roles.${user.role}`)}`,
        }))}
        data-testid="comment-input"
      />
      <Flex justify="space-between" align="center">
        <Typography.Text type="secondary">
          {mentioned.length
            ? t('orders.comments.willNotify', { names: mentioned.map(([, name]) => name).join('、') })
            : t('orders.comments.mentionHint')}
        </Typography.Text>
        <Space>
          <Typography.Text type="secondary" data-testid="comment-length">
            {body.length} / {MAX_COMMENT_LENGTH}
          </Typography.Text>
          <Button type="primary" icon={<SendOutlined />} disabled={!body.trim()} loading={loading} onClick={() => void submit()}>
            {t('orders.comments.send')}
          </Button>
        </Space>
      </Flex>
    </Space>
  );
}
