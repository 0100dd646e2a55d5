import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client';
import { App, Badge, Button, Card, Flex, Popconfirm, Space, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiTokenRowFieldsFragment } from '../../../gql/graphql';
import { ConnectionTable } from '../../../shared/ConnectionTable';
import { problemText, serverProblem } from '../../../shared/serverProblem';
import { useCursorPages } from '../../../shared/useCursorPages';
import { formatInstant } from '../../../shared/userTime';
import { ApiTokensQuery, RevokeApiTokenMutation } from './apiTokens.graphql';
import { CreateApiTokenModal } from './CreateApiTokenModal';
import { isApiScope, scopeKey } from './scopes';
import { LoadFailedAlert } from '../../../shared/LoadFailed';

type TokenState = 'active' | 'revoked' | 'expired';

function stateOf(token: ApiTokenRowFieldsFragment): TokenState {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && !dayjs(token.expiresAt).isAfter(dayjs())) return 'expired';
  return 'active';
}

const BADGES: Record<TokenState, 'success' | 'default' | 'warning'> = { active: 'success', revoked: 'default', expired: 'warning' };

function When({ at, empty }: { at: string | null | undefined; empty: string }) {
  if (!at) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  return <Tooltip title={formatInstant(at, 'YYYY-MM-DD HH:mm:ss')}>{formatInstant(at, 'YYYY-MM-DD')}</Tooltip>;
}

export function ApiTokensPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [creating, setCreating] = useState(false);
  const pages = useCursorPages();
  const { data, previousData, loading, error } = useQuery(ApiTokensQuery, { variables: { first: pages.pageSize, after: pages.after }, notifyOnNetworkStatusChange: true });
  const [revoke] = useMutation(RevokeApiTokenMutation);
  const connection = (data ?? previousData)?.apiTokens;

  const revokeToken = async (token: ApiTokenRowFieldsFragment): Promise<void> => {
    try {
      await revoke({ variables: { id: token.id } });
      void message.success(t('apiTokens.revoke.done', { name: token.name }));
    } catch (failure) {
      void message.error(problemText(serverProblem(failure), t));
    }
  };

  const columns: TableColumnsType<ApiTokenRowFieldsFragment> = [
    {
      title: t('apiTokens.fields.name'),
      key: 'name',
      render: (_, token) => (
        <Space direction="vertical" size={0}>
          <Typography.Text strong>{token.name}</Typography.Text>
          <Typography.Text type="secondary" code>
            {token.prefix}…
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('apiTokens.fields.scopes'),
      dataIndex: 'scopes',
      render: (scopes: string[]) => (
        <Flex wrap gap={4}>
          {scopes.map((scope) => (
            <Tooltip key={scope} title={isApiScope(scope) ? t(`apiTokens.scopes.${scopeKey(scope)}`) : undefined}>
              <Tag color={scope === 'admin' ? 'red' : scope.endsWith(':write') ? 'orange' : 'blue'}>{scope}</Tag>
            </Tooltip>
          ))}
        </Flex>
      ),
    },
    {
      title: t('apiTokens.fields.status'),
      key: 'status',
      width: 110,
      render: (_, token) => <Badge status={BADGES[stateOf(token)]} text={t(`apiTokens.states.${stateOf(token)}`)} />,
    },
    { title: t('apiTokens.fields.createdAt'), dataIndex: 'createdAt', width: 120, responsive: ['md'], render: (at: string) => <When at={at} empty="" /> },
    {
      title: t('apiTokens.fields.lastUsedAt'),
      dataIndex: 'lastUsedAt',
      width: 130,
      responsive: ['md'],
      render: (at: string | null) => (at ? <Tooltip title={formatInstant(at, 'YYYY-MM-DD HH:mm:ss')}>{dayjs(at).fromNow()}</Tooltip> : <Typography.Text type="secondary">{t('apiTokens.neverUsed')}</Typography.Text>),
    },
    { title: t('apiTokens.fields.expiresAt'), dataIndex: 'expiresAt', width: 120, responsive: ['lg'], render: (at: string | null) => <When at={at} empty={t('apiTokens.noExpiry')} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 100,
      render: (_, token) =>
        stateOf(token) === 'revoked' ? null : (
          <Popconfirm
            title={t('apiTokens.revoke.confirmTitle', { name: token.name })}
            description={t('apiTokens.revoke.confirmDescription')}
            okText={t('apiTokens.revoke.action')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() => revokeToken(token)}
          >
            <Button type="link" danger style={{ paddingInline: 0 }}>
              {t('apiTokens.revoke.action')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <Card>
      <Flex justify="space-between" align="flex-start" wrap gap={12} style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0, maxWidth: 640 }}>
          {t('apiTokens.intro')}
        </Typography.Paragraph>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('apiTokens.create.open')}
        </Button>
      </Flex>
      {error && <LoadFailedAlert title={t('apiTokens.loadFailed')} error={error} />}
      <ConnectionTable<ApiTokenRowFieldsFragment>
        connection={connection}
        pages={pages}
        rowKey="id"
        columns={columns}
        loading={loading}
        scroll={{ x: 720 }}
        locale={{ emptyText: t('apiTokens.empty') }}
      />
      <CreateApiTokenModal open={creating} onClose={() => setCreating(false)} />
    </Card>
  );
}
